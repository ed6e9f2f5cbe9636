import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fixture, runCli } from "../helpers/run-cli";
import { readTsv } from "../helpers/tsv";

// A ladder from a stranger cannot drive the terminal: every control character and
// escape sequence in its text is shown, not obeyed, while JSON and YAML keep the
// data exact. (Colour is off here, so any control character in the output leaked.)

const ESCAPES = fixture("hostile/escapes.yaml");
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const TITLE = "Junior\u001b[2J\u001b[H PM";
const SUMMARY = "Learns\u001b[31m red\r\u009b the craft.\u202Eevil";
const TEXT = "Ships\u001b[8m hidden\u001b[0m reliably.\b\b";

async function run(args: readonly string[]) {
  const result = await runCli(["--ladder", ESCAPES, ...args]);
  expect(result.code).toBe(0);
  return result;
}

describe("escape sequences in a ladder", () => {
  it.each([["levels"], ["show", "junior"], ["compare", "junior", "senior"], ["next", "junior"], ["path", "junior", "senior"]])(
    "are neutralised in the %s table",
    async (...args) => {
      const { stdout } = await run(args);
      expect(stdout).not.toMatch(CONTROL);
      expect(stdout).toContain("Junior^[[2J^[[H PM");
    },
  );

  it("are shown as visible escapes in show: ESC as ^[, C1 as \\x9b, bidi overrides by code point", async () => {
    const { stdout } = await run(["show", "junior"]);
    expect(stdout).toContain("Learns^[[31m red^M\\x9b the craft.<U+202E>evil");
    expect(stdout).toContain("Ships^[[8m hidden^[[0m reliably.^H^H");
    expect(stdout).toContain("Strat^[[1megy");
  });

  it("are neutralised in markdown and escaped reversibly in TSV", async () => {
    const markdown = await run(["compare", "junior", "senior", "--format", "markdown"]);
    expect(markdown.stdout).not.toMatch(CONTROL);
    expect(markdown.stdout).toContain("Junior^\\[\\[2J^\\[\\[H PM"); // shown, and its brackets escaped as markdown
    const tsv = await run(["levels", "--format", "tsv"]);
    expect(tsv.stdout).not.toMatch(CONTROL);
    expect(tsv.stdout).toContain("Junior\\x1b[2J\\x1b[H PM");
    const junior = readTsv(tsv.stdout).find((record) => record["id"] === "junior");
    expect(junior).toMatchObject({ title: TITLE, summary: SUMMARY });
  });

  it("are kept exactly in JSON and YAML", async () => {
    const json = JSON.parse((await run(["show", "junior", "--json"])).stdout);
    expect(json.level.title).toBe(TITLE);
    expect(json.level.summary).toBe(SUMMARY);
    expect(json.level.expectations[0].text).toBe(TEXT);
    expect(json.ladder).toBe("Escapes\u001b]0;pwned\u0007");
    const yaml = parse((await run(["show", "junior", "--format", "yaml"])).stdout);
    expect(yaml.level.title).toBe(TITLE);
    expect(yaml.level.summary).toBe(SUMMARY);
  });

  it("are neutralised on the assess result screen and in error messages", async () => {
    const assess = await runCli(["--ladder", ESCAPES, "assess", "--answers", "-"], { input: "ratings: { strategy: 3 }\n" });
    expect(assess.code).toBe(0);
    expect(assess.stdout).not.toMatch(CONTROL);
    expect(assess.stdout).toContain("Escapes^[]0;pwned^G");
    const unknown = await runCli(["--ladder", ESCAPES, "show", "\u001b]0;pwned\u0007"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).not.toMatch(CONTROL);
    expect(unknown.stderr).toContain('unknown level "^[]0;pwned^G"');
  });

  it("in colour, the message is neutralised while pm-ladder's own colours stay", async () => {
    const unknown = await runCli(["--ladder", ESCAPES, "show", "\u001b]0;pwned\u0007"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('\u001b[31merror:\u001b[39m unknown level "^[]0;pwned^G"');
    expect(unknown.stderr.replace(/\u001b\[\d+m/g, "")).not.toMatch(CONTROL);
  });
});
