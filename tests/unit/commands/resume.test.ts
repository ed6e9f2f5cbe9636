import { describe, expect, it } from "vitest";
import { resumeCommand } from "../../../src/commands/assess/resume";

describe("the resume command", () => {
  it("repeats the built-in ladder and the length of the run", () => {
    expect(resumeCommand(undefined, {}, "me.yaml")).toBe("pm-ladder assess --answers me.yaml --save me.yaml");
    expect(resumeCommand(undefined, { quick: true }, "me.yaml")).toBe("pm-ladder assess --answers me.yaml --save me.yaml --quick");
  });

  it("repeats --ladder as given, and quotes what a shell would split", () => {
    expect(resumeCommand("my ladder.yaml", {}, "it's me.yaml")).toBe("pm-ladder --ladder 'my ladder.yaml' assess --answers 'it'\\''s me.yaml' --save 'it'\\''s me.yaml'");
  });

  it("neutralises control characters, so the hint cannot drive the terminal", () => {
    expect(resumeCommand(undefined, {}, "a\u001b[2Jb.yaml")).not.toContain("\u001b");
  });
});
