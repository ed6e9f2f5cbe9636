import { countBySeverity, formatIssue, type Issue } from "./issues";
import { plural } from "./words/plural";

/** Exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  /** The input was read but is wrong: an invalid ladder or answers file, an unknown level, a failed batch line. */
  invalid: 1,
  /** The command could not run as asked: a bad option or argument, a file that cannot be read, no terminal. */
  usage: 2,
  /** A bug in pm-ladder itself; `--debug` shows the stack. */
  internal: 70,
  interrupted: 130,
  terminated: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The one error type for mistakes a user can fix. Its message says what is wrong
 * and where; `hint` says how to fix it. Only the entry point prints it.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  readonly exitCode: ExitCodeValue;
  readonly hint: string | undefined;
  /** Extra lines printed under the message, e.g. one per problem in a file. */
  readonly details: readonly string[];

  constructor(
    message: string,
    options: { exitCode?: ExitCodeValue; hint?: string; details?: readonly string[] } = {},
  ) {
    super(message);
    this.exitCode = options.exitCode ?? ExitCode.invalid;
    this.hint = options.hint;
    this.details = options.details ?? [];
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** A file that was read but is not valid: every problem, located, one per detail line. */
export class InvalidFileError extends UserError {
  readonly issues: readonly Issue[];
  readonly file: string;

  constructor(file: string, what: string, issues: readonly Issue[], hint?: string) {
    const { errors, warnings } = countBySeverity(issues);
    const counted = warnings > 0 ? `${plural(errors, "error")}, ${plural(warnings, "warning")}` : plural(errors, "error");
    super(`${file} is not a valid ${what}: ${counted}`, {
      exitCode: ExitCode.invalid,
      details: issues.map((issue) => formatIssue(file, issue)),
      ...(hint === undefined ? {} : { hint }),
    });
    this.issues = issues;
    this.file = file;
  }
}
