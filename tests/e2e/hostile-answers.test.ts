import { mkdirSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../helpers/sandbox";
import { expectNoStack, fixture, runCli, type CliRun } from "../helpers/run-cli";

// The same classes of fault as a ladder's, in answers files and batch lines.
// An answers file is also the --save file when resuming, so every refusal here
// must leave it exactly as it was.

const LADDER = fixture("ladders/assess-small.yaml");
const HINT = 'hint: see "Answers file" in the README: question id -> option number (from 1), competency id -> rating on the scale';
const HANG_GUARD_MS = 30_000;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox();
});
afterEach(() => sandbox.remove());

/** Resume from FILE and save to it, as a user would: a refusal must not touch it. */
async function resumeFrom(file: string, input?: string | Buffer): Promise<CliRun> {
  const before = sandbox.snapshot();
  const args = ["--ladder", LADDER, "assess", "--answers", file, "--save", file === "-" ? "saved.yaml" : file, "--json"];
  const run = await runCli(args, { cwd: sandbox.dir, timeoutMs: HANG_GUARD_MS, ...(input === undefined ? {} : { input }) });
  expect(run.signal).toBeNull();
  expect(run.stdout).toBe("");
  expect(sandbox.snapshot()).toEqual(before);
  expectNoStack(run.stderr);
  return run;
}

async function expectInvalidAnswers(content: string | Buffer, problems: readonly string[]): Promise<void> {
  sandbox.write("me.yaml", content);
  const run = await resumeFrom("me.yaml");
  expect(run.code).toBe(1);
  expect(run.stderr).toBe(
    [`error: me.yaml is not a valid answers file: ${problems.length} error${problems.length === 1 ? "" : "s"}`, ...problems.map((problem) => `  me.yaml:${problem}`), HINT, ""].join("\n"),
  );
}

describe("an answers file that cannot be read", () => {
  it("missing, a directory: exit 2", async () => {
    const missing = await resumeFrom("nope.yaml");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: cannot read nope.yaml: no such file");
    mkdirSync(`${sandbox.dir}/answers`);
    const directory = await resumeFrom("answers");
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain("error: cannot read answers: it is a directory");
  });

  it("binary, not UTF-8, too large: exit 1", async () => {
    sandbox.write("me.yaml", Buffer.from([0x7b, 0x00, 0x7d]));
    expect((await resumeFrom("me.yaml")).stderr).toContain("error: me.yaml is not a text file (it contains NUL bytes)");
    sandbox.write("me.yaml", Buffer.from("answers:\n  a-choice: 1 # caf\xe9\n", "latin1"));
    expect((await resumeFrom("me.yaml")).stderr).toContain("error: me.yaml is not valid UTF-8 text\n  me.yaml:2:20  byte 0xE9 is not UTF-8 (Latin-1 or Windows-1252, perhaps)\nhint: save the answers file as UTF-8");
    sandbox.write("me.yaml", Buffer.alloc(20 * 1024 * 1024, " "));
    const huge = await resumeFrom("me.yaml");
    expect(huge.code).toBe(1);
    expect(huge.stderr).toContain("error: me.yaml is too large to read: 20 MiB, more than the limit of 16 MiB for answers files");
  });
});

describe("answers that load", () => {
  it("with a byte-order mark and CRLF line endings", async () => {
    sandbox.write("me.yaml", "\uFEFFanswers:\r\n  a-choice: 2\r\n  a-rating: 4\r\n  b-choice: 2\r\n");
    const run = await runCli(["--ladder", LADDER, "assess", "--answers", "me.yaml", "--json"], { cwd: sandbox.dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).placement.id).toBe("mid");
  });
});

