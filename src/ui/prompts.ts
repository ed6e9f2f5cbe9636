import select, { Separator } from "@inquirer/select";
import type { Ask, QuestionnairePrompt, QuestionnaireReply } from "../core/questionnaire";
import { oneLine, sanitize } from "../render/text";

/** Where the prompts read keys and draw: the terminal on stdin, drawn on stderr so stdout keeps only the result. */
export interface PromptStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Aborting it (on SIGINT/SIGTERM) erases the open prompt and shows the cursor again. */
  readonly interruption?: AbortSignal | undefined;
}

const SKIP = "skip";
const BACK = "back";
type Choice = number | typeof SKIP | typeof BACK;

function message(prompt: QuestionnairePrompt): string {
  const { item, position, total } = prompt;
  return `${oneLine(item.group)} · ${position} of ${total}\n  ${sanitize(item.text).replace(/\n/g, "\n  ")}`;
}

function choices(prompt: QuestionnairePrompt) {
  // select picks the nth choice when a number is typed, so a number shown is always the position.
  const { numbered } = prompt.item;
  return [
    ...prompt.item.choices.map((choice, index) => ({ value: choice.value as Choice, name: oneLine(numbered ? `${index + 1}. ${choice.label}` : choice.label) })),
    new Separator(),
    { value: SKIP as Choice, name: "Skip (leave unanswered)" },
    ...(prompt.canGoBack ? [{ value: BACK as Choice, name: "← Back to the previous question" }] : []),
  ];
}

/**
 * The questionnaire's `ask` on a terminal, one inquirer `select` per question.
 * Each prompt is erased when done, and on Ctrl-C too, so nothing half-drawn is
 * left behind; Ctrl-C rejects with inquirer's ExitPromptError, which the entry
 * point turns into exit code 130.
 */
export function terminalAsk(streams: PromptStreams): Ask {
  return async (prompt): Promise<QuestionnaireReply> => {
    const list = choices(prompt);
    const value = await select<Choice>(
      { message: message(prompt), choices: list, loop: false, pageSize: list.length, ...(prompt.current === undefined ? {} : { default: prompt.current }) },
      { input: streams.input, output: streams.output, clearPromptOnDone: true, ...(streams.interruption ? { signal: streams.interruption } : {}) },
    );
    if (value === SKIP) return { type: "skip" };
    if (value === BACK) return { type: "back" };
    return { type: "answer", value };
  };
}
