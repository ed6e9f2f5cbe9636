// Builds dist/: the CLI as one CommonJS bundle (main.cjs) started by boot.cjs through
// a V8 code cache trained on the common commands (main.cjs.<hash>.cache), and
// default-ladder.json, the shipped ladder validated at build time so that the default
// path never loads yaml or zod.
import { build } from "esbuild";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { createRequire, isBuiltin } from "node:module";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";

// Built beside dist/ and swapped in at the end, so a test run using dist/ never sees half a build.
const finalDir = "dist";
const outdir = `dist-building-${process.pid}`;
// The build-time ladder compiler is ESM; esbuild's ESM output cannot `require` CommonJS dependencies' Node built-ins without this.
const requireBanner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// Build step: run the common commands once inside one process through dist/boot.cjs,
// then save V8's code cache of the bundle (every function those runs compiled) as
// dist/main.cjs.<bundle hash>.cache, and check in a fresh process that V8 accepts it.

const discard = { write: () => true };

/** A CliContext (src/cli/context.ts) that reads nothing and throws all output away. */
function quietContext() {
  return {
    stdout: discard,
    stderr: discard,
    stdin: Readable.from([]),
    env: { NO_COLOR: "1" },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: undefined,
  };
}

/** Commands worth having compiled ahead: what scripts and shell loops call most (run from the project root). */
function workloads(ladder) {
  const ids = ladder.levels.map((level) => level.id);
  const [low, middle, high] = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
  return [
    ["--version"],
    ["--help"],
    ["levels"],
    ["levels", "--format", "json"],
    ["levels", "--format", "tsv"],
    ["show", middle],
    ["show", middle, "--json"],
    ["show", "no-such-level"],
    ["compare", low, middle],
    ["next", middle],
    ["path", low, high],
    // Not `validate` or `--ladder FILE`: yaml's and zod's compiled code doubles the cache, which
    // saves ~4 ms on a user's file (its cost is running cold, not compiling) but costs every
    // other command ~3 ms to deserialise.
  ];
}

async function trainCodeCache(distDir) {
  const dir = resolve(distDir);
  const require = createRequire(join(dir, "boot.cjs"));
  const boot = require("./boot.cjs");
  const ladder = JSON.parse(readFileSync(join(dir, "default-ladder.json"), "utf8"));
  const { bundle, script } = boot.compileBundle(join(dir, boot.BUNDLE_FILE));
  for (const args of workloads(ladder)) await bundle.main(["node", "pm-ladder", ...args], quietContext());
  const cachePath = join(dir, boot.SHIPPED_CACHE_FILE);
  boot.writeCache(cachePath, script.createCachedData(), 0o644);

  const check = `const boot = require(${JSON.stringify(join(dir, "boot.cjs"))}); const fs = require("node:fs");
process.exit(boot.compileBundle(${JSON.stringify(join(dir, boot.BUNDLE_FILE))}, fs.readFileSync(${JSON.stringify(cachePath)})).cacheUsed ? 0 : 1);`;
  const verified = spawnSync(process.execPath, ["-e", check], { stdio: "inherit" });
  if (verified.status !== 0) console.warn(`warning: V8 rejected the code cache ${cachePath}; the CLI works, only slower to start`);
}

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

// commander requires node:child_process at load time only for executable subcommands,
// which pm-ladder does not use; loading it costs ~4 ms of every start. Defer it.
const deferChildProcess = {
  name: "defer-child-process",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: "child_process", namespace: "deferred" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "deferred" }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: "js",
    }));
  },
};

// A script compiled through vm.Script has no loader for `import()` (and with a code cache
// it cannot be given one), so `await import("node:…")` in the sources becomes a lazy
// require: the module still loads only when that line runs.
const lazyBuiltins = {
  name: "lazy-builtins",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[a-z:_/]+$/ }, (args) =>
      args.kind === "dynamic-import" && isBuiltin(args.path) ? { path: args.path, namespace: "lazy-builtin" } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: "js" }));
  },
};

const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning", legalComments: "none" };

// The CLI is one CommonJS bundle: Node's CommonJS loader starts faster than its ESM
// loader (an ESM entry alone cost ~8 ms), and only a classic script can be compiled
// through V8's code cache (src/boot.ts). Heavy code (yaml, zod, prompts) sits in the
// same file but is only evaluated when a command imports it; with the code cache,
// V8 neither parses nor compiles what a run does not call.
await build({
  ...common,
  format: "cjs",
  entryPoints: ["src/main.ts"],
  outfile: `${outdir}/main.cjs`,
  plugins: [deferChildProcess, lazyBuiltins],
  define: { "import.meta.url": "__pmLadderModuleUrl" },
  banner: { js: "var __pmLadderModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  minifySyntax: true,
  minifyWhitespace: true,
});
const bundleHash = createHash("sha256").update(await readFile(`${outdir}/main.cjs`)).digest("hex").slice(0, 16);
await build({
  ...common,
  format: "cjs",
  entryPoints: ["src/boot.ts"],
  outfile: `${outdir}/boot.cjs`,
  define: {
    PM_LADDER_BUNDLE_HASH: JSON.stringify(bundleHash),
    PM_LADDER_CACHE_V8: JSON.stringify(`${process.versions.v8}-${process.arch}`),
  },
});

// Compile the default ladder with the real loader; the build fails on any error or lint warning.
const compilerFile = `${outdir}/.compile-ladder.mjs`;
await build({ ...common, format: "esm", banner: { js: requireBanner }, entryPoints: ["src/ladder/compile.ts"], outfile: compilerFile });
const { compileLadder } = await import(pathToFileURL(compilerFile).href);
await rm(compilerFile);
const text = await readFile("ladder.yaml", "utf8");
const compiled = compileLadder(text, "ladder.yaml");
await writeFile(`${outdir}/default-ladder.json`, JSON.stringify(compiled));

const oldDir = `dist-old-${process.pid}`;
await rename(finalDir, oldDir).catch(() => {});
await rename(outdir, finalDir);
await rm(oldDir, { recursive: true, force: true });

// Train the code cache on the built CLI in place (the default ladder path needs dist/default-ladder.json).
await trainCodeCache(finalDir);
