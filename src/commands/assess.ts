import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { NO_ANSWERS, type Answers } from "../answers/model";
import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { chooseFormat, type Format } from "../cli/options";
import { writeView } from "../cli/write-view";
import { questionnaireItems, runQuestionnaire, unansweredItems, type QuestionnaireItem } from "../core/questionnaire";
import { resolveTrack } from "../core/resolve";
import { createScorer } from "../core/scoring";
import { ExitCode, UserError } from "../errors";
import type { Ladder } from "../ladder/model";
import { writeFileAtomic } from "../io/atomic-write";
import { readTextInput } from "../io/read-input";
import { shellWord } from "../render/shell";
import { sanitize, wrapText } from "../render/text";
import { assessView } from "../render/views/assess";
import { plural } from "../words/plural";

export interface AssessOptions {
  readonly answers?: string;
  readonly save?: string;
  readonly track?: string;
  readonly quick?: boolean;
}

const FORMATS: readonly Format[] = ["table", "json", "yaml", "markdown"];
const SECONDS_PER_QUESTION = 20;

function minutes(questions: number): string {
  const count = Math.max(1, Math.round((questions * SECONDS_PER_QUESTION) / 60));
  return `about ${plural(count, "minute")}`;
}

/** The command that resumes this run from `file`, ready to paste: the same ladder and length of run. */
function resumeCommand(ladderPath: string | undefined, options: AssessOptions, file: string): string {
  const ladder = ladderPath === undefined ? [] : ["--ladder", shellWord(ladderPath)];
  const words = ["pm-ladder", ...ladder, "assess", "--answers", shellWord(file), "--save", shellWord(file), ...(options.quick ? ["--quick"] : [])];
  return sanitize(words.join(" "));
}

