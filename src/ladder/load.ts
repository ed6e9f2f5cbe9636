import { InvalidFileError } from "../errors";
import type { Issue } from "../issues";
import { locateIssues, type YamlSource } from "../yaml/locate";
import { parseYamlSource } from "../yaml/parse";
import { zodIssuesToProblems } from "../zod/issues";
import { draftLadder } from "./draft";
import { buildLadder, type Ladder } from "./model";
import { checkRules, lintLadder } from "./rules";
import { LadderFileSchema } from "./schema";
import { isMapping } from "../plain-data";

export interface LoadedLadder {
  readonly ladder: Ladder;
  readonly warnings: readonly Issue[];
}

export const LADDER_HINT = "see the ladder format in the README, or run `pm-ladder validate FILE` for every problem at once";

function topLevelMappingIssue(source: YamlSource): Issue | undefined {
  const data = source.data;
  if (isMapping(data)) return undefined;
  const got = data === null || data === undefined ? "an empty document" : Array.isArray(data) ? "a list" : "a single value";
  return { path: [], message: `expected a mapping at the top (schema:, name:, tracks:, …), got ${got}`, severity: "error", line: 1, column: 1 };
}

/**
 * Text of a ladder file → the model: YAML with positions, the strict schema, the
 * cross-reference rules, then the model. Every problem is reported at once, each
 * located; lint findings come back as warnings. `file` only labels messages.
 */
export function loadLadder(text: string, file: string): LoadedLadder {
  const parsed = parseYamlSource(text);
  if (!parsed.ok) throw new InvalidFileError(file, "ladder", parsed.issues, LADDER_HINT);
  const { source } = parsed;

  const shapeIssue = topLevelMappingIssue(source);
  if (shapeIssue) throw new InvalidFileError(file, "ladder", [shapeIssue], LADDER_HINT);

  const result = LadderFileSchema.safeParse(source.data);
  if (!result.success) {
    // The rules still check whatever parts are well-formed, so one run reports every problem.
    const problems = [...zodIssuesToProblems(result.error.issues, LadderFileSchema, source.data), ...checkRules(draftLadder(source.data))];
    throw new InvalidFileError(file, "ladder", locateIssues(source, problems, "error"), LADDER_HINT);
  }

  const ruleProblems = checkRules(result.data);
  if (ruleProblems.length > 0) {
    throw new InvalidFileError(file, "ladder", locateIssues(source, ruleProblems, "error"), LADDER_HINT);
  }

  return {
    ladder: buildLadder(result.data),
    warnings: locateIssues(source, lintLadder(result.data), "warning"),
  };
}
