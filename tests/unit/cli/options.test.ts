import { describe, expect, it } from "vitest";
import { decideColor } from "../../../src/cli/color";
import { chooseFormat } from "../../../src/cli/options";

describe("decideColor", () => {
  it.each([
    ["--no-color wins over FORCE_COLOR", ["--no-color"], { FORCE_COLOR: "1" }, true, 0],
    ["NO_COLOR wins over FORCE_COLOR", [], { NO_COLOR: "1", FORCE_COLOR: "3" }, true, 0],
    ["an empty NO_COLOR is ignored", [], { NO_COLOR: "" }, true, 1],
    ["FORCE_COLOR colours a pipe", [], { FORCE_COLOR: "2" }, false, 2],
    ["FORCE_COLOR=0 turns colour off", [], { FORCE_COLOR: "0" }, true, 0],
    ["TERM=dumb has no colour", [], { TERM: "dumb" }, true, 0],
    ["a pipe has no colour", [], {}, false, 0],
    ["a terminal has colour", [], { TERM: "xterm" }, true, 1],
    ["a 256-colour terminal", [], { TERM: "xterm-256color" }, true, 2],
    ["a truecolor terminal", [], { COLORTERM: "truecolor" }, true, 3],
  ] as const)("%s", (_name, argv, env, isTTY, level) => {
    expect(decideColor(argv, env, isTTY)).toBe(level);
  });
});

describe("chooseFormat", () => {
  it("defaults to table and treats --json as --format json", () => {
    expect(chooseFormat({ color: true }, ["table", "json"], "x")).toBe("table");
    expect(chooseFormat({ color: true, json: true }, ["table", "json"], "x")).toBe("json");
  });

  it("rejects a format the command has not, and contradicting flags", () => {
    expect(() => chooseFormat({ color: true, format: "tsv" }, ["table", "json"], "validate")).toThrow("`validate` has no tsv output");
    expect(() => chooseFormat({ color: true, format: "yaml", json: true }, ["table", "json", "yaml"], "x")).toThrow("contradict");
  });
});
