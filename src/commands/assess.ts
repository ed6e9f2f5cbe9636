import { hasAnyAnswer, NO_ANSWERS, type Answers } from "../answers/model";
import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { chooseFormat } from "../cli/options";
import { writeView } from "../cli/write-view";
import { questionnaireItems, runQuestionnaire, unansweredItems } from "../core/questionnaire";
import { resolveTrack } from "../core/resolve";
import { createScorer } from "../core/scoring";
import type { Format } from "../render/formats";
import { ExitCode, UserError } from "../errors";
import { readTextInput } from "../io/read-input";
import { assessView } from "../render/views/assess";
import { answersSaver } from "./assess/answers-saver";
import { intro, stoppedMessage } from "./assess/messages";
import type { AssessOptions } from "./assess/options";
import { checkSaveTarget } from "./assess/save-target";

const FORMATS: readonly Format[] = ["table", "json", "yaml", "markdown"];

/** Standard input can be read once: it cannot hold the ladder (`--ladder -`) and the answers too. */
function requireOneStdinReader(ladder: string | undefined, [flag, path]: readonly [string, string | undefined]): void {
  if (ladder !== "-" || path !== "-") return;
  throw new UserError(`--ladder - and ${flag} - both read standard input, which can be read only once`, {
    exitCode: ExitCode.usage,
    hint: `give one of them as a file: pm-ladder --ladder ladder.yaml assess ${flag} - (or ${flag} FILE with --ladder -)`,
  });
}

/** `pm-ladder assess`: one person's answers (runAssess), or with --batch many people's. */
export async function runAssessCommand(options: AssessOptions, io: CommandIO): Promise<number | void> {
  requireOneStdinReader(io.global.ladder, options.batch !== undefined ? ["--batch", options.batch] : ["--answers", options.answers]);
  if (options.batch !== undefined) return (await import("./assess/batch")).runAssessBatch(options.batch, options, io);
  if (options.summary) throw new UserError("--summary summarises a batch", { exitCode: ExitCode.usage, hint: "pm-ladder assess --batch FILE --summary" });
  return runAssess(options, io);
}

/**
 * `pm-ladder assess`: the questionnaire in a terminal (drawn on stderr), or the
 * answers of `--answers FILE|-`, scored and written to stdout. In a terminal,
 * `--answers` only asks what the file leaves unanswered.
 */
async function runAssess(options: AssessOptions, io: CommandIO): Promise<void> {
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
          const given = latest !== answers && hasAnyAnswer(latest) ? latest : undefined;
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
