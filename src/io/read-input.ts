import { readFileSync } from "node:fs";
import { ExitCode, UserError } from "../errors";
import type { CliContext } from "../cli/context";

export interface TextInput {
  readonly text: string;
  /** How messages name the input: the path as given, or `<stdin>`. */
  readonly label: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer | string) => chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

function decode(bytes: Buffer, label: string, what: string): string {
  if (bytes.includes(0)) {
    throw new UserError(`${label} is not a text file (it contains NUL bytes)`, { hint: `pass a YAML ${what} file` });
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UserError(`${label} is not valid UTF-8 text`, { hint: `save the ${what} file as UTF-8` });
  }
}

function readErrorMessage(error: NodeJS.ErrnoException, path: string): { message: string; hint: string } {
  switch (error.code) {
    case "ENOENT":
      return { message: `cannot read ${path}: no such file`, hint: "check the path; it is relative to the current directory" };
    case "EISDIR":
      return { message: `cannot read ${path}: it is a directory`, hint: "pass the path of a file inside it" };
    case "EACCES":
    case "EPERM":
      return { message: `cannot read ${path}: permission denied`, hint: "check the file's permissions" };
    default:
      return { message: `cannot read ${path}: ${error.message}`, hint: "check the path" };
  }
}

/** Read a text file, or standard input for `-`: a missing, unreadable, binary or non-UTF-8 input is a UserError. */
export async function readTextInput(path: string, context: CliContext, what: string): Promise<TextInput> {
  if (path === "-") {
    if (context.stdinIsTTY) {
      throw new UserError(`reading the ${what} from standard input, but it is a terminal`, {
        exitCode: ExitCode.usage,
        hint: `pipe the file in (… | pm-ladder …) or give its path instead of -`,
      });
    }
    return { text: decode(await readAll(context.stdin), "<stdin>", what), label: "<stdin>" };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const { message, hint } = readErrorMessage(error as NodeJS.ErrnoException, path);
    throw new UserError(message, { exitCode: ExitCode.usage, hint });
  }
  return { text: decode(bytes, path, what), label: path };
}
