import { stringify } from "yaml";
import { ANSWERS_SCHEMA_ID, type Answers } from "./model";

/** Answers as an answers file, YAML or pretty-printed JSON, both of which `--answers` reads. Imported lazily, with yaml. */
export function renderAnswersFile(answers: Answers, format: "yaml" | "json" = "yaml"): string {
  const file = {
    schema: ANSWERS_SCHEMA_ID,
    ...(answers.track === undefined ? {} : { track: answers.track }),
    answers: answers.answers,
    ratings: answers.ratings,
  };
  if (format === "json") return `${JSON.stringify(file, null, 2)}\n`;
  return `# pm-ladder self-assessment answers: question id -> option number (from 1), competency id -> rating.\n${stringify(file, { lineWidth: 0 })}`;
}
