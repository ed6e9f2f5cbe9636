import { InvalidFileError } from "../errors";
import type { Ladder } from "../ladder/model";
import { locateIssues } from "../yaml/locate";
import { parseYamlSource } from "../yaml/parse";
import { createAnswersChecker } from "./check";
import type { Answers } from "./model";

export const ANSWERS_HINT = "see \"Answers file\" in the README: question id -> option number (from 1), competency id -> rating on the scale";

/**
 * Text of an answers file (YAML or JSON) → answers checked against the ladder.
 * Every problem is reported at once, located by line and column. `file` only labels messages.
 */
export function loadAnswers(text: string, file: string, ladder: Ladder): Answers {
  const parsed = parseYamlSource(text);
  if (!parsed.ok) throw new InvalidFileError(file, "answers file", parsed.issues, ANSWERS_HINT);
  const checked = createAnswersChecker(ladder)(parsed.source.data);
  if (!checked.ok) throw new InvalidFileError(file, "answers file", locateIssues(parsed.source, checked.problems, "error"), ANSWERS_HINT);
  return checked.answers;
}
