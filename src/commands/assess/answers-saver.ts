import { hasAnyAnswer, type Answers } from "../../answers/model";
import { UserError } from "../../errors";
import { writeFileAtomic } from "../../io/atomic-write";

/** Writes the answers after each one; when a write fails, the error carries the answers, so the run ends without losing them. */
export async function answersSaver(path: string): Promise<(answers: Answers) => void> {
  const { renderAnswersFile } = await import("../../answers/save");
  const format = /\.json$/i.test(path) ? "json" : "yaml";
  return (answers) => {
    const text = renderAnswersFile(answers, format);
    try {
      writeFileAtomic(path, text);
    } catch (error) {
      if (!(error instanceof UserError) || !hasAnyAnswer(answers)) throw error;
      throw new UserError(error.message, {
        exitCode: error.exitCode,
        details: ["The answers given so far were not saved; here they are:", "", ...text.trimEnd().split("\n")],
        hint: `copy them into a file and resume with --answers FILE, or ${error.hint ?? "pass a --save path you can write to"}`,
      });
    }
  };
}
