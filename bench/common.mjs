// Shared helpers of the benchmarks: paths, medians, peak memory of a child, the table.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = fileURLToPath(new URL("../bin/pm-ladder.js", import.meta.url));
/** Generated inputs go here (gitignored). */
export const OUT = fileURLToPath(new URL("./out", import.meta.url));

/** The environment every measured run gets: no NODE_EXTRA_CA_CERTS (it is not part of the project), no colour. */
export function benchEnv() {
  const env = { ...process.env, NO_COLOR: "1" };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The shipped ladder's model as the build compiled it (run `npm run build` first). */
export function loadCompiledLadder() {
  return JSON.parse(readFileSync(fileURLToPath(new URL("../dist/default-ladder.json", import.meta.url)), "utf8"));
}

const TIME = "/usr/bin/time";

/**
 * Run `node ARGS` once; wall time in ms and peak RSS in MiB (from GNU time, when present).
 * stdout goes to `stdout` (a file descriptor or "ignore").
 */
export function measureNode(args, { stdin = "ignore", stdout = "ignore" } = {}) {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ["-f", "__peak_kb=%M", process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd: ROOT, env: benchEnv(), stdio: [stdin, stdout, "pipe"], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = String(result.stderr);
  const peak = /__peak_kb=(\d+)/.exec(stderr);
  return {
    ms,
    code: result.status,
    peakMiB: peak ? Number(peak[1]) / 1024 : Number.NaN,
    stderr: stderr.replace(/__peak_kb=\d+\n?/, ""),
  };
}

/** Print rows `{benchmark, value, target, result}` as one aligned table. */
export function printTable(rows) {
  const columns = ["benchmark", "value", "target", "result"];
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column] ?? "").length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(" | ")} |`;
  console.log(line(columns));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of rows) console.log(line(columns.map((column) => row[column] ?? "")));
  for (const row of rows) if (row.note) console.log(`  note (${row.benchmark}): ${row.note}`);
}
