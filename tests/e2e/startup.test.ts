// The start-up path (bin → dist/boot.cjs → dist/main.cjs through V8's code cache) and
// standard output written through its file descriptor: what makes start-up fast must
// not cost correctness.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, fixture } from "../helpers/run-cli";
import { createSandbox } from "../helpers/sandbox";

const DIST = join(ROOT, "dist");
const require = createRequire(import.meta.url);

function node(script: string) {
  return spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
}

describe("start-up", () => {
  it("ships a code cache that V8 accepts, and still runs from a cache it rejects", () => {
    const cacheFile = join(DIST, (require(join(DIST, "boot.cjs")) as { SHIPPED_CACHE_FILE: string }).SHIPPED_CACHE_FILE);
    expect(existsSync(cacheFile)).toBe(true);
    const load = (cache: string) =>
      node(`const boot = require(${JSON.stringify(join(DIST, "boot.cjs"))});
const { cacheUsed, bundle } = boot.compileBundle(${JSON.stringify(join(DIST, "main.cjs"))}, ${cache});
process.stdout.write(String(cacheUsed) + " " + typeof bundle.main);`);
    expect(load(`require("node:fs").readFileSync(${JSON.stringify(cacheFile)})`).stdout).toBe("true function");
    expect(load(`Buffer.from("not a code cache")`).stdout).toBe("false function");
  });

  it("ends quietly with exit 0 when the reader goes away early (| head -1)", () => {
    const answers = `${'{"answers":{"vision":2,"shipping":4}}\n'.repeat(5000)}`;
    const sandbox = createSandbox("pm-ladder-epipe-");
    const file = sandbox.write("team.jsonl", answers);
    const command = `"${process.execPath}" "${BIN}" --ladder "${fixture("ladders/minimal.yaml")}" assess --batch "${file}" | head -1`;
    const result = spawnSync("bash", ["-o", "pipefail", "-c", command], { encoding: "utf8" });
    sandbox.remove();
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
