import type { Answers } from "../../answers/model";
import { questionnaireItems, type QuestionnaireItem } from "../../core/questionnaire";
import type { Ladder } from "../../ladder/model";
import { sanitize, wrapText } from "../../render/text";
import { plural } from "../../words/plural";
import type { AssessOptions } from "./options";
import { resumeCommand } from "./resume";

const SECONDS_PER_QUESTION = 20;

function minutes(questions: number): string {
  const count = Math.max(1, Math.round((questions * SECONDS_PER_QUESTION) / 60));
  return `about ${plural(count, "minute")}`;
}

type RunOptions = Pick<AssessOptions, "quick" | "save">;

/** What the questionnaire says before its first question: how long, where the answers go, how to resume. */
export function intro(ladder: Ladder, ladderPath: string | undefined, options: RunOptions, items: readonly QuestionnaireItem[], pending: number, width: number): string {
  const full = questionnaireItems(ladder).length;
  const quick = questionnaireItems(ladder, { quick: true }).length;
  const length = options.quick
    ? `a quick pass: ${plural(quick, "question")}, ${minutes(quick)} (the full run asks ${full})`
    : `${plural(full, "question")}, ${minutes(full)} (--quick asks ${quick}, ${minutes(quick)})`;
  const lines = [`Self-assessment on "${sanitize(ladder.name)}": ${length}.`];
  if (pending < items.length) lines.push(`Resuming: ${items.length - pending} answered already, ${pending} to go.`);
  if (options.save === undefined) lines.push("Nothing leaves this machine; answers stay in memory (pass --save FILE to keep them).");
  else lines.push(`Nothing leaves this machine; answers are saved to ${sanitize(options.save)} after each one. To resume later:`);
  const wrapped = lines.flatMap((line) => wrapText(line, width));
  // Not wrapped: a command broken across lines would not paste as one.
  if (options.save !== undefined) wrapped.push(`  ${resumeCommand(ladderPath, options, options.save)}`);
  wrapped.push(...wrapText("Choose with ↑ ↓ and Enter; every question can be skipped, and Back returns to the previous one. Ctrl-C stops.", width));
  return `${wrapped.join("\n")}\n\n`;
}

/** What a stopped run says; without --save, `given` (the answers when this run changed any) is printed so that none is lost. */
export async function stoppedMessage(ladderPath: string | undefined, options: RunOptions, given: Answers | undefined): Promise<string> {
  if (options.save !== undefined) return `stopped; the answers given so far are in ${sanitize(options.save)} (resume with: ${resumeCommand(ladderPath, options, options.save)})`;
  if (given === undefined) return "stopped before any answer (pass --save FILE to keep the answers next time)";
  const { renderAnswersFile } = await import("../../answers/save");
  const file = renderAnswersFile(given).trimEnd().split("\n").map((line) => `  ${sanitize(line)}`);
  return [
    "stopped; the answers were not kept (no --save); here they are:",
    "",
    ...file,
    `hint: copy them into a file and resume with: ${resumeCommand(ladderPath, options, "FILE")}`,
  ].join("\n");
}
