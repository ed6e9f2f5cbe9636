import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup/fast-check.ts"],
    // End-to-end tests spawn the built CLI; `npm test` builds first.
    testTimeout: 20_000,
    pool: "forks",
  },
});
