#!/usr/bin/env node
// Many unknown keys: a ladder with N unknown top-level keys, an answers file with N unknown
// question ids, at N = 10,000 and 100,000. Every one must be reported, and 10× the keys
// should cost at most ~10× the time (a quadratic check, like yaml's own uniqueKeys, costs 100×).
//
//   node bench/unknown-keys.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { BIN, OUT, ROOT, measureNode, median, printTable } from "./common.mjs";

const SIZES = [10_000, 100_000];
const RUNS = 3;
const MINIMAL = readFileSync(`${ROOT}/tests/fixtures/ladders/minimal.yaml`, "utf8");
const SMALL = `${ROOT}/tests/fixtures/ladders/assess-small.yaml`;

const inputs = {
  "ladder keys": (count) => ({
    text: `${MINIMAL.trimEnd()}\n${Array.from({ length: count }, (_, index) => `k${index}: 1`).join("\n")}\n`,
    args: (file) => ["--ladder", file, "levels"],
    headline: `is not a valid ladder: ${count} errors`,
  }),
  "answers ids": (count) => ({
    text: `answers:\n${Array.from({ length: count }, (_, index) => `  q${index}: 1`).join("\n")}\n`,
    args: (file) => ["--ladder", SMALL, "assess", "--answers", file, "--json"],
    headline: `is not a valid answers file: ${count} errors`,
  }),
};

export function runUnknownKeys() {
  mkdirSync(OUT, { recursive: true });
  const rows = [];
  for (const [name, input] of Object.entries(inputs)) {
    const measured = SIZES.map((count) => {
      const { text, args, headline } = input(count);
      const file = `${OUT}/unknown-${name.replace(" ", "-")}-${count}.yaml`;
      writeFileSync(file, text);
      const runs = Array.from({ length: RUNS }, () => measureNode([BIN, ...args(file)]));
      return { count, ms: median(runs.map((run) => run.ms)), allReported: runs.every((run) => run.code === 1 && run.stderr.split("\n")[0].endsWith(headline)) };
    });
    const growth = measured[1].ms / measured[0].ms;
    rows.push({
      benchmark: `unknown keys: ${name}, ${SIZES.map((size) => size.toLocaleString("en")).join(" / ")}`,
      value: `${measured.map((run) => `${(run.ms / 1000).toFixed(2)} s`).join(" / ")} (×${growth.toFixed(1)})${measured.every((run) => run.allReported) ? ", all reported" : ", NOT all reported"}`,
      target: "all reported, growth ≤ ~10× per 10× keys",
      result: measured.every((run) => run.allReported) && growth <= 10 * 1.25 ? "pass" : "FAIL",
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) printTable(runUnknownKeys());
