import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixture, runCli, expectNoStack } from "../helpers/run-cli";
import { createSandbox, type Sandbox } from "../helpers/sandbox";

// Scored by hand on minimal.yaml (see tests/unit/core/batch-summary.test.ts for the working).
const MINIMAL = fixture("ladders/minimal.yaml");
const LINES = [
  '{"id":"ana","answers":{"vision":2,"shipping":4,"path":1}}',
  '{"id":"ben","answers":{"vision":1,"shipping":2,"path":2}}',
  '{"id":"cy","answers":{"vision":3}}',
  "not json",
  "",
  '{"ratings":{"strategy":5,"execution":5}}',
  '{"id":7,"answers":{"visoin":1}}',
];

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox("pm-ladder-batch-");
});
afterEach(() => sandbox.remove());

function batchFile(lines: readonly string[]): string {
  return sandbox.write("team.jsonl", `${lines.join("\n")}\n`);
}

function records(stdout: string): Record<string, unknown>[] {
  return stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("assess --batch", () => {
  it("writes one record per line, in input order, echoing ids, with error records naming their line", async () => {
    const { stdout, stderr, code } = await runCli(["--ladder", MINIMAL, "assess", "--batch", batchFile(LINES)]);
    const out = records(stdout);
    // The id when the line had one; the line number for the error record of an id-less line.
    expect(out.map((record) => record.id ?? record.line)).toEqual(["ana", "ben", "cy", 4, undefined, 7]);

    const [ana, ben, cy, broken, unnamed, seven] = out;
    expect(ana).toMatchObject({ id: "ana", track: "ic", favouredTrack: "ic", placement: { id: "senior", rank: 2 } });
    expect(ana?.gaps).toEqual([{ competency: "strategy", level: "staff", score: 4, expected: 5, shortfall: 1 }]);
    expect(Object.keys(ana ?? {}).slice(0, 3)).toEqual(["id", "ladder", "track"]);
    expect(ben).toMatchObject({ id: "ben", track: "management", placement: { id: "junior" } });
    expect(cy).toEqual({ line: 3, id: "cy", error: "answers.vision: option 3 does not exist; the question has 2 options" });
    expect(broken).toMatchObject({ line: 4, id: null });
    expect(String(broken?.error)).toMatch(/^not valid JSON: /);
    // A line without an id is the documented result shape, nothing added.
    expect(unnamed).not.toHaveProperty("id");
    expect(unnamed).toMatchObject({ track: "ic", favouredTrack: null, placement: { id: "staff" }, gaps: [] });
    // Line 5 was blank: not a record, but it still counts for line numbers (the next error is line 7).
    expect(seven).toEqual({ line: 7, id: 7, error: 'answers.visoin: unknown question "visoin" (did you mean "vision"?)' });

    expect(code).toBe(1);
    expect(stderr).toBe("3 of 6 lines failed\n");
  });

  it("exits 0 when every line is scored, and reads standard input for -", async () => {
    const { stdout, stderr, code } = await runCli(["--ladder", MINIMAL, "assess", "--batch", "-"], { input: `${LINES[0]}\r\n${LINES[1]}` });
    expect(records(stdout).map((record) => record.id)).toEqual(["ana", "ben"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("places every line on the --track given", async () => {
    const { stdout } = await runCli(["--ladder", MINIMAL, "assess", "--batch", "-", "--track", "management"], { input: LINES[0] });
    expect(records(stdout)[0]).toMatchObject({ track: "management", placement: { id: "lead" } });
  });

  it("reports every problem of a line at once: the schema's and the ladder's", async () => {
    const { stdout } = await runCli(["--ladder", MINIMAL, "assess", "--batch", "-"], { input: '{"id":"x","answers":{"visoin":1},"trak":"ic"}\n' });
    expect(records(stdout)).toEqual([
      {
        line: 1,
        id: "x",
        error: 'trak: unknown key "trak" (did you mean "track"?); allowed here: schema, track, answers, ratings; answers.visoin: unknown question "visoin" (did you mean "vision"?)',
      },
    ]);
  });

  it("refuses a line with a duplicate key, naming it, where JSON.parse would keep the last", async () => {
    const lines = [
      '{"id":"ana","ratings":{"strategy":5,"strategy":1}}',
      '{"id":"ben","answers":{"vision":1,"\\u0076ision":2}}',
      '{"id":1,"id":2,"ratings":{"strategy":3}}',
      '{"id":"t:1","ratings":{"strategy":3, "execution" : 3}}',
      '{"id":"cy","answers":{"vision":1},"answers":{"vision":2}}',
    ];
    const { stdout } = await runCli(["--ladder", MINIMAL, "assess", "--batch", batchFile(lines)]);
    const out = records(stdout);
    const duplicate = (key: string) => `duplicate key "${key}"; a key may appear only once in a mapping`;
    expect(out[0]).toEqual({ line: 1, id: "ana", error: `ratings.strategy: ${duplicate("strategy")}` });
    expect(out[1]).toEqual({ line: 2, id: "ben", error: `answers.vision: ${duplicate("vision")}` });
    // Which id would be echoed is ambiguous: none is.
    expect(out[2]).toEqual({ line: 3, id: null, error: `id: ${duplicate("id")}` });
    // A colon inside a string is not a key: the line is scored.
    expect(out[3]).toMatchObject({ id: "t:1", placement: { id: "senior" } });
    expect(out[4]).toEqual({ line: 5, id: "cy", error: `answers: ${duplicate("answers")}` });
  });

  it("refuses a line that is not valid UTF-8 and scores the next; a JSON syntax error gives its column", async () => {
    const input = Buffer.concat([Buffer.from('{"id":"caf\xe9","ratings":{"strategy":3}}\n', "latin1"), Buffer.from('{"id":"café","ratings":{"strategy":3}}\n{"ratings":{"strategy":3} "id":1}\n')]);
    const { stdout, code } = await runCli(["--ladder", MINIMAL, "assess", "--batch", "-"], { input });
    const [latin1, utf8, broken] = records(stdout);
    expect(latin1).toEqual({ line: 1, id: null, error: "not valid UTF-8 text; write the batch as UTF-8" });
    expect(utf8).toMatchObject({ id: "café" });
    expect(broken).toEqual({ line: 3, id: null, error: "not valid JSON: Expected ',' or '}' after property value in JSON at column 27" });
    expect(code).toBe(1);
  });

  it("refuses a number id it could not echo back exactly, and keeps one it can", async () => {
    const input = ['{"id": 1e400, "ratings": {"strategy": 1}}', '{"id": 12345678901234567890, "ratings": {"strategy": 1}}', '{"id": 12.5, "ratings": {"strategy": 1}}'].join("\n");
    const { stdout, code } = await runCli(["--ladder", MINIMAL, "assess", "--batch", "-"], { input });
    expect(code).toBe(1);
    const records = stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    const refused = { id: null, error: "id: a number this large cannot be echoed back exactly; write it as a string" };
    expect(records.slice(0, 2)).toEqual([{ line: 1, ...refused }, { line: 2, ...refused }]);
    expect(records[2]?.id).toBe(12.5);
  });

  it("--summary prints the team view: people per level and track, mean score and gap per competency", async () => {
    const { stdout, stderr, code } = await runCli(["--ladder", MINIMAL, "assess", "--batch", batchFile(LINES), "--summary"]);
    expect(stdout).toBe(
      [
        'Team summary on "Minimal Ladder": 3 people (3 lines failed and left out)',
        "",
        "TRACK       LEVEL                 PEOPLE",
        "ic          Junior PM (junior)         0",
        "            Senior PM (senior)         1",
        "            Staff PM (staff)           1",
        "            below the first rung       0",
        "management  Junior PM (junior)         1",
        "            Senior PM (senior)         0",
        "            Group PM (lead)            0",
        "            below the first rung       0",
        "",
        "COMPETENCY  MEAN SCORE  MEAN GAP  WITH A GAP",
        "strategy          3.33         1           2",
        "execution         3.67      0.33           1",
        "",
      ].join("\n"),
    );
    expect(stderr).toContain("line 3 (id \"cy\"): answers.vision: option 3 does not exist");
    expect(stderr).toContain("line 4: not valid JSON");
    expect(code).toBe(1);
  });

  it("--summary --json gives the same numbers as data", async () => {
    const { stdout, code } = await runCli(["--ladder", MINIMAL, "assess", "--batch", batchFile(LINES.slice(0, 2)), "--summary", "--json"]);
    const summary = JSON.parse(stdout) as { people: number; failed: number; competencies: unknown[] };
    expect(summary).toMatchObject({ ladder: "Minimal Ladder", people: 2, failed: 0 });
    expect(summary.competencies).toEqual([
      { id: "strategy", name: "Strategy", meanScore: 2.5, meanGap: 1.5, withGap: 2 },
      { id: "execution", name: "Execution", meanScore: 3, meanGap: 0.5, withGap: 1 },
    ]);
    expect(code).toBe(0);
  });

  it("refuses what it cannot do with a usage error and no stack trace", async () => {
    const missing = await runCli(["assess", "--batch", "no-such-file.jsonl"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read no-such-file.jsonl: no such file");
    expectNoStack(missing.stderr);

    const table = await runCli(["--ladder", MINIMAL, "assess", "--batch", "-", "--format", "table"], { input: LINES[0] });
    expect(table.code).toBe(2);
    expect(table.stderr).toContain("assess --batch writes JSON Lines");

    const both = await runCli(["assess", "--batch", "-", "--answers", "x.yaml"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("cannot be used with option '-a, --answers <file>'");

    const summaryAlone = await runCli(["assess", "--summary"]);
    expect(summaryAlone.code).toBe(2);
    expect(summaryAlone.stderr).toContain("--summary summarises a batch");
  });
});
