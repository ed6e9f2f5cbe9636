import { createAnswersChecker } from "../answers/check";
import { findDuplicateKey } from "../answers/duplicate-json-key";
import type { Ladder } from "../ladder/model";
import { isMapping } from "../plain-data";
import { formatPath } from "../issues";
import { createScorer, type AssessmentResult, type ScoreOptions } from "./scoring";

/** A line that is not handed over as text (io/line-batches.ts): longer than its MAX_LINE_LENGTH, or not valid UTF-8. */
export interface UnreadableLine {
  readonly unreadable: "too long" | "not UTF-8";
}

/** The id a batch line may carry, echoed back in its result or error. */
export type RecordId = string | number;

/** One line of a batch, assessed: the result (with the line's id, if any), or why the line failed. */
export type LineOutcome =
  | { readonly ok: true; readonly id: RecordId | undefined; readonly result: AssessmentResult }
  | { readonly ok: false; readonly line: number; readonly id: RecordId | null; readonly error: string };

export type LineAssessor = (text: string | UnreadableLine, line: number) => LineOutcome;

const UNREADABLE: Record<UnreadableLine["unreadable"], string> = {
  "too long": "line too long to be an answers object",
  "not UTF-8": "not valid UTF-8 text; write the batch as UTF-8",
};

/** V8's "at position 35" (from 0) as the column (from 1), as every other problem is located. */
function jsonSyntaxMessage(error: Error): string {
  return error.message.replace(/ at position (\d+)(?: \(line \d+ column \d+\))?/, (_match, position: string) => ` at column ${Number(position) + 1}`);
}

/**
 * Assesses one JSON line at a time against one ladder: an answers object (the
 * answers-file shape) plus an optional `id`. The checker and the scorer are
 * built once for the whole batch. Never throws for a bad line.
 */
export function createLineAssessor(ladder: Ladder, options: ScoreOptions = {}): LineAssessor {
  const check = createAnswersChecker(ladder);
  const score = createScorer(ladder);
  return (text, line) => {
    if (typeof text !== "string") return { ok: false, line, id: null, error: UNREADABLE[text.unreadable] };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, line, id: null, error: `not valid JSON: ${jsonSyntaxMessage(error as Error)}` };
    }
    let id: RecordId | undefined;
    let answers: unknown = data;
    if (isMapping(data) && Object.hasOwn(data, "id")) {
      const { id: rawId, ...rest } = data;
      if (typeof rawId !== "string" && typeof rawId !== "number") {
        return { ok: false, line, id: null, error: "id: expected a string or a number" };
      }
      // 1e400 parses as Infinity (echoed as null) and 12345678901234567890 loses digits: the record could not be matched to its line.
      if (typeof rawId === "number" && (!Number.isFinite(rawId) || (Number.isInteger(rawId) && !Number.isSafeInteger(rawId)))) {
        return { ok: false, line, id: null, error: "id: a number this large cannot be echoed back exactly; write it as a string" };
      }
      id = rawId;
      answers = rest;
    }
    const duplicate = findDuplicateKey(text, data);
    if (duplicate) {
      // A repeated id is no id to echo: JSON.parse kept one of them.
      const echoed = duplicate.path.length === 1 && duplicate.key === "id" ? null : (id ?? null);
      const error = `${formatPath(duplicate.path)}: duplicate key ${JSON.stringify(duplicate.key)}; a key may appear only once in a mapping`;
      return { ok: false, line, id: echoed, error };
    }
    const checked = check(answers);
    if (!checked.ok) {
      const error = checked.problems.map((problem) => `${formatPath(problem.path)}: ${problem.message}`).join("; ");
      return { ok: false, line, id: id ?? null, error };
    }
    return { ok: true, id, result: score(checked.answers, options) };
  };
}
