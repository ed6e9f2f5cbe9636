import { ExitCode } from "../errors";

/**
 * The exit code of a prompt that was stopped: Ctrl-C in it (inquirer's
 * ExitPromptError), or a signal that aborted it (AbortPromptError, whose cause's
 * reason is the signal's exit code, see main.ts's start()); undefined for any other
 * error. Matched by name, here only: importing inquirer's classes to match them
 * would load inquirer on every start.
 */
export function promptStopCode(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === "ExitPromptError") return ExitCode.interrupted;
  if (error.name !== "AbortPromptError") return undefined;
  const reason = (error.cause as { reason?: unknown } | undefined)?.reason;
  return typeof reason === "number" ? reason : ExitCode.interrupted;
}
