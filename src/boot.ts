// Start-up path of the CLI: bin/pm-ladder.js → dist/boot.cjs (this file) → dist/main.cjs.
//
// Most of a short command's time went to Node compiling the bundle, so the bundle is
// compiled through V8's code cache (what the v8-compile-cache package does; Node 20
// has no module.enableCompileCache). The build trains a cache on the common commands
// and ships it for its own V8 version; any other V8 keeps a cache of its own in the
// user's cache folder, written after the first run. V8 rejects a cache made by another
// V8 version or other flags; it does not notice a cache made from other source of the
// same length, so every cache is named after the bundle's content hash.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire, wrap } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/** Set by the build: the bundle's content hash and the V8 version that trained the shipped cache. */
declare const PM_LADDER_BUNDLE_HASH: string;
declare const PM_LADDER_CACHE_V8: string;

export const BUNDLE_FILE = "main.cjs";
// Named after the bundle: builds running side by side can never pair a bundle with another's cache.
export const SHIPPED_CACHE_FILE = `main.cjs.${PM_LADDER_BUNDLE_HASH}.cache`;

/** What dist/main.cjs exports (src/main.ts). */
export interface CliBundle {
  start(): void;
  main(argv: readonly string[], context: unknown): Promise<number>;
}

export interface CompiledBundle {
  readonly bundle: CliBundle;
  readonly script: Script;
  /** True when a cache was given and V8 used it. */
  readonly cacheUsed: boolean;
}

function readOptional(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Compile and run the bundle at `bundlePath` as a CommonJS module, with `cachedData` when given. */
export function compileBundle(bundlePath: string, cachedData?: Buffer): CompiledBundle {
  const source = readFileSync(bundlePath, "utf8");
  const script = new Script(wrap(source), { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as CliBundle };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { bundle: module.exports, script, cacheUsed: cachedData !== undefined && script.cachedDataRejected !== true };
}

/** The per-user cache for a V8 other than the build's; undefined when there is no home to keep it in. */
function userCachePath(): string | undefined {
  // Required here, not imported: this file is only ever built as CommonJS, and the shipped-cache path never needs node:os.
  const { homedir } = require("node:os") as typeof import("node:os");
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), ".cache") : "");
  if (!base) return undefined;
  return join(base, "pm-ladder", `main-${PM_LADDER_BUNDLE_HASH}-v8-${process.versions.v8}-${process.arch}.cache`);
}

/** Write a cache without ever leaving half a file for the next run to read; `mode` 0o600 keeps a user's cache private. */
export function writeCache(path: string, data: Buffer, mode = 0o600): void {
  const temporary = `${path}.${process.pid}.tmp`;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(temporary, data, { mode });
  renameSync(temporary, path);
}

/** Start the CLI from dist/main.cjs, through the shipped cache or the user's. */
export function run(): void {
  const distDir = __dirname;
  const shipped = PM_LADDER_CACHE_V8 === `${process.versions.v8}-${process.arch}`;
  const cachePath = shipped ? join(distDir, SHIPPED_CACHE_FILE) : userCachePath();
  const cachedData = cachePath === undefined ? undefined : readOptional(cachePath);
  const { bundle, script, cacheUsed } = compileBundle(join(distDir, BUNDLE_FILE), cachedData);
  if (!shipped && !cacheUsed && cachePath !== undefined) {
    // After the run, so the cache holds every function the command compiled.
    process.once("exit", () => {
      try {
        writeCache(cachePath, script.createCachedData());
      } catch {
        // A read-only or full home only costs speed.
      }
    });
  }
  bundle.start();
}
