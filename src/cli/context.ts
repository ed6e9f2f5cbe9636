import { fstatSync } from "node:fs";
import { createRequire } from "node:module";
import { ExitCode } from "../errors";
import { stdoutWriter, type TextSink } from "./stdout-writer";

/** Everything a command may touch of the outside world, passed in so tests can supply their own. */
export interface CliContext {
  readonly stdout: TextSink;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Terminal width when stdout is a terminal. */
  readonly columns: number | undefined;
  /** Aborted when the process receives SIGINT or SIGTERM, so an open prompt can restore the terminal first. */
  readonly interruption?: AbortSignal;
}

/**
 * Whether `fd` is a terminal. node:tty loads net and the stream machinery (~4 ms of
 * every start), so it is required only for character devices: a pipe or a file is
 * never a terminal, and a closed descriptor is not one either.
 */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const { isatty } = createRequire(import.meta.url)("node:tty") as typeof import("node:tty");
  return isatty(fd);
}

/**
 * The real process. Node creates `process.stdin/stdout/stderr` on first access, at
 * a few ms each, so they are reached only when used, and so is the terminal check
 * of stdin and stderr; stdout is written through its file descriptor (stdoutWriter).
 */
export function processContext(interruption: AbortSignal): CliContext {
  const stdoutIsTTY = isTerminal(1);
  return {
    interruption,
    // A reader that went away (`| head -1`) is not an error: stop quietly.
    stdout: stdoutWriter(() => process.exit(process.exitCode ?? ExitCode.ok)),
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    get stdinIsTTY() {
      return isTerminal(0);
    },
    stdoutIsTTY,
    get stderrIsTTY() {
      return isTerminal(2);
    },
    get columns() {
      return stdoutIsTTY ? process.stdout.columns : undefined;
    },
  };
}
