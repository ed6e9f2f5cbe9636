import { describe, expect, it } from "vitest";
import { fixture, runCli, expectNoStack } from "../helpers/run-cli";
import { displayWidth } from "../../src/render/text";

const CUSTOM = fixture("ladders/custom.yaml");


describe("levels", () => {
  it("lists the default ladder's rungs in rank order", async () => {
    const { stdout, stderr, code } = await runCli(["levels", "--format", "tsv"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("rank\tid\ttitle\ttracks\tsummary");
    const records = lines.slice(1).map((line) => line.split("\t"));
    const ids = records.map((record) => record[1]);
    for (const id of ["junior", "pm", "senior", "staff", "group-pm", "director", "vp", "cpo"]) expect(ids).toContain(id);
    const ranks = records.map((record) => Number(record[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("filters by track", async () => {
    const { stdout, code } = await runCli(["levels", "--track", "ic", "--json"]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.track).toBe("ic");
    const ids = data.levels.map((level: { id: string }) => level.id);
    expect(ids).toContain("staff");
    expect(ids).not.toContain("cpo");
    expect(data.levels.every((level: { tracks: string[] }) => level.tracks.includes("ic"))).toBe(true);
  });

  it("prints an aligned table with a header", async () => {
    const { stdout, code } = await runCli(["levels"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^RANK\s+ID\s+TITLE\s+TRACKS\s+SUMMARY$/);
    expect(stdout).toMatch(/^\s+3\s+senior\s+Senior Product Manager/m);
  });

  it("works on a custom ladder with Unicode titles, in every format", async () => {
    const table = await runCli(["levels", "--ladder", CUSTOM]);
    expect(table.code).toBe(0);
    const rows = table.stdout.split("\n").filter((line) => /^\s+\d/.test(line));
    // Titles are aligned by display width: the summary column starts at the same column on every row.
    const { default: stringWidth } = await import("string-width");
    expect(rows).toHaveLength(4);
    const summaryColumn = rows.map((row) => stringWidth(row.slice(0, row.search(/Learns|Works|Sets|Runs/))));
    expect(new Set(summaryColumn).size).toBe(1);

    const yaml = await runCli(["levels", "--ladder", CUSTOM, "--format", "yaml"]);
    expect(yaml.stdout).toContain("ladder: Design Studio Ladder 设计");
    expect(yaml.stdout).toContain("title: 高级设计师 Master");

    const markdown = await runCli(["levels", "--ladder", CUSTOM, "--format", "markdown"]);
    expect(markdown.stdout).toContain("| rank | id | title | tracks | summary |");
    expect(markdown.stdout).toContain("| 3 | master | 高级设计师 Master | craft | Sets the bar for craft. |");
  });

  it("reads the ladder from standard input with --ladder -", async () => {
    const { readFileSync } = await import("node:fs");
    const { stdout, code } = await runCli(["levels", "--ladder", "-", "--json"], { input: readFileSync(CUSTOM) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).levels).toHaveLength(4);
  });

  it("rejects an unknown track with the known ones", async () => {
    const { stderr, code } = await runCli(["levels", "--track", "icc"]);
    expect(code).toBe(1);
    expect(stderr).toContain('error: unknown track "icc"');
    expect(stderr).toContain("did you mean: ic?");
  });
});

describe("show", () => {
  it("prints everything about a level", async () => {
    const { stdout, code } = await runCli(["show", "senior"]);
    expect(code).toBe(0);
    for (const heading of ["Scope", "Responsibilities", "Skills", "Expectations (scale 1–5)", "Next"]) expect(stdout).toContain(heading);
    expect(stdout).toContain("Senior Product Manager");
    expect(stdout).toMatch(/→ staff\s/);
    expect(stdout).toMatch(/█+░* \d \w+/);
  });

  it("wraps every line to a narrow terminal and lines the next rungs up", async () => {
    const { stdout } = await runCli(["show", "senior"], { env: { COLUMNS: "50" } });
    for (const line of stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    expect(stdout).toMatch(/^Senior Product Manager\nsenior · rank 3 · ic, management\n/);
    expect(stdout).toContain("Next\n  → staff     Staff Product Manager (rank 4, ic)\n  → group-pm  Group Product Manager (rank 4,\n              management)\n");
  });

  it.each(["senior", "SPM", "senior product manager", "  Senior Product Manager  "])("resolves %j", async (name) => {
    const { stdout, code } = await runCli(["show", name, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).level.id).toBe("senior");
  });

  it("gives the documented JSON: every competency once, next rungs resolved", async () => {
    const levels = JSON.parse((await runCli(["levels", "--json"])).stdout).levels;
    const { stdout } = await runCli(["show", "senior", "--json"]);
    const { level } = JSON.parse(stdout);
    expect(level.expectations.length).toBeGreaterThanOrEqual(8);
    for (const row of level.expectations) {
      expect(Object.keys(row)).toEqual(["competency", "name", "score", "label", "text"]);
      expect(row.score).toBeGreaterThanOrEqual(1);
      expect(row.score).toBeLessThanOrEqual(5);
      expect(typeof row.text).toBe("string");
    }
    expect(level.next.map((next: { id: string }) => next.id).sort()).toEqual(["group-pm", "staff"]);
    expect(levels.find((entry: { id: string }) => entry.id === "senior").next.sort()).toEqual(["group-pm", "staff"]);
    expect(level.sources.length).toBeGreaterThan(0);
    for (const source of level.sources) expect(Object.keys(source)).toEqual(["id", "title", "author", "url"]);
    expect(level.sources.some((source: { url: string | null }) => source.url === null)).toBe(true);
  });

  it("lists one expectation per TSV line", async () => {
    const { stdout } = await runCli(["show", "master", "--ladder", CUSTOM, "--format", "tsv"]);
    expect(stdout).toBe(
      "level\tcompetency\tname\tscore\tlabel\ttext\nmaster\tcraft\tCraft 工艺\t3\tDeep\t\nmaster\tcritique\tCritique\t3\tDeep\t\nmaster\thiring\tHiring\t1\tSome\t\n",
    );
  });

  it("writes a markdown page", async () => {
    const { stdout } = await runCli(["show", "designer", "--ladder", CUSTOM, "--format", "markdown"]);
    expect(stdout).toContain("# Designer 🎨\n");
    const apprentice = await runCli(["show", "apprentice", "--ladder", CUSTOM, "--format", "markdown"]);
    expect(apprentice.stdout).toContain("\n\nAlso known as: app\n\n");
    expect(stdout).toContain("| Craft 工艺 | 2 Solid | Produces solid work without supervision. |");
    expect(stdout).toContain("## Next\n\n- 高级设计师 Master (master)\n- Studio Lead (studio-lead)\n");
  });

  it("says when a level is the top of its track", async () => {
    const { stdout } = await runCli(["show", "cpo"]);
    expect(stdout).toContain("top of its track");
  });

  it("answers an unknown level with suggestions and exit 1", async () => {
    const { stdout, stderr, code } = await runCli(["show", "seniro"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('error: unknown level "seniro"');
    expect(stderr).toContain("did you mean: senior");
    expectNoStack(stderr);
  });
});

describe("validate", () => {
  it("passes the built-in ladder strictly", async () => {
    const { stdout, code } = await runCli(["validate", "--strict"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok: \d+ levels, \d+ competencies, \d+ questions\n$/);
  });

  it("lists every problem as FILE:LINE:COL  path  message, exit 1", async () => {
    const file = fixture("invalid/duplicate-competency-id.yaml");
    const { stdout, code } = await runCli(["validate", file]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`${file}:14:9  competencies[1].id  duplicate id "strategy", already used by competencies[0]`);
    expect(lines).toHaveLength(7);
    expect(lines[6]).toBe("invalid: 6 errors");
  });

  it("prints warnings and fails on them only with --strict", async () => {
    const file = fixture("ladders/lint-warnings.yaml");
    const relaxed = await runCli(["validate", file]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain(`${file}:48:18  levels[3].expectations.execution  warning: expectation falls`);
    expect(relaxed.stdout).toContain("ok: 4 levels, 2 competencies, 2 questions, 2 warnings");
    const strict = await runCli(["validate", "--strict", file]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("invalid: 2 errors (--strict: warnings count as errors)");
  });

  it("gives JSON for tools", async () => {
    const { stdout, code } = await runCli(["validate", fixture("invalid/unknown-track.yaml"), "--json"]);
    expect(code).toBe(1);
    const data = JSON.parse(stdout);
    expect(data).toMatchObject({ valid: false, errors: 1, warnings: 0, counts: null });
    expect(data.issues).toEqual([
      { severity: "error", line: 36, column: 14, path: "levels[2].tracks[0]", message: 'unknown track "icc" (did you mean "ic"?)' },
    ]);
  });

  it("validates --ladder when no file is given, and standard input with -", async () => {
    expect((await runCli(["validate", "--ladder", CUSTOM])).stdout).toBe("ok: 4 levels, 3 competencies, 4 questions\n");
    const { readFileSync } = await import("node:fs");
    const piped = await runCli(["validate", "-"], { input: readFileSync(fixture("invalid/unknown-next.yaml")) });
    expect(piped.code).toBe(1);
    expect(piped.stdout).toContain("<stdin>:29:12  levels[1].next[0]  unknown level");
  });
});

describe("bad input", () => {
  it("a missing ladder file is a usage error naming the file", async () => {
    const { stdout, stderr, code } = await runCli(["levels", "--ladder", "no-such-ladder.yaml"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("error: cannot read no-such-ladder.yaml: no such file");
    expectNoStack(stderr);
  });

  it("an invalid ladder lists its problems on stderr, exit 1", async () => {
    const file = fixture("invalid/score-off-scale.yaml");
    const { stdout, stderr, code } = await runCli(["show", "senior", "--ladder", file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`error: ${file} is not a valid ladder: 1 error`);
    expect(stderr).toContain(`${file}:39:17  levels[2].expectations.strategy  score 6 is outside the scale 1..5`);
    expectNoStack(stderr);
  });

  it("an unknown option or command is a usage error", async () => {
    expect((await runCli(["levels", "--frobnicate"])).code).toBe(2);
    const unknown = await runCli(["lvels"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("(Did you mean levels?)");
  });

  it("a format the command lacks is a usage error", async () => {
    const { stderr, code } = await runCli(["validate", "--format", "tsv"]);
    expect(code).toBe(2);
    expect(stderr).toContain("`validate` has no tsv output");
  });
});

describe("the program", () => {
  it("prints help with examples for every command", async () => {
    for (const command of ["levels", "show", "validate", "schema"]) {
      const { stdout, code } = await runCli([command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain("Examples:");
      expect(stdout).toContain(`$ pm-ladder ${command}`);
    }
  });

  it("prints its version", async () => {
    const { stdout, code } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("without a command prints help on stderr, exit 2", async () => {
    const { stdout, stderr, code } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: pm-ladder");
  });

  it("colours only when asked to: FORCE_COLOR in a pipe, never with --no-color", async () => {
    const forced = await runCli(["levels"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain("\u001b[");
    const off = await runCli(["levels", "--no-color"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(off.stdout).not.toContain("\u001b[");
    const piped = await runCli(["levels"], { env: { NO_COLOR: undefined } });
    expect(piped.stdout).not.toContain("\u001b[");
  });

  it("prints the JSON Schema of the ladder format", async () => {
    const { stdout, code } = await runCli(["schema"]);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.required).toEqual(expect.arrayContaining(["schema", "name", "tracks", "competencies", "levels"]));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.levels.items.properties.expectations).toBeDefined();
  });
});
