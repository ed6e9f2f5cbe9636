import { isUtf8 } from "node:buffer";
import { createReadStream, openSync, fstatSync, closeSync } from "node:fs";
import type { UnreadableLine } from "../core/batch";
import { ExitCode, UserError } from "../errors";
import { openErrorMessage, standardInput, type StandardInput } from "./input-source";

const LINE_TOO_LONG: UnreadableLine = { unreadable: "too long" };
const LINE_NOT_UTF8: UnreadableLine = { unreadable: "not UTF-8" };

/** Consecutive lines of a stream; `first` is the number of the first (from 1). */
export interface LineBatch {
  readonly first: number;
  readonly lines: readonly (string | UnreadableLine)[];
}

/** A line longer than this (in bytes) is not kept in memory: it is reported, not parsed. */
export const MAX_LINE_LENGTH = 1 << 20;

const NEWLINE = 0x0a;
const BYTE_ORDER_MARK = "\uFEFF";

function withoutCR(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/**
 * Split a stream into lines (LF or CRLF), one batch per chunk read, so a caller
 * handles many lines per await and memory holds one chunk and one partial line
 * however long the input is. A byte-order mark at the very start is dropped.
 *
 * Only whole lines are decoded, so a character split between chunks is decoded
 * whole. The whole lines of a chunk are checked as UTF-8 in one call (cheap, and
 * almost always true); only when that fails is each line checked on its own, so
 * a line that is not UTF-8 is reported as such and its neighbours still read.
 */
export async function* lineBatches(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<LineBatch> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  // The line not ended yet, in pieces: it is joined once, when its newline comes.
  let carry: Uint8Array[] = [];
  let carryLength = 0;
  let skipping = false;
  let next = 1;

  const hold = (piece: Uint8Array) => {
    if (skipping || piece.length === 0) return;
    carry.push(piece);
    carryLength += piece.length;
    if (carryLength > MAX_LINE_LENGTH) {
      carry = [];
      carryLength = 0;
      skipping = true;
    }
  };
  const takeCarry = (tail: Uint8Array): Uint8Array => {
    const whole = carry.length === 0 ? tail : Buffer.concat([...carry, tail]);
    carry = [];
    carryLength = 0;
    return whole;
  };
  const decodeLine = (bytes: Uint8Array): string | UnreadableLine => (isUtf8(bytes) ? withoutCR(decoder.decode(bytes)) : LINE_NOT_UTF8);
  const dropByteOrderMark = (lines: (string | UnreadableLine)[]) => {
    const first = lines[0];
    if (next === 1 && typeof first === "string" && first.startsWith(BYTE_ORDER_MARK)) lines[0] = first.slice(1);
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    const lastEnd = bytes.lastIndexOf(NEWLINE);
    if (lastEnd === -1) {
      hold(bytes);
      continue;
    }
    const lines: (string | UnreadableLine)[] = [];
    let start = 0;
    if (skipping) {
      lines.push(LINE_TOO_LONG);
      skipping = false;
      start = bytes.indexOf(NEWLINE) + 1;
    }
    const whole = takeCarry(bytes.subarray(start, lastEnd + 1));
    if (isUtf8(whole)) {
      const text = decoder.decode(whole);
      for (let from = 0, end = text.indexOf("\n"); end !== -1; from = end + 1, end = text.indexOf("\n", from)) lines.push(withoutCR(text.slice(from, end)));
    } else {
      for (let from = 0, end = whole.indexOf(NEWLINE); end !== -1; from = end + 1, end = whole.indexOf(NEWLINE, from)) lines.push(decodeLine(whole.subarray(from, end)));
    }
    hold(bytes.subarray(lastEnd + 1));
    if (lines.length > 0) {
      dropByteOrderMark(lines);
      yield { first: next, lines };
      next += lines.length;
    }
  }
  const rest = skipping ? LINE_TOO_LONG : carryLength > 0 ? decodeLine(takeCarry(new Uint8Array(0))) : undefined;
  if (rest !== undefined) {
    const lines = [rest];
    dropByteOrderMark(lines);
    yield { first: next, lines };
  }
}

/** The chunks of a file, or of standard input for `-`, read 64 KiB at a time; a missing or unreadable file is a UserError. */
export function openTextStream(path: string, input: StandardInput, what: string): AsyncIterable<string | Uint8Array> {
  if (path === "-") return standardInput(input, what, "pipe the lines in (… | pm-ladder …) or give a file's path instead of -") as AsyncIterable<string | Uint8Array>;
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const { message, hint } = openErrorMessage(error as NodeJS.ErrnoException, path);
    throw new UserError(message, { exitCode: ExitCode.usage, hint });
  }
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    throw new UserError(`cannot read ${path}: it is a directory`, { exitCode: ExitCode.usage, hint: "pass the path of a file inside it" });
  }
  // Large enough that per-chunk costs vanish; small enough that little of a chunk's work outlives
  // a young-generation collection (256 KiB chunks took a batch to 163 MiB, 64 KiB to 125 MiB).
  return createReadStream(path, { fd, highWaterMark: 1 << 16 });
}
