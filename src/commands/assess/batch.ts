import type { CommandIO } from "../../cli/command-io";
import { loadLadderInput } from "../../cli/ladder-input";
import { chooseFormat } from "../../cli/options";
import { writeView } from "../../cli/write-view";
import { createLineAssessor, type LineOutcome } from "../../core/batch";
import { createTeamSummary } from "../../core/batch-summary";
import { resolveTrack } from "../../core/resolve";
import { ExitCode, UserError } from "../../errors";
import { lineBatches, openTextStream } from "../../io/line-batches";
import type { Format } from "../../render/formats";
import { createResultLineWriter, type ResultLineWriter } from "../../render/result-line";
import { sanitize } from "../../render/text";
import { assessSummaryView } from "../../render/views/assess-summary";
import { plural } from "../../words/plural";
import type { AssessOptions } from "./options";

const SUMMARY_FORMATS: readonly Format[] = ["table", "json", "yaml", "markdown"];

/** Records are written a few dozen at a time: V8 flattens a short string of lines faster than a chunk's worth (10% of a batch's run). */
const LINES_PER_WRITE = 32;

/** A batch output line: the documented result (with `id` first when the line had one), or an error record. */
function recordLine(outcome: LineOutcome, writeResult: ResultLineWriter): string {
  if (!outcome.ok) return JSON.stringify({ line: outcome.line, id: outcome.id, error: outcome.error });
  return writeResult(outcome.result, outcome.id);
}

function errorLine(outcome: Extract<LineOutcome, { ok: false }>): string {
  const id = outcome.id === null ? "" : ` (id ${JSON.stringify(outcome.id)})`;
  return sanitize(`line ${outcome.line}${id}: ${outcome.error}`);
}

/**
 * `pm-ladder assess --batch FILE|-`: JSON Lines in (one answers object per line,
 * with an optional `id`), one result per line out, in input order, as the input
 * streams: memory stays flat however long it is. A bad line becomes an error
 * record and the batch goes on; the exit code is 1 when any line failed.
 * With --summary, the team view instead of the records.
 */
export async function runAssessBatch(source: string, options: Pick<AssessOptions, "summary" | "track">, io: CommandIO): Promise<number> {
  if (options.summary) chooseFormat(io.global, SUMMARY_FORMATS, "assess --batch --summary");
  else if (io.global.format !== undefined && io.global.format !== "json") {
    throw new UserError(`assess --batch writes JSON Lines, one result per line; it has no ${io.global.format} output`, {
      exitCode: ExitCode.usage,
      hint: "drop --format, or add --summary for the team view in that format",
    });
  }
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  const track = options.track === undefined ? undefined : resolveTrack(ladder, options.track);
  const assess = createLineAssessor(ladder, track === undefined ? {} : { track });
  const summary = options.summary ? createTeamSummary(ladder) : undefined;
  const writeResult = createResultLineWriter(ladder);
  const chunks = openTextStream(source, io.context, "answers");

  let records = 0;
  let failed = 0;
  for await (const batch of lineBatches(chunks)) {
    let out = "";
    let errors = "";
    batch.lines.forEach((text, offset) => {
      // Blank lines (a trailing newline, a separator) are not records.
      if (typeof text === "string" && text.trim() === "") return;
      const outcome = assess(text, batch.first + offset);
      records += 1;
      if (!outcome.ok) failed += 1;
      if (!summary) {
        out += `${recordLine(outcome, writeResult)}\n`;
        if (records % LINES_PER_WRITE === 0) {
          io.out(out);
          out = "";
        }
      } else if (outcome.ok) summary.add(outcome.result);
      else {
        summary.addFailure();
        errors += `${errorLine(outcome)}\n`;
      }
    });
    if (out !== "") io.out(out);
    if (errors !== "") io.err(errors);
  }

  if (summary) await writeView(io, assessSummaryView(summary.summary(), io.theme, io.width), "assess");
  if (failed > 0) io.err(`${failed} of ${plural(records, "line")} failed\n`);
  return failed > 0 ? ExitCode.invalid : ExitCode.ok;
}
