import { shellWord } from "../../render/shell";
import { sanitize } from "../../render/text";
import type { AssessOptions } from "./options";

/** The command that resumes this run from `file`, ready to paste: the same ladder (`--ladder` as given) and length of run. */
export function resumeCommand(ladderPath: string | undefined, options: Pick<AssessOptions, "quick">, file: string): string {
  const ladder = ladderPath === undefined ? [] : ["--ladder", shellWord(ladderPath)];
  const words = ["pm-ladder", ...ladder, "assess", "--answers", shellWord(file), "--save", shellWord(file), ...(options.quick ? ["--quick"] : [])];
  return sanitize(words.join(" "));
}
