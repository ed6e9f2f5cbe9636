import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// These machines set NODE_EXTRA_CA_CERTS, which adds ~40 ms to every Node start (see
// /work/shared/traps.md); the CLI makes no network connection, and the suite starts a few
// hundred Node processes (its workers and every spawned CLI), which all inherit this env.
delete process.env.NODE_EXTRA_CA_CERTS;

/** Test files that replace a module (vi.mock) and so need a module graph of their own. */
const MOCKING = ["tests/unit/io/atomic-write-faults.test.ts"];

export default defineConfig({
  test: {
    setupFiles: ["tests/setup/fast-check.ts"],
    // End-to-end tests spawn the built CLI; `npm test` builds first.
    testTimeout: 20_000,
    pool: "forks",
    // vitest's default (one worker less than the cores) runs the files one at a time on 2
    // cores; most e2e files spend their time waiting on the processes they spawn.
    maxWorkers: availableParallelism() + 1,
    projects: [
      // A worker keeps the modules it imported (yaml, zod, fast-check, src/) from one file to
      // the next instead of importing them again for each: a third of the unit tests' time.
      { extends: true, test: { name: "shared", include: ["tests/**/*.test.ts"], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: "isolated", include: MOCKING } },
    ],
  },
});
