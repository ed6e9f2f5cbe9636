import { Option, type Command } from "commander";
import type { CommandIO } from "../cli/io";

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
    .addHelpText("after", examples(["pm-ladder levels", "pm-ladder levels --track management", "pm-ladder levels --format tsv | cut -f2"]))
    .action((options: { track?: string }, command: Command) =>
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
    .action((file: string | undefined, options: { strict?: boolean }, command: Command) =>
      dispatch(command, async (io) => (await import("./validate")).runValidate(file, options, io)),
    );

  program
    .command("schema")
    .description("print the JSON Schema of the ladder format, for editors")
    .addHelpText("after", examples(["pm-ladder schema > ladder.schema.json"]))
    .action((_options: unknown, command: Command) => dispatch(command, async (io) => (await import("./schema")).runSchema(io)));
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
