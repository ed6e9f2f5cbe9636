// Builds dist/: the CLI as ESM chunks (each command, the YAML/zod loader and the
// prompts load only when used), and dist/default-ladder.json, the shipped ladder
// validated at build time so that the default path never loads yaml or zod.
import { build } from "esbuild";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";

// Built beside dist/ and swapped in at the end, so a test run using dist/ never sees half a build.
const finalDir = "dist";
const outdir = `dist-building-${process.pid}`;
// esbuild's ESM output cannot `require` CommonJS dependencies' Node built-ins without this.
const requireBanner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

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

const common = { bundle: true, platform: "node", target: "node20", format: "esm", banner: { js: requireBanner }, logLevel: "warning", legalComments: "none" };

await build({
  ...common,
  entryPoints: { main: "src/main.ts" },
  outdir,
  plugins: [deferChildProcess],
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  minifySyntax: true,
  minifyWhitespace: true,
});

// Compile the default ladder with the real loader; the build fails on any error or lint warning.
const compilerFile = `${outdir}/.compile-ladder.mjs`;
await build({ ...common, entryPoints: ["src/ladder/compile.ts"], outfile: compilerFile });
const { compileLadder } = await import(pathToFileURL(compilerFile).href);
await rm(compilerFile);
const text = await readFile("ladder.yaml", "utf8");
const compiled = compileLadder(text, "ladder.yaml");
await writeFile(`${outdir}/default-ladder.json`, JSON.stringify(compiled));

const oldDir = `dist-old-${process.pid}`;
await rename(finalDir, oldDir).catch(() => {});
await rename(outdir, finalDir);
await rm(oldDir, { recursive: true, force: true });
