import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomic } from "../../../src/io/atomic-write";

// Faults no test machine can be put into on demand (a full disk) are injected here.
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, writeFileSync: vi.fn(actual.writeFileSync) };
});

const realWriteFileSync = (await vi.importActual<typeof import("node:fs")>("node:fs")).writeFileSync;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pm-ladder-faults-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function failAfterPartialWrite(code: string): void {
  vi.mocked(fs.writeFileSync).mockImplementationOnce((file, data) => {
    realWriteFileSync(file as string, String(data).slice(0, 5));
    throw Object.assign(new Error(`${code}: injected`), { code });
  });
}

describe("writeFileAtomic when the write fails half-way", () => {
  it.each([
    ["ENOSPC", "the disk is full"],
    ["EDQUOT", "the disk is full"],
    ["EROFS", "the file system is read-only"],
  ])("%s: a clear error, the previous file intact, the partial temporary file removed", (code, reason) => {
    const path = join(dir, "me.yaml");
    writeFileSync(path, "answers:\n  a-choice: 1\n");
    failAfterPartialWrite(code);
    expect(() => writeFileAtomic(path, "answers:\n  a-choice: 2\n  b-choice: 3\n", { hint: "pass another path" })).toThrow(`cannot write ${path}: ${reason}`);
    expect(readFileSync(path, "utf8")).toBe("answers:\n  a-choice: 1\n");
    expect(readdirSync(dir)).toEqual(["me.yaml"]);
  });
});
