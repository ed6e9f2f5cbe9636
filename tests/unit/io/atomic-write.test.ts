import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
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
    writeFileAtomic(path, "first\n", { hint: "pass another path" });
    writeFileAtomic(path, "second\n", { hint: "pass another path" });
    expect(readFileSync(path, "utf8")).toBe("second\n");
    expect(readdirSync(dir)).toEqual(["me.yaml"]);
  });

  it("keeps the permissions of the file it replaces (private answers stay private)", () => {
    const path = join(dir, "private.yaml");
    writeFileSync(path, "old\n");
    chmodSync(path, 0o600);
    writeFileAtomic(path, "new\n", { hint: "pass another path" });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o640);
    writeFileAtomic(path, "newer\n", { hint: "pass another path" });
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readFileSync(path, "utf8")).toBe("newer\n");
  });

  it("writes through a symbolic link, which stays a link to the same file", () => {
    mkdirSync(join(dir, "real"));
    const target = join(dir, "real", "me.yaml");
    writeFileSync(target, "old\n");
    const link = join(dir, "me.yaml");
    symlinkSync(target, link);
    writeFileAtomic(link, "new\n", { hint: "pass another path" });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("new\n");
    expect(readdirSync(join(dir, "real"))).toEqual(["me.yaml"]);
  });

  it("through a link to a file not yet there, creates that file and keeps the link", () => {
    const link = join(dir, "me.yaml");
    symlinkSync("answers-new.yaml", link);
    writeFileAtomic(link, "new\n", { hint: "pass another path" });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "answers-new.yaml"), "utf8")).toBe("new\n");
  });

  it("fails with a UserError naming the path when the folder does not exist", () => {
    const path = join(dir, "missing", "me.yaml");
    expect(() => writeFileAtomic(path, "x", { hint: "pass another path" })).toThrow(UserError);
    expect(() => writeFileAtomic(path, "x", { hint: "pass another path" })).toThrow(`cannot write ${path}: its folder does not exist`);
  });

  it("removes the temporary file when the rename fails", () => {
    const path = join(dir, "taken");
    mkdirSync(path);
    expect(() => writeFileAtomic(path, "x", { hint: "pass another path" })).toThrow(UserError);
    expect(readdirSync(dir)).toEqual(["taken"]);
  });
});
