import { describe, expect, it } from "vitest";
import { lineBatches, MAX_LINE_LENGTH } from "../../../src/io/line-batches";

async function linesOf(chunks: (string | Uint8Array)[]): Promise<[number, string | null][]> {
  const out: [number, string | null][] = [];
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

  it("gives nothing for empty input and no phantom line after a final newline", async () => {
    expect(await linesOf([])).toEqual([]);
    expect(await linesOf(["x\n"])).toEqual([[1, "x"]]);
  });

  it("does not keep a line longer than the limit: it comes back as null, and the next line is intact", async () => {
    const long = "x".repeat(MAX_LINE_LENGTH / 4);
    expect(await linesOf([long, long, long, long, long, "\nnext\n"])).toEqual([
      [1, null],
      [2, "next"],
    ]);
  });
});
