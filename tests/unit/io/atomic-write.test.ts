import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../../src/errors";
import { writeFileAtomic } from "../../../src/io/atomic-write";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pm-ladder-atomic-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("creates and then replaces a file, leaving no temporary file behind", () => {
    const path = join(dir, "me.yaml");
    writeFileAtomic(path, "first\n");
    writeFileAtomic(path, "second\n");
    expect(readFileSync(path, "utf8")).toBe("second\n");
    expect(readdirSync(dir)).toEqual(["me.yaml"]);
  });

  it("fails with a UserError naming the path when the folder does not exist", () => {
    const path = join(dir, "missing", "me.yaml");
    expect(() => writeFileAtomic(path, "x")).toThrow(UserError);
    expect(() => writeFileAtomic(path, "x")).toThrow(`cannot write ${path}: its folder does not exist`);
  });

  it("removes the temporary file when the rename fails", () => {
    const path = join(dir, "taken");
    mkdirSync(path);
    expect(() => writeFileAtomic(path, "x")).toThrow(UserError);
    expect(readdirSync(dir)).toEqual(["taken"]);
  });
});
