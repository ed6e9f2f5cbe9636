#!/usr/bin/env node
// Large ladders: `validate` on generated ladders of 10, 100 and 1,000 levels × 100
// competencies, and on a 1,000-level file with 10,000 problems; wall time, peak RSS,
// and the growth factor between sizes (10× the levels should cost at most ~10× the time).
//
//   node bench/scaling.mjs [--competencies N]
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateLadder } from "./generate-ladder.mjs";
import { BIN, OUT, measureNode, printTable } from "./common.mjs";

const SIZES = [10, 100, 1000];
const TIME_LIMIT_MS = 5000;
const MEMORY_LIMIT_MIB = 700;
const PROBLEMS = 10_000;

/** A generated ladder file, written once per size and seed. */
function ladderFile(levels, competencies, problems = 0) {
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}/ladder-${levels}x${competencies}${problems > 0 ? `-problems-${problems}` : ""}.yaml`;
  if (!existsSync(file)) writeFileSync(file, generateLadder({ levels, competencies, seed: 1, problems }));
  return file;
}

function validate(file) {
  const outFile = `${file}.out`;
  const fd = openSync(outFile, "w");
  const run = measureNode([BIN, "validate", file], { stdout: fd });
  closeSync(fd);
  const reported = readFileSync(outFile, "utf8").split("\n").filter((line) => / {2}(levels|questions|competencies)\[/.test(line)).length;
  return { ...run, reported };
}

const mb = (file) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;

export function runScaling({ competencies = 100 } = {}) {
  const rows = [];
  let previous;
  for (const levels of SIZES) {
    const file = ladderFile(levels, competencies);
    const run = validate(file);
    const growth = previous ? run.ms / previous.ms : undefined;
    const isLargest = levels === SIZES[SIZES.length - 1];
    const withinGrowth = growth === undefined || growth <= 10 * 1.25;
    const withinBounds = !isLargest || (run.ms <= TIME_LIMIT_MS && run.peakMiB <= MEMORY_LIMIT_MIB);
    rows.push({
      benchmark: `scaling: validate ${levels}×${competencies} (${mb(file)})`,
      value: `${(run.ms / 1000).toFixed(2)} s, ${run.peakMiB.toFixed(0)} MiB${growth === undefined ? "" : `, ×${growth.toFixed(1)} vs previous`}`,
      target: isLargest ? `≤ 5 s, ≤ ${MEMORY_LIMIT_MIB} MiB, growth ≤ ~10×` : "growth ≤ ~10×",
      result: run.code === 0 && withinGrowth && withinBounds ? "pass" : "FAIL",
      ...(run.code === 0 ? {} : { note: `exit ${run.code}: ${run.stderr.split("\n")[0]}` }),
    });
    previous = run;
  }
  // The floor no loader built on `yaml` can beat: its parseDocument alone on the largest file.
  const largest = ladderFile(SIZES[SIZES.length - 1], competencies);
  const floorScript = `import { readFileSync } from "node:fs"; import { LineCounter, parseDocument } from "yaml"; parseDocument(readFileSync(${JSON.stringify(largest)}, "utf8"), { lineCounter: new LineCounter() });`;
  const floor = measureNode(["--input-type=module", "-e", floorScript]);
  rows.push({
    benchmark: `scaling: yaml parseDocument alone, ${SIZES[SIZES.length - 1]}×${competencies}`,
    value: `${(floor.ms / 1000).toFixed(2)} s, ${floor.peakMiB.toFixed(0)} MiB (validate adds ${((previous.ms - floor.ms) / 1000).toFixed(2)} s)`,
    target: "reference",
    result: floor.code === 0 ? "" : `exit ${floor.code}`,
  });

  const file = ladderFile(SIZES[SIZES.length - 1], competencies, PROBLEMS);
  const run = validate(file);
  const ok = run.code === 1 && run.reported === PROBLEMS && run.ms <= TIME_LIMIT_MS && run.peakMiB <= MEMORY_LIMIT_MIB;
  rows.push({
    benchmark: `scaling: validate ${PROBLEMS} problems (${mb(file)})`,
    value: `${(run.ms / 1000).toFixed(2)} s, ${run.peakMiB.toFixed(0)} MiB, ${run.reported} reported, exit ${run.code}`,
    target: `≤ 5 s, ≤ ${MEMORY_LIMIT_MIB} MiB, all reported`,
    result: ok ? "pass" : "FAIL",
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { competencies: { type: "string", default: "100" } } });
  printTable(runScaling({ competencies: Number(values.competencies) }));
}
