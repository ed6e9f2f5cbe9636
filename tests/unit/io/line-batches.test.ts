import { describe, expect, it } from "vitest";
import type { UnreadableLine } from "../../../src/core/batch";
import { lineBatches, MAX_LINE_LENGTH } from "../../../src/io/line-batches";

async function linesOf(chunks: (string | Uint8Array)[]): Promise<[number, string | UnreadableLine][]> {
  const out: [number, string | UnreadableLine][] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const batch of lineBatches(source())) batch.lines.forEach((line, offset) => out.push([batch.first + offset, line]));
  return out;
}

describe("lineBatches", () => {
  it("numbers lines from 1 across chunks, joins lines split between chunks, and drops CR of CRLF", async () => {
    expect(await linesOf(["a\r\nb", "c\nd\n", "\ne"])).toEqual([
      [1, "a"],
      [2, "bc"],
      [3, "d"],
      [4, ""],
      [5, "e"],
    ]);
  });

  it("decodes a multi-byte character split between two chunks", async () => {
    const bytes = new TextEncoder().encode('{"id":"高级"}\n');
    expect(await linesOf([bytes.subarray(0, 9), bytes.subarray(9)])).toEqual([[1, '{"id":"高级"}']]);
  });

  it("decodes a character split between chunks after whole lines in the first chunk", async () => {
    const bytes = new TextEncoder().encode('{"a":1}\n{"id":"高级"}\n{"b":2}\n');
    const split = bytes.indexOf(0xe9) + 1;
    expect(await linesOf([bytes.subarray(0, split), bytes.subarray(split)])).toEqual([
      [1, '{"a":1}'],
      [2, '{"id":"高级"}'],
      [3, '{"b":2}'],
    ]);
  });

  it("gives a line that is not valid UTF-8 as such, and its neighbours as text, in any chunk", async () => {
    const latin1 = (text: string) => Buffer.from(text, "latin1");
    const first = Buffer.concat([latin1('{"id":"ok"}\n{"id":"caf\xe9"}\r\n'), Buffer.from('{"id":"高"')]);
    expect(await linesOf([first, Buffer.from('}\n{"id":"'), latin1("\xe9")])).toEqual([
      [1, '{"id":"ok"}'],
      [2, { unreadable: "not UTF-8" }],
      [3, '{"id":"高"}'],
      [4, { unreadable: "not UTF-8" }],
    ]);
  });

  it("drops a byte-order mark at the start of the input only", async () => {
    expect(await linesOf(["\uFEFFa\n\uFEFFb\n"])).toEqual([
      [1, "a"],
      [2, "\uFEFFb"],
    ]);
    expect(await linesOf([new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x61])])).toEqual([[1, "a"]]);
  });

  it("gives nothing for empty input and no phantom line after a final newline", async () => {
    expect(await linesOf([])).toEqual([]);
    expect(await linesOf(["x\n"])).toEqual([[1, "x"]]);
  });

  it("does not keep a line longer than the limit: it comes back as too long, and the next line is intact", async () => {
    const long = "x".repeat(MAX_LINE_LENGTH / 4);
    expect(await linesOf([long, long, long, long, long, "\nnext\n"])).toEqual([
      [1, { unreadable: "too long" }],
      [2, "next"],
    ]);
  });
});
