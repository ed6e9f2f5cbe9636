import { stringify } from "yaml";
import { ANSWERS_SCHEMA_ID, type Answers } from "./model";

/** Answers as an answers file (YAML), the same format `--answers` reads. Imported lazily, with yaml. */
export function renderAnswersFile(answers: Answers): string {
  const file = {
    schema: ANSWERS_SCHEMA_ID,
    ...(answers.track === undefined ? {} : { track: answers.track }),
    answers: answers.answers,
    ratings: answers.ratings,
  };
  return `# pm-ladder self-assessment answers: question id -> option number (from 1), competency id -> rating.\n${stringify(file, { lineWidth: 0 })}`;
}
