import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from "node:fs";
import { Socket } from "node:net";
import { ExitCode, UserError } from "../errors";
import { openErrorMessage, standardInput, type StandardInput } from "./input-source";

export interface TextInput {
  readonly text: string;
  /** How messages name the input: the path as given, or `<stdin>`. */
  readonly label: string;
}

/**
 * The largest ladder or answers file read. Real ladders are tens of kilobytes; a
 * generated 1,000-level × 100-competency ladder is 8 MB and loads in seconds. A
 * larger input is refused before it is parsed (parsing takes about 1 s and 60 MB
 * of memory per MB of YAML), and a stream that never ends (`/dev/zero`, `yes |`)
 * is cut off here instead of filling memory.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

function formatMebibytes(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024);
  return `${Number.isInteger(mebibytes) ? mebibytes : mebibytes.toFixed(1)} MiB`;
}

/** `size` is unknown for a stream: reading stopped at the limit. */
function tooLarge(label: string, what: string, size: number | undefined): UserError {
  const measured = size === undefined ? "more than" : `${formatMebibytes(size)}, more than`;
  return new UserError(`${label} is too large to read: ${measured} the limit of ${formatMebibytes(MAX_INPUT_BYTES)} for ${what} files`, {
    hint: `check that this is the ${what} file you meant; ${what === "ladder" ? "a large ladder is well under 1 MiB" : "such files are a few KB"}`,
  });
}

/** At most MAX_INPUT_BYTES of a stream; `undefined` when it holds more (reading stops there). */
function readBoundedStream(stream: NodeJS.ReadableStream): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    // Read already (it emits "end" once): without this the promise would never settle and the process would just stop.
    if ((stream as NodeJS.ReadableStream & { readableEnded?: boolean }).readableEnded) {
      resolve(Buffer.alloc(0));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > MAX_INPUT_BYTES) {
        stream.off("data", onData);
        stream.pause();
        resolve(undefined);
        return;
      }
      chunks.push(bytes);
    };
    stream.on("data", onData);
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/** At most MAX_INPUT_BYTES of an open file, read in blocks: character devices and FIFOs report no size. */
function readBoundedFile(fd: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const block = Buffer.allocUnsafe(1 << 20);
    const count = readSync(fd, block, 0, block.length, null);
    if (count === 0) return Buffer.concat(chunks, size);
    size += count;
    if (size > MAX_INPUT_BYTES) return undefined;
    chunks.push(count === block.length ? block : block.subarray(0, count));
  }
}

function decode(bytes: Buffer, label: string, what: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError(`${label} is UTF-16 text (it starts with a UTF-16 byte-order mark)`, { hint: `save the ${what} file as UTF-8` });
  }
  if (bytes.includes(0)) {
    throw new UserError(`${label} is not a text file (it contains NUL bytes)`, { hint: `pass a YAML ${what} file` });
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstNonUtf8Byte(bytes);
    const details = offset === undefined ? [] : [`${label}:${lineAndColumn(bytes, offset)}  byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, "0")} is not UTF-8 (Latin-1 or Windows-1252, perhaps)`];
    throw new UserError(`${label} is not valid UTF-8 text`, { details, hint: `save the ${what} file as UTF-8` });
  }
}

/** The offset of the first byte that does not start or continue a UTF-8 character as it should; undefined if none is found so simply. */
function firstNonUtf8Byte(bytes: Uint8Array): number | undefined {
  for (let offset = 0; offset < bytes.length; ) {
    const lead = bytes[offset]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return offset;
    for (let next = 1; next < length; next += 1) {
      if (((bytes[offset + next] ?? 0) & 0xc0) !== 0x80) return offset;
    }
    offset += length;
  }
  return undefined;
}

/** "LINE:COLUMN" of a byte offset, the column counted in bytes from 1. */
function lineAndColumn(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/**
 * A regular file is read at once; anything else (a named pipe, `<(command)`, a
 * device) through a stream, since a blocking read would wait for its writer with
 * the event loop stopped, deaf to Ctrl-C and SIGTERM. A named pipe is opened
 * without blocking (it opens before its writer does) and read by the event loop
 * as a socket: a read waiting in libuv's thread pool would keep the process alive
 * after a signal's exit, until the writer closed.
 */
async function readFileBounded(path: string, what: string): Promise<Buffer> {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (stats.isFile() && stats.size > MAX_INPUT_BYTES) throw tooLarge(path, what, stats.size);
    let bytes: Buffer | undefined;
    if (stats.isFile()) bytes = readBoundedFile(fd);
    else {
      // A device is read as it always blocks (the non-blocking descriptor would fail a terminal's read).
      const stream = stats.isFIFO() ? new Socket({ fd, readable: true, writable: false }) : createReadStream(path);
      if (stats.isFIFO()) fd = undefined; // the socket closes it
      bytes = await readBoundedStream(stream);
      stream.destroy();
    }
    if (bytes === undefined) throw tooLarge(path, what, stats.isFile() ? stats.size : undefined);
    return bytes;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const { message, hint } = openErrorMessage(error as NodeJS.ErrnoException, path);
    throw new UserError(message, { exitCode: ExitCode.usage, hint });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Read a text file, or standard input for `-`: a missing, unreadable, oversized,
 * binary or non-UTF-8 input is a UserError.
 */
export async function readTextInput(path: string, input: StandardInput, what: string): Promise<TextInput> {
  if (path === "-") {
    const bytes = await readBoundedStream(standardInput(input, what, "pipe the file in (… | pm-ladder …) or give its path instead of -"));
    if (bytes === undefined) throw tooLarge("<stdin>", what, undefined);
    return { text: decode(bytes, "<stdin>", what), label: "<stdin>" };
  }
  return { text: decode(await readFileBounded(path, what), path, what), label: path };
}
