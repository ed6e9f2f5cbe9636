import type { Theme } from "../render/theme";
import type { CliContext } from "./context";
import type { GlobalOptions } from "./options";

/** What a command receives besides its own options: where to write, how wide, which colours. */
export interface CommandIO {
  readonly context: CliContext;
  readonly global: GlobalOptions;
  readonly theme: Theme;
  /** Columns to lay out for: the terminal's, else $COLUMNS, else 80. */
  readonly width: number;
  /** Write to stdout: the command's result. */
  out(text: string): void;
  /** Write to stderr: progress, warnings, prompts. */
  err(text: string): void;
}

const FALLBACK_WIDTH = 80;

export function terminalWidth(context: CliContext): number {
  if (context.columns !== undefined && context.columns > 0) return context.columns;
  const fromEnv = Number.parseInt(context.env.COLUMNS ?? "", 10);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : FALLBACK_WIDTH;
}
