#!/usr/bin/env node
// Start-up: each command and `node -e 0` run alternately (paired), after a warm-up,
// with NODE_EXTRA_CA_CERTS unset for both; prints medians and the ratio to the floor.
//
//   node bench/startup.mjs [--rounds N]
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateLadder } from "./generate-ladder.mjs";
import { generateAnswers } from "./generate-answers.mjs";
import { BIN, OUT, benchEnv, loadCompiledLadder, median, printTable } from "./common.mjs";

/** Read commands on the default ladder must stay within this multiple of `node -e 0`… */
export const READ_LIMIT = 1.6;
/** …and commands that read a user's file within this one. */
export const FILE_LIMIT = 2.5;

function cases() {
  mkdirSync(OUT, { recursive: true });
  const ladderFile = `${OUT}/startup-ladder-8x10.yaml`;
  writeFileSync(ladderFile, generateLadder({ levels: 8, competencies: 10, seed: 7 }));
  const answersFile = `${OUT}/startup-answers.json`;
  // An answers file is one JSON line's object without the batch `id`.
  const { id: _id, ...answers } = JSON.parse(generateAnswers({ ladder: loadCompiledLadder(), count: 1, seed: 7 })[0]);
  writeFileSync(answersFile, `${JSON.stringify(answers)}\n`);
  return [
    { name: "levels --format json", args: ["levels", "--format", "json"], limit: READ_LIMIT },
    { name: "show staff", args: ["show", "staff"], limit: READ_LIMIT },
    { name: "compare senior staff", args: ["compare", "senior", "staff"], limit: READ_LIMIT },
    { name: "next senior", args: ["next", "senior"], limit: READ_LIMIT },
    { name: "path junior cpo", args: ["path", "junior", "cpo"], limit: READ_LIMIT },
    { name: "--version", args: ["--version"], limit: READ_LIMIT },
    { name: "validate FILE", args: ["validate", ladderFile], limit: FILE_LIMIT },
    { name: "--ladder FILE levels", args: ["--ladder", ladderFile, "levels", "--format", "json"], limit: FILE_LIMIT },
    { name: "assess --answers FILE --format json", args: ["assess", "--answers", answersFile, "--format", "json"], limit: FILE_LIMIT },
  ];
}

const env = benchEnv();

/** Wall time of one run in ms, and its exit code. */
function timeRun(args) {
  const start = process.hrtime.bigint();
  // Output into a pipe, as in `$(pm-ladder …)` and `pm-ladder … | cut`.
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, code: result.status, stderr: String(result.stderr) };
}

/** One row per command: median ms, median floor ms, ratio, pass/fail. */
export function runStartup({ rounds = 15, warmup = 3 } = {}) {
  const rows = [];
  for (const item of cases()) {
    const argv = [BIN, ...item.args];
    const first = timeRun(argv);
    if (first.code !== 0) {
      rows.push({ benchmark: `start-up: ${item.name}`, value: `exit ${first.code}`, target: `≤ ${item.limit}× node -e 0`, result: "n/a", note: first.stderr.split("\n")[0] });
      continue;
    }
    for (let i = 0; i < warmup; i += 1) {
      timeRun(["-e", "0"]);
      timeRun(argv);
    }
    const floor = [];
    const command = [];
    for (let i = 0; i < rounds; i += 1) {
      floor.push(timeRun(["-e", "0"]).ms);
      command.push(timeRun(argv).ms);
    }
    const ratio = median(command) / median(floor);
    rows.push({
      benchmark: `start-up: ${item.name}`,
      value: `${median(command).toFixed(1)} ms (floor ${median(floor).toFixed(1)} ms) = ${ratio.toFixed(2)}×`,
      target: `≤ ${item.limit}× node -e 0`,
      result: ratio <= item.limit ? "pass" : "FAIL",
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "15" } } });
  printTable(runStartup({ rounds: Number(values.rounds) }));
}
