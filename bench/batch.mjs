#!/usr/bin/env node
// Batch: `assess --batch FILE` on generated answers (JSON Lines) against the default
// ladder; records per second and peak RSS of the CLI process, plus `--summary`.
//
//   node bench/batch.mjs [--records N]
import { existsSync, mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { writeAnswers } from "./generate-answers.mjs";
import { BIN, OUT, loadCompiledLadder, measureNode, printTable } from "./common.mjs";

const RATE_TARGET = 100_000;
const MEMORY_LIMIT_MIB = 150;

/** The answers file for `records` records, generated once (seeded, so always the same). */
async function answersFile(records) {
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}/answers-${records}.jsonl`;
  if (!existsSync(file)) await writeAnswers(file, { ladder: loadCompiledLadder(), count: records, seed: 1 });
  return file;
}

export async function runBatch({ records = 1_000_000 } = {}) {
  const file = await answersFile(records);
  const rows = [];
  for (const mode of [[], ["--summary"]]) {
    const run = measureNode([BIN, "assess", "--batch", file, ...mode]);
    const rate = records / (run.ms / 1000);
    const ok = run.code === 0 && rate >= RATE_TARGET && run.peakMiB <= MEMORY_LIMIT_MIB;
    rows.push({
      benchmark: `batch: assess --batch ${records.toLocaleString("en")} records${mode.length > 0 ? " --summary" : ""}`,
      value: run.code === 0 ? `${Math.round(rate).toLocaleString("en")} records/s, ${run.peakMiB.toFixed(0)} MiB` : `exit ${run.code}`,
      target: `≥ ${RATE_TARGET.toLocaleString("en")}/s, ≤ ${MEMORY_LIMIT_MIB} MiB`,
      result: ok ? "pass" : "FAIL",
      ...(run.code === 0 ? {} : { note: run.stderr.split("\n")[0] }),
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { records: { type: "string", default: "1000000" } } });
  printTable(await runBatch({ records: Number(values.records) }));
}
