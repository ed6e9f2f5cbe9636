import { Argument, Option, type Command } from "commander";
import type { CommandIO } from "../cli/command-io";
import type { AssessOptions } from "./assess/options";
import type { CompareOptions } from "./compare";
import type { CompletionOptions } from "./completion";
import type { LevelsOptions } from "./levels";
import type { NextOptions } from "./next";
import type { PathOptions } from "./path";
import type { ValidateOptions } from "./validate";

/** Runs a command's code with the IO of this run; the code is imported only when its command runs. */
export type Dispatch = (command: Command, run: (io: CommandIO) => Promise<number | void>) => Promise<void>;

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

/** Every subcommand, its arguments, options and help, registered in one place. */
export function registerCommands(program: Command, dispatch: Dispatch): void {
  program
    .command("levels")
    .description("list the rungs of the ladder in rank order")
    .option("-t, --track <track>", "only the levels of this track (e.g. ic, management)")
    .addHelpText("after", examples(["pm-ladder levels", "pm-ladder levels --track management", "pm-ladder levels --format tsv | tail -n +2 | cut -f2   # the ids"]))
    .action((options: LevelsOptions, command: Command) =>
      dispatch(command, async (io) => (await import("./levels")).runLevels(options, io)),
    );

  program
    .command("show")
    .description("everything about one level: scope, responsibilities, skills, expectations, next rungs")
    .argument("<level>", "level id, alias or title, in any case")
    .addHelpText("after", examples(["pm-ladder show senior", 'pm-ladder show "Senior Product Manager" --format markdown', "pm-ladder show spm --json"]))
    .action((level: string, _options: unknown, command: Command) =>
      dispatch(command, async (io) => (await import("./show")).runShow(level, io)),
    );

  program
    .command("validate")
    .description("check a ladder file; exit 0 when valid, 1 when not (for CI)")
    .argument("[file]", "the ladder file, or - for standard input (default: --ladder, else the built-in ladder)")
    .option("--strict", "treat lint warnings as errors")
    .addHelpText("after", examples(["pm-ladder validate my-ladder.yaml", "pm-ladder validate --strict my-ladder.yaml", "cat ladder.yaml | pm-ladder validate -", "pm-ladder validate my-ladder.yaml --json"]))
    .action((file: string | undefined, options: ValidateOptions, command: Command) =>
      dispatch(command, async (io) => (await import("./validate")).runValidate(file, options, io)),
    );

  program
    .command("assess")
    .description("self-assessment: answer the ladder's questions, see your placement, fit per level and largest gaps")
    .option("-a, --answers <file>", "answers file (YAML or JSON), or - for standard input; in a terminal, only what it leaves unanswered is asked")
    .option("-s, --save <file>", "write the answers to this file after every answer (resume later with --answers FILE)")
    .option("-t, --track <track>", "place on this track (default: the track your answers favour)")
    .option("-q, --quick", "one question per competency: a five-minute pass")
    .addOption(
      new Option("-b, --batch <file>", "score many people: JSON Lines, one answers object per line with an optional id (- for standard input); one result per line").conflicts(["answers", "save", "quick"]),
    )
    .option("--summary", "with --batch: the team view (people per level and track, mean score and gap per competency) instead of one result per line")
    .addHelpText(
      "after",
      examples([
        "pm-ladder assess",
        "pm-ladder assess --quick --save me.yaml",
        "pm-ladder assess --answers me.yaml --save me.yaml   # resume: asks only what is unanswered",
        "pm-ladder assess --answers me.yaml --track management --format markdown > report.md",
        "cat me.json | pm-ladder assess --answers - --json",
        "pm-ladder assess --batch team.jsonl > results.jsonl   # exit 1 if any line failed",
        "pm-ladder assess --batch team.jsonl --summary",
      ]),
    )
    .action((options: AssessOptions, command: Command) => dispatch(command, async (io) => (await import("./assess")).runAssessCommand(options, io)));

  program
    .command("schema")
    .description("print the JSON Schema of the ladder format, for editors")
    .addHelpText("after", examples(["pm-ladder schema > ladder.schema.json"]))
    .action((_options: unknown, command: Command) => dispatch(command, async (io) => (await import("./schema")).runSchema(io)));

  const sortOption = () => new Option("--sort <order>", "competencies by largest change first, or in the ladder's order").choices(["change", "ladder"]).default("change");
  const layoutOption = () =>
    new Option("--layout <layout>", "side by side, or one block per competency (auto: columns when the terminal is wide enough)").choices(["auto", "columns", "stacked"]).default("auto");

  program
    .command("compare")
    .description("two or more levels side by side: expectations, what rises, what is new")
    .argument("<levels...>", "two or more level ids, aliases or titles, in the order to compare")
    .addOption(sortOption())
    .addOption(layoutOption())
    .addHelpText("after", examples(["pm-ladder compare senior staff", "pm-ladder compare junior pm senior staff", "pm-ladder compare staff group-pm --layout stacked", "pm-ladder compare senior staff --format markdown > promotion.md", "pm-ladder compare senior staff --format tsv | awk -F'\\t' 'NR > 1 && $7 > 0'   # what rises"]))
    .action((levels: string[], options: CompareOptions, command: Command) =>
      dispatch(command, async (io) => (await import("./compare")).runCompare(levels, options, io)),
    );

  program
    .command("next")
    .description("where a level leads: each next rung, per track, with what changes")
    .argument("<level>", "level id, alias or title, in any case")
    .addOption(sortOption())
    .addOption(layoutOption())
    .addHelpText("after", examples(["pm-ladder next senior", "pm-ladder next pm --json", "pm-ladder next staff --format markdown"]))
    .action((level: string, options: NextOptions, command: Command) =>
      dispatch(command, async (io) => (await import("./next")).runNext(level, options, io)),
    );

  program
    .command("path")
    .description("the rungs between two levels along a track, with what each step adds")
    .argument("<from>", "the level to start from")
    .argument("<to>", "the level to reach (higher on the same track)")
    .option("-t, --track <track>", "the track to climb (default: the first track both levels are on)")
    .addOption(sortOption())
    .addHelpText("after", examples(["pm-ladder path junior cpo", "pm-ladder path pm staff --track ic", "pm-ladder path junior cpo --format tsv | cut -f1,2,3,7"]))
    .action((from: string, to: string, options: PathOptions, command: Command) =>
      dispatch(command, async (io) => (await import("./path")).runPath(from, to, options, io)),
    );

  program
    .command("completion")
    .description("print a shell completion script (bash, zsh or fish)")
    .addArgument(new Argument("[shell]", "the shell to complete in").choices(["bash", "zsh", "fish"]))
    .addOption(new Option("--list-levels", "print the level ids and aliases of the ladder in use").hideHelp())
    .addOption(new Option("--list-tracks", "print the track ids of the ladder in use").hideHelp())
    .addHelpText("after", examples(["source <(pm-ladder completion bash)", "pm-ladder completion zsh > ~/.zfunc/_pm-ladder", "pm-ladder completion fish > ~/.config/fish/completions/pm-ladder.fish"]))
    .action((shell: "bash" | "zsh" | "fish" | undefined, options: CompletionOptions, command: Command) =>
      dispatch(command, async (io) => (await import("./completion")).runCompletion(shell, options, program, io)),
    );
}

/** Options every command accepts (before or after its name). */
export function addGlobalOptions(program: Command, formats: readonly string[]): void {
  program
    .option("-l, --ladder <file>", "use this ladder file instead of the built-in one (- for standard input)")
    .addOption(new Option("-f, --format <format>", "output format").choices(formats))
    .option("--json", "shorthand for --format json")
    .option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are honoured too)")
    .option("--debug", "show the stack trace of unexpected errors");
}
