import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, expectNoStack } from "../helpers/run-cli";

const LADDER = fixture("ladders/assess-small.yaml");
const MID = fixture("answers/small-mid.yaml");


describe("assess --answers", () => {
  it("prints the result screen for an answers file", async () => {
    const { stdout, stderr, code } = await runCli(["assess", "--ladder", LADDER, "--answers", MID]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/Individual contributor \(ic\)\s+Mid \(mid, rank 2\)\s+◀ placed/);
    expect(stdout).toContain("Placed on Individual contributor: the ladder's first track, as no track question was answered.");
    expect(stdout).toMatch(/staff\s+Staff\s+█{17}░│░░\s+83%/);
    expect(stdout).toMatch(/mid\s+Mid\s+█{18}│██\s+100%\s+reached ◀ placement/);
    expect(stdout).toMatch(/Alpha\s+███▌░ 3.5\s+3\s+5/);
    expect(stdout).toContain("1. Alpha: 3.5, Staff expects 5 (short by 1.5)\n     • Practise alpha.");
    expect(stdout).not.toContain("Not assessed");
  });

  it("--json is the documented result shape", async () => {
    const { stdout, code } = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      ladder: "Tiny",
      track: "ic",
      favouredTrack: null,
      placement: { id: "mid", title: "Mid", rank: 2 },
      placements: { ic: { id: "mid", title: "Mid", rank: 2 }, management: { id: "mid", title: "Mid", rank: 2 } },
      fits: [
        { id: "junior", fit: 1, reached: true },
        { id: "mid", fit: 1, reached: true },
        { id: "staff", fit: 0.8333, reached: false },
        { id: "lead", fit: 0.8333, reached: false },
      ],
      competencies: [
        { id: "a", area: null, score: 3.5, assessed: true, expected: 3, expectedNext: { staff: 5 } },
        { id: "b", area: null, score: 4, assessed: true, expected: 3, expectedNext: { staff: 4 } },
      ],
      gaps: [{ competency: "a", level: "staff", score: 3.5, expected: 5, shortfall: 1.5 }],
      notAssessed: [],
    });
  });

  it("reads JSON answers from standard input with -", async () => {
    const { stdout, code } = await runCli(["assess", "--ladder", LADDER, "--answers", "-", "--track", "management", "--format", "json"], {
      input: readFileSync(fixture("answers/small-mid.json")),
    });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.track).toBe("management");
    expect(result.gaps.map((gap: { competency: string; level: string }) => `${gap.competency}@${gap.level}`)).toEqual(["b@lead", "a@lead"]);
  });

  it("--format yaml gives the same data", async () => {
    const { stdout, code } = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--format", "yaml"]);
    expect(code).toBe(0);
    expect(stdout).toContain("favouredTrack: null\nplacement:\n  id: mid\n");
    expect(stdout).toContain("notAssessed: []\n");
  });

  it("--format markdown is a shareable report", async () => {
    const { stdout, code } = await runCli(["assess", "--ladder", LADDER, "--answers", fixture("answers/small-partial.yaml"), "--format", "markdown"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("# Self-assessment: Tiny\n")).toBe(true);
    // a = 5 (options 3 and a rating of 5), b not assessed so 1: junior (2 + 1) / 4 = 75% is short of 90%.
    expect(stdout).toContain("**Placement on Individual contributor:** below the first rung\n");
    expect(stdout).toContain("| junior | Junior | 75% | no |");
    expect(stdout).toContain("| Competency | Score | Expected at junior |\n| --- | --- | --- |\n| Alpha | 5 Leading | 2 |\n| Beta | not assessed | 2 |\n");
    expect(stdout).toContain("## Largest gaps to the next rung\n\n1. Beta: 1, Junior expects 2 (short by 1)\n   - Practise beta.\n   - Read about beta.\n");
    expect(stdout).toContain("## Not assessed\n\nCounted as 1 Learning:\n\n- Beta\n");
  });

  it("refuses tsv, before asking anything", async () => {
    const { stderr, code } = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--format", "tsv"]);
    expect(code).toBe(2);
    expect(stderr).toContain("`assess` has no tsv output");
  });

  it("writes the answers with --save, in the answers-file format", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pm-ladder-save-"));
    try {
      const saved = join(dir, "copy.yaml");
      const { code } = await runCli(["assess", "--ladder", LADDER, "--answers", fixture("answers/small-mid.json"), "--save", saved, "--json"]);
      expect(code).toBe(0);
      expect(readFileSync(saved, "utf8")).toContain("schema: pm-ladder/answers-v1\nanswers:\n  a-choice: 2\n  a-rating: 4\n  b-choice: 2\nratings: {}\n");
      const again = await runCli(["assess", "--ladder", LADDER, "--answers", saved, "--json"]);
      expect(JSON.parse(again.stdout).placement.id).toBe("mid");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--save on a .json path writes JSON, so a JSON answers file saved in place stays JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pm-ladder-save-"));
    try {
      const saved = join(dir, "me.json");
      copyFileSync(fixture("answers/small-mid.json"), saved);
      const { code } = await runCli(["assess", "--ladder", LADDER, "--answers", saved, "--save", saved, "--json"]);
      expect(code).toBe(0);
      const text = readFileSync(saved, "utf8");
      expect(JSON.parse(text)).toEqual({ schema: "pm-ladder/answers-v1", answers: { "a-choice": 2, "a-rating": 4, "b-choice": 2 }, ratings: {} });
      expect(text).toContain('{\n  "schema": "pm-ladder/answers-v1",\n  "answers": {\n    "a-choice": 2,\n');
      const again = await runCli(["assess", "--ladder", LADDER, "--answers", "-", "--json"], { input: text });
      expect(JSON.parse(again.stdout).placement.id).toBe("mid");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("assess: bad input", () => {
  it("without --answers and without a terminal, fails at once telling to pass --answers", async () => {
    const started = Date.now();
    const { stdout, stderr, code } = await runCli(["assess", "--ladder", LADDER], { timeoutMs: 5_000 });
    expect(code).toBe(2);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(stdout).toBe("");
    expect(stderr).toContain("error: assess needs a terminal to ask its questions, and standard input is not one");
    expect(stderr).toContain("hint: pass the answers instead: pm-ladder assess --answers FILE");
    expectNoStack(stderr);
  });

  it("reports every problem of an answers file, located", async () => {
    const file = fixture("answers/small-invalid.yaml");
    const { stdout, stderr, code } = await runCli(["assess", "--ladder", LADDER, "--answers", file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`error: ${file} is not a valid answers file: 4 errors`);
    expect(stderr).toContain(`${file}:2:3  answers.a-choise  unknown question "a-choise" (did you mean "a-choice"?)`);
    expect(stderr).toContain(`${file}:6:6  ratings.b  expected a number, got the string "high"`);
    expectNoStack(stderr);
  });

  it("reports the cross-checks once the types are right", async () => {
    const { stderr, code } = await runCli(["assess", "--ladder", LADDER, "--answers", "-"], { input: "answers:\n  a-choise: 2\n  a-choice: 7\n  a-rating: 6\n" });
    expect(code).toBe(1);
    expect(stderr).toContain('<stdin>:2:3  answers.a-choise  unknown question "a-choise" (did you mean "a-choice"?)');
    expect(stderr).toContain("<stdin>:3:13  answers.a-choice  option 7 does not exist; the question has 3 options");
    expect(stderr).toContain("<stdin>:4:13  answers.a-rating  score 6 is outside the scale 1..5 (a rating question is answered with a score)");
  });

  it("refuses a missing answers file and an unknown --track", async () => {
    const missing = await runCli(["assess", "--ladder", LADDER, "--answers", "nope.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read nope.yaml: no such file");
    const track = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--track", "mgmt"]);
    expect(track.code).toBe(1);
    expect(track.stderr).toContain('unknown track "mgmt"');
  });

  it("refuses a --save path that cannot be written, naming it", async () => {
    const { stderr, code } = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--save", "/nonexistent-dir/me.yaml"]);
    expect(code).toBe(2);
    expect(stderr).toContain("error: cannot write /nonexistent-dir/me.yaml: its folder does not exist");
    expectNoStack(stderr);
  });
});

describe("standard input is read once", () => {
  it.each([["--answers"], ["--batch"]])("--ladder - with %s - is a usage error, not a silent empty run", async (flag) => {
    const run = await runCli(["--ladder", "-", "assess", flag, "-"], { input: readFileSync(LADDER, "utf8") });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `error: --ladder - and ${flag} - both read standard input, which can be read only once\n` +
        `hint: give one of them as a file: pm-ladder --ladder ladder.yaml assess ${flag} - (or ${flag} FILE with --ladder -)\n`,
    );
  });
});

describe("--save paths that are no file", () => {
  it("a directory is refused at once, naming it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pm-ladder-save-"));
    try {
      const run = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--save", folder]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`error: cannot write ${folder}: it is a directory\nhint: pass a file path inside it: --save ${join(folder, "me.yaml")}\n`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("an empty path is refused plainly", async () => {
    const run = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--save", ""]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: --save needs a file path, and it was given an empty one\nhint: pass a file path: --save me.yaml\n");
  });

  it.each([
    ["/dev/null", () => "/dev/null"],
    [
      "a ladder file",
      (dir: string) => {
        const path = join(dir, "ladder.yaml");
        copyFileSync(LADDER, path);
        return path;
      },
    ],
  ] as const)("an existing file that is not an answers file (%s) gets no hint to resume from it", async (_, target) => {
    const dir = mkdtempSync(join(tmpdir(), "pm-ladder-save-"));
    try {
      const path = target(dir);
      const run = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--save", path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`error: ${path} already exists and is not an answers file for this ladder; --save would replace it\nhint: pass a --save path that does not exist yet\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("- is refused rather than written as a file named -", async () => {
    const run = await runCli(["assess", "--ladder", LADDER, "--answers", MID, "--save", "-"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: --save writes a file, and - is not one");
  });
});
