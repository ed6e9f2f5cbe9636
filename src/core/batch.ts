import { createAnswersChecker } from "../answers/check";
import type { Ladder } from "../ladder/model";
import { formatPath } from "../source/issues";
import { createScorer, type AssessmentResult, type ScoreOptions } from "./scoring";

/** The id a batch line may carry, echoed back in its result or error. */
export type RecordId = string | number;

/** One line of a batch, assessed: the result (with the line's id, if any), or why the line failed. */
export type LineOutcome =
  | { readonly ok: true; readonly id: RecordId | undefined; readonly result: AssessmentResult }
  | { readonly ok: false; readonly line: number; readonly id: RecordId | null; readonly error: string };

/** `line` is null when the line was too long to read (see lineBatches). */
export type LineAssessor = (text: string | null, line: number) => LineOutcome;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
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
    if (text === null) return { ok: false, line, id: null, error: "line too long to be an answers object" };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, line, id: null, error: `not valid JSON: ${(error as Error).message}` };
    }
    let id: RecordId | undefined;
    let answers: unknown = data;
    if (isRecord(data) && Object.hasOwn(data, "id")) {
      const { id: rawId, ...rest } = data;
      if (typeof rawId !== "string" && typeof rawId !== "number") {
        return { ok: false, line, id: null, error: "id: expected a string or a number" };
      }
      id = rawId;
      answers = rest;
    }
    const checked = check(answers);
    if (!checked.ok) {
      const error = checked.problems.map((problem) => `${formatPath(problem.path)}: ${problem.message}`).join("; ");
      return { ok: false, line, id: id ?? null, error };
    }
    return { ok: true, id, result: score(checked.answers, options) };
  };
}
