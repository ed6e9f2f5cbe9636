import { Command, CommanderError } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { decideColor } from "./cli/color";
import { processContext, type CliContext } from "./cli/context";
import { terminalWidth, type CommandIO } from "./cli/command-io";
import type { GlobalOptions } from "./cli/options";
import { FORMATS } from "./render/formats";
import { addGlobalOptions, registerCommands } from "./commands/registry";
import { ExitCode, isUserError } from "./errors";
import { sanitize, wrapText } from "./render/text";
import { loadTheme, type Theme } from "./render/theme";

const EXIT_CODES_HELP =
  "Exit codes: 0 ok, 1 invalid input (ladder, answers, unknown level, failed batch line), 2 usage error, 70 a bug in pm-ladder, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).";

/** Build the program; `onExitCode` receives what a command's run returned. */
export function buildProgram(context: CliContext, theme: Theme, onExitCode: (code: number) => void): Command {
  const width = terminalWidth(context);
  const program = new Command("pm-ladder")
    .description("Explore product-management career ladders: levels, comparisons, next rungs and a self-assessment.")
    .version(packageJson.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError()
    // Each command's help lists --ladder, --format and the rest too: they work after the command name.
    .configureHelp({ showGlobalOptions: true, minWidthToWrap: 20 })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      getOutHasColors: () => theme.enabled,
      getErrHasColors: () => theme.enabled,
      // Help wraps to the width every other output uses ($COLUMNS in a pipe), not commander's 80.
      getOutHelpWidth: () => width,
      getErrHelpWidth: () => width,
    });
  addGlobalOptions(program, FORMATS);
  program.addHelpText(
    "after",
    "\nExamples:\n  $ pm-ladder levels\n  $ pm-ladder show senior\n  $ pm-ladder compare senior staff\n  $ pm-ladder next senior --format markdown\n  $ pm-ladder assess --quick --save me.yaml\n  $ pm-ladder --ladder company.yaml validate --strict\n" +
      `\n${wrapText(EXIT_CODES_HELP, width).join("\n")}\nDocs: see README.md in the package.`,
  );

  registerCommands(program, async (command, run) => {
    const io: CommandIO = {
      context,
      global: command.optsWithGlobals<GlobalOptions>(),
      theme,
      width,
      out: (text) => context.stdout.write(text),
      err: (text) => context.stderr.write(text),
    };
    const code = await run(io);
    onExitCode(code ?? ExitCode.ok);
  });
  return program;
}

/** Longer lines are cut: a message quotes the file's own text, which may be a megabyte-long key. */
const MAX_ERROR_LINE = 1_000;

function clip(line: string): string {
  return line.length <= MAX_ERROR_LINE ? line : `${line.slice(0, MAX_ERROR_LINE)}… (${line.length - MAX_ERROR_LINE} more characters)`;
}

/** Print an error the way users should see it, and return the exit code. Its text is sanitised, the colours around it are not. */
export function reportError(error: unknown, context: CliContext, theme: Theme, debug: boolean): number {
  const write = (text: string) => context.stderr.write(`${text}\n`);
  if (error instanceof CommanderError) {
    // commander has printed its message (or the help) already.
    if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version") return ExitCode.ok;
    return ExitCode.usage;
  }
  if (isUserError(error)) {
    write(`${theme.bad("error:")} ${clip(sanitize(error.message))}`);
    for (const detail of error.details) write(`  ${clip(sanitize(detail))}`);
    if (error.hint) write(theme.muted(`hint: ${clip(sanitize(error.hint))}`));
    if (debug && error.stack) write(theme.muted(sanitize(error.stack)));
    return error.exitCode;
  }
  // Ctrl-C in a prompt: the command has said where the answers are.
  if (error instanceof Error && error.name === "ExitPromptError") return ExitCode.interrupted;
  // A signal ended an open prompt (see start()); the prompt has erased itself and the process exits with the signal's code.
  if (error instanceof Error && error.name === "AbortPromptError") {
    const reason = (error.cause as { reason?: unknown } | undefined)?.reason;
    return typeof reason === "number" ? reason : ExitCode.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`${theme.bad("error:")} unexpected: ${sanitize(message)}`);
  if (debug && error instanceof Error && error.stack) write(sanitize(error.stack));
  else write(theme.muted("hint: this is a bug in pm-ladder; run again with --debug for the stack trace and report it"));
  return ExitCode.internal;
}

/** Parse argv, run the command, and return the exit code. The one place errors become exit codes. */
export async function main(argv: readonly string[], context: CliContext): Promise<number> {
  const args = argv.slice(2);
  const theme = await loadTheme(decideColor(args, context.env, context.stdoutIsTTY));
  let exitCode: number = ExitCode.ok;
  try {
    const program = buildProgram(context, theme, (code) => {
      exitCode = code;
    });
    if (args.length === 0) {
      context.stderr.write(program.helpInformation());
      return ExitCode.usage;
    }
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    // Decided only on failure: asking whether stderr is a terminal costs start-up time.
    const errorTheme = await loadTheme(decideColor(args, context.env, context.stderrIsTTY));
    return reportError(error, context, errorTheme, args.includes("--debug"));
  }
}

/**
 * Run the CLI on this process: the command's exit code becomes the process's;
 * SIGINT and SIGTERM end it with theirs. An open prompt hears of the signal first
 * and restores the terminal (cursor shown, prompt erased) before the exit, which
 * waits for that clean-up to run (it is settled in promise callbacks).
 */
export function start(): void {
  const interruption = new AbortController();
  const endOn = (code: number) => () => {
    interruption.abort(code);
    setImmediate(() => process.exit(code));
  };
  process.on("SIGINT", endOn(ExitCode.interrupted));
  process.on("SIGTERM", endOn(ExitCode.terminated));
  void main(process.argv, processContext(interruption.signal)).then((code) => {
    process.exitCode = code;
  });
}