function intro(ladder: Ladder, ladderPath: string | undefined, options: AssessOptions, items: readonly QuestionnaireItem[], pending: number, width: number): string {
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
async function stoppedMessage(ladderPath: string | undefined, options: AssessOptions, given: Answers | undefined): Promise<string> {
  if (options.save !== undefined) return `stopped; the answers given so far are in ${sanitize(options.save)} (resume with: ${resumeCommand(ladderPath, options, options.save)})`;
  if (given === undefined) return "stopped before any answer (pass --save FILE to keep the answers next time)";
  const { renderAnswersFile } = await import("../answers/save");
  const file = renderAnswersFile(given).trimEnd().split("\n").map((line) => `  ${sanitize(line)}`);
  return [
    "stopped; the answers were not kept (no --save); here they are:",
    "",
    ...file,
    `hint: copy them into a file and resume with: ${resumeCommand(ladderPath, options, "FILE")}`,
  ].join("\n");
}

function hasAny(answers: Answers): boolean {
  return Object.keys(answers.answers).length > 0 || Object.keys(answers.ratings).length > 0;
}

/** Writes the answers after each one; when a write fails, the error carries the answers, so the run ends without losing them. */
async function answersSaver(path: string): Promise<(answers: Answers) => void> {
  const { renderAnswersFile } = await import("../answers/save");
  const format = /\.json$/i.test(path) ? "json" : "yaml";
  return (answers) => {
    const text = renderAnswersFile(answers, format);
    try {
      writeFileAtomic(path, text);
    } catch (error) {
      if (!(error instanceof UserError) || !hasAny(answers)) throw error;
      throw new UserError(error.message, {
        exitCode: error.exitCode,
        details: ["The answers given so far were not saved; here they are:", "", ...text.trimEnd().split("\n")],
        hint: `copy them into a file and resume with --answers FILE, or ${error.hint ?? "pass a --save path you can write to"}`,
      });
    }
  };
}

/** Whether `path` (a regular file) loads as answers for `ladder`: only then is resuming from it a hint that works. */
async function isAnswersFile(path: string, ladder: Ladder): Promise<boolean> {
  const { loadAnswers } = await import("../answers/load");
  try {
    loadAnswers(readFileSync(path, "utf8"), path, ladder);
    return true;
  } catch {
    return false;
  }
}

/** `--save` replaces its file: refuse a path that is no file, and a file whose answers this run did not load. */
async function checkSaveTarget(options: AssessOptions, ladder: Ladder): Promise<void> {
  if (options.save === "") {
    throw new UserError("--save needs a file path, and it was given an empty one", { exitCode: ExitCode.usage, hint: "pass a file path: --save me.yaml" });
  }
  if (options.save === "-") {
    throw new UserError("--save writes a file, and - is not one (the result already goes to standard output)", {
      exitCode: ExitCode.usage,
      hint: "pass a file path: --save me.yaml",
    });
  }
  if (options.save === undefined || !existsSync(options.save)) return;
  const stats = statSync(options.save);
  if (stats.isDirectory()) {
    throw new UserError(`cannot write ${options.save}: it is a directory`, { exitCode: ExitCode.usage, hint: `pass a file path inside it: --save ${join(options.save, "me.yaml")}` });
  }
  if (options.answers !== undefined && options.answers !== "-" && resolve(options.answers) === resolve(options.save)) return;
  // Not read unless it is a regular file: a device or a named pipe could block, and is no answers file anyway.
  if (!stats.isFile() || !(await isAnswersFile(options.save, ladder))) {
    throw new UserError(`${options.save} already exists and is not an answers file for this ladder; --save would replace it`, {
      exitCode: ExitCode.usage,
      hint: "pass a --save path that does not exist yet",
    });
  }
  const path = shellWord(options.save);
  throw new UserError(`${options.save} already exists; --save would replace the answers in it`, {
    exitCode: ExitCode.usage,
    hint: `resume from it with --answers ${path} --save ${path}, or remove it (or pick another path) to start over`,
  });
}

/**
 * `pm-ladder assess`: the questionnaire in a terminal (drawn on stderr), or the
 * answers of `--answers FILE|-`, scored and written to stdout. In a terminal,
 * `--answers` only asks what the file leaves unanswered.
 */
export async function runAssess(options: AssessOptions, io: CommandIO): Promise<void> {
  const interactive = io.context.stdinIsTTY;
  if (options.answers === undefined && !interactive) {
    throw new UserError("assess needs a terminal to ask its questions, and standard input is not one", {
      exitCode: ExitCode.usage,
      hint: "pass the answers instead: pm-ladder assess --answers FILE (or --answers - to read them from standard input)",
    });
  }
  chooseFormat(io.global, FORMATS, "assess");
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  const track = options.track === undefined ? undefined : resolveTrack(ladder, options.track);

  let answers: Answers = NO_ANSWERS;
  if (options.answers !== undefined) {
    const input = await readTextInput(options.answers, io.context, "answers");
    const { loadAnswers } = await import("../answers/load");
    answers = loadAnswers(input.text, input.label, ladder);
  }
  // After --answers is read, so that resuming from a path that is no answers file says that first.
  await checkSaveTarget(options, ladder);

  const save = options.save === undefined ? undefined : await answersSaver(options.save);
  // Written before the first question too: a --save path that cannot be written fails now, not after the first answer.
  save?.(answers);
  if (interactive) {
    const items = questionnaireItems(ladder, { quick: options.quick === true });
    const pending = unansweredItems(items, answers);
    if (pending.length > 0) {
      io.err(intro(ladder, io.global.ladder, options, items, pending.length, io.width));
      const { terminalAsk } = await import("../ui/prompts");
      let latest = answers;
      const changed = (next: Answers) => {
        latest = next;
        save?.(next);
      };
      try {
        answers = await runQuestionnaire(pending, answers, terminalAsk({ input: io.context.stdin, output: io.context.stderr, interruption: io.context.interruption }), changed);
      } catch (error) {
        // Ctrl-C (ExitPromptError) or a signal (AbortPromptError): say where the answers are; the entry point sets the exit code.
        if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) {
          const given = latest !== answers && hasAny(latest) ? latest : undefined;
          io.err(`${await stoppedMessage(io.global.ladder, options, given)}\n`);
        }
        throw error;
      }
    }
  }

  const result = createScorer(ladder)(answers, track === undefined ? {} : { track });
  const trackAsked = track !== undefined || answers.track !== undefined;
  await writeView(io, assessView({ ladder, result, trackAsked }, io.theme, io.width), "assess");
}
