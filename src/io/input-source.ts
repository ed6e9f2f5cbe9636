import { ExitCode, UserError } from "../errors";

/** What a reader needs of the process to read `-`. */
export interface StandardInput {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdinIsTTY: boolean;
}

/** Standard input, to read the `what` from; a terminal is refused (`hint`: how to give it instead). */
export function standardInput(input: StandardInput, what: string, hint: string): NodeJS.ReadableStream {
  if (input.stdinIsTTY) throw new UserError(`reading the ${what} from standard input, but it is a terminal`, { exitCode: ExitCode.usage, hint });
  return input.stdin;
}

/** What a failed open of `path` says, and how to fix it. */
export function openErrorMessage(error: NodeJS.ErrnoException, path: string): { message: string; hint: string } {
  switch (error.code) {
    case "ENOENT":
      return { message: `cannot read ${path}: no such file`, hint: "check the path; it is relative to the current directory" };
    case "ENOTDIR":
      return { message: `cannot read ${path}: a part of the path is a file, not a folder`, hint: "check the path" };
    case "EISDIR":
      return { message: `cannot read ${path}: it is a directory`, hint: "pass the path of a file inside it" };
    case "EACCES":
    case "EPERM":
      return { message: `cannot read ${path}: permission denied`, hint: "check the file's permissions" };
    default:
      return { message: `cannot read ${path}: ${error.message}`, hint: "check the path" };
  }
}
