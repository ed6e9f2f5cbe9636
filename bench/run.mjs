#!/usr/bin/env node
// `npm run bench`: every benchmark (start-up, batch, scaling, unknown keys), one table. Needs `npm run build` first.
import { cpus } from "node:os";
import { printTable } from "./common.mjs";
import { runStartup } from "./startup.mjs";
import { runBatch } from "./batch.mjs";
import { runScaling } from "./scaling.mjs";
import { runUnknownKeys } from "./unknown-keys.mjs";

const started = Date.now();
const rows = [];
const step = (name) => process.stderr.write(`bench: ${name}…\n`);
step("start-up");
rows.push(...runStartup());
step("batch");
rows.push(...(await runBatch()));
step("scaling");
rows.push(...runScaling());
step("unknown keys");
rows.push(...runUnknownKeys());
console.log(`pm-ladder benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, NODE_EXTRA_CA_CERTS unset`);
printTable(rows);
const judged = rows.filter((row) => row.result === "pass" || row.result === "FAIL");
console.log(`${judged.filter((row) => row.result === "pass").length} of ${judged.length} within target`);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