describe("an answers file that is wrong: exit 1, located, the file untouched", () => {
  it("empty, a list, a single value", async () => {
    const top = "1:1  (document)  expected a mapping at the top (answers:, ratings:, track:), got";
    await expectInvalidAnswers("", [`${top} an empty document`]);
    await expectInvalidAnswers("- 1\n- 2\n", [`${top} a list`]);
    await expectInvalidAnswers("hello\n", [`${top} the string "hello"`]);
  });

  it("malformed YAML, tabs", async () => {
    await expectInvalidAnswers("answers: {a-choice: 1\n", ["2:1  (document)  Flow map in block collection must be sufficiently indented and end with a }"]);
    await expectInvalidAnswers("answers:\n\t a-choice: 1\n", ["2:1  (document)  a tab is used for indentation; YAML indents with spaces only, so replace it with spaces"]);
  });

  it("wrong types everywhere", async () => {
    await expectInvalidAnswers("answers: [1, 2]\nratings: high\ntrack: 7\n", [
      "1:10  answers  expected a mapping, got a list",
      '2:10  ratings  expected a mapping, got the string "high"',
      "3:8  track  expected a string, got the number 7",
    ]);
    await expectInvalidAnswers('answers:\n  b-choice: 1.5\n  a-rating: "2"\n', [
      "2:13  answers.b-choice  expected a whole number, got the number 1.5",
      '3:13  answers.a-rating  expected a number, got the string "2"',
    ]);
  });

  it("duplicate keys, unknown keys with the nearest valid one", async () => {
    await expectInvalidAnswers("answers:\n  a-choice: 1\n  a-choice: 2\n", ['3:3  answers.a-choice  duplicate key "a-choice"; a key may appear only once in a mapping']);
    await expectInvalidAnswers("answer:\n  a-choice: 1\n", ['1:1  answer  unknown key "answer" (did you mean "answers"?); allowed here: schema, track, answers, ratings']);
  });

  it("unknown ids, option numbers out of range, scores off the scale", async () => {
    await expectInvalidAnswers("answers:\n  a-choise: 2\n  a-choice: 0\n  a-rating: 6\nratings:\n  b: -1\n", [
      '2:3  answers.a-choise  unknown question "a-choise" (did you mean "a-choice"?)',
      "3:13  answers.a-choice  option 0 does not exist; the question has 3 options, numbered from 1",
      "4:13  answers.a-rating  score 6 is outside the scale 1..5 (a rating question is answered with a score)",
      "6:6  ratings.b  score -1 is outside the scale 1..5",
    ]);
  });

  it("__proto__ keys, an alias bomb, deep nesting", async () => {
    await expectInvalidAnswers('{"answers": {"__proto__": {"a-choice": 1}}}', ['1:14  answers.__proto__  "__proto__" cannot be a key: the name is reserved; rename or remove it']);
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((name, index) => {
      const previous = String.fromCharCode("a".charCodeAt(0) + index);
      return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`;
    })].join("\n");
    await expectInvalidAnswers(`${bomb}\n`, ["2:8  (document)  aliases expand more than 1000 times; the file looks like an alias bomb and was not expanded"]);
    sandbox.write("me.yaml", `answers: ${"{a: ".repeat(50_000)}1${"}".repeat(50_000)}\n`);
    const deep = await resumeFrom("me.yaml");
    expect(deep.code).toBe(1);
    expect(deep.stderr).toContain("lists and mappings are nested too deeply to read");
  });
});

describe("answers files at scale", () => {
  // How their cost grows with their number: bench/unknown-keys.mjs.
  it("10,000 unknown question ids are all reported", async () => {
    sandbox.write("me.yaml", `answers:\n${Array.from({ length: 10_000 }, (_, index) => `  q${index}: 1`).join("\n")}\n`);
    const run = await resumeFrom("me.yaml");
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe("error: me.yaml is not a valid answers file: 10000 errors");
  });
});

describe("batch lines with the same faults", () => {
  it("each bad line is an error record naming its line; the good ones are scored; exit 1", async () => {
    const lines = [
      '{"id": "good", "ratings": {"a": 2, "b": 2}}',
      '{"id": "nul", "answers": {"a-choice": 2}}\u0000',
      `${"[".repeat(200_000)}${"]".repeat(200_000)}`,
      '{"id": "proto", "answers": {"__proto__": 1}}',
      '{"id": "types", "answers": [1], "ratings": {"a": "high"}}',
      '{"id": "range", "answers": {"a-choice": 9}, "ratings": {"b": 1e400}}',
      '"a string"',
      '{"id": {"nested": true}}',
      `{"id": "long", "answers": {"a-choice": ${"1".repeat(2_000_000)}}}`,
      '{"id": "also-good", "ratings": {"a": 5, "b": 5}}',
    ];
    const input = Buffer.concat([Buffer.from(lines.join("\n")), Buffer.from([0x0a, 0x7b, 0xff, 0xfe, 0x7d, 0x0a])]);
    const run = await runCli(["--ladder", LADDER, "assess", "--batch", "-"], { input, timeoutMs: HANG_GUARD_MS });
    expect(run.code).toBe(1);
    expectNoStack(run.stderr);
    expect(run.stderr).toBe("9 of 11 lines failed\n");
    const records = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => record["id"])).toEqual(["good", null, null, "proto", "types", "range", null, null, null, "also-good", null]);
    expect(records[0]).toMatchObject({ placement: { id: "junior" } });
    expect(records[9]).toMatchObject({ placement: { id: "staff" } });
    expect(records.slice(1, 9).map((record) => record["line"])).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(records[1]!["error"]).toMatch(/^not valid JSON: /);
    expect(records[2]!["error"]).toBe("(document): expected a mapping at the top (answers:, ratings:, track:), got a list");
    expect(records[3]!["error"]).toBe('answers.__proto__: unknown question "__proto__"');
    expect(records[4]!["error"]).toBe('answers: expected a mapping, got a list; ratings.a: expected a number, got the string "high"');
    expect(records[5]!["error"]).toBe("ratings.b: expected a number, got Infinity, which is not a finite number; answers.a-choice: option 9 does not exist; the question has 3 options");
    expect(records[6]!["error"]).toBe('(document): expected a mapping at the top (answers:, ratings:, track:), got the string "a string"');
    expect(records[7]!["error"]).toBe("id: expected a string or a number");
    expect(records[8]!["error"]).toBe("line too long to be an answers object");
    expect(records[10]).toEqual({ line: 11, id: null, error: "not valid UTF-8 text; write the batch as UTF-8" });
  });
});
