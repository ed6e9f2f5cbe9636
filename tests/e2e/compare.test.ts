import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { fixture, runCli, expectNoStack } from "../helpers/run-cli";
import { readTsv } from "../helpers/tsv";

const CUSTOM = fixture("ladders/custom.yaml");
const PROMOTION = fixture("ladders/promotion.yaml");
const ESC = "\u001B";

interface LevelJson {
  id: string;
  title: string;
  aliases: string[];
  rank: number;
  tracks: string[];
  expectations: { competency: string; score: number }[];
  next: { id: string }[];
}

/** What `show --json` says about a level: the reference the comparison is checked against. */
async function show(id: string, ...args: string[]): Promise<LevelJson> {
  const { stdout, code } = await runCli(["show", id, "--json", ...args]);
  expect(code).toBe(0);
  return JSON.parse(stdout).level as LevelJson;
}


function widest(text: string, stringWidth: (text: string) => number): number {
  return Math.max(...text.split("\n").map(stringWidth));
}

describe("compare on the default ladder", () => {
  it("puts senior and staff side by side with the deltas show --json implies", async () => {
    const [senior, staff] = await Promise.all([show("senior"), show("staff")]);
    const { stdout, stderr, code } = await runCli(["compare", "senior", "staff", "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const data = JSON.parse(stdout);
    expect(data.levels.map((level: LevelJson) => [level.id, level.rank, level.tracks])).toEqual([
      ["senior", senior.rank, senior.tracks],
      ["staff", staff.rank, staff.tracks],
    ]);
    expect(data.competencies).toHaveLength(senior.expectations.length);
    const expected = new Map(senior.expectations.map((row) => [row.competency, staff.expectations.find((other) => other.competency === row.competency)!.score - row.score]));
    for (const item of data.competencies) expect(item.delta).toBe(expected.get(item.id));
    // Largest change first.
    const sizes = data.competencies.map((item: { delta: number }) => Math.abs(item.delta));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const rises = [...expected.values()].filter((delta) => delta > 0).length;
    expect(data.summary.rises).toBe(rises);
    expect(data.summary.text).toMatch(new RegExp(`^staff expects more than senior in ${rises} of ${expected.size} competencies`));
  });

  it("prints a table a person can read, ending with the closing line", async () => {
    const staff = await show("staff");
    const { stdout, code } = await runCli(["compare", "senior", "staff"]);
    expect(code).toBe(0);
    expect(stdout).toContain(staff.title);
    expect(stdout).toMatch(/^COMPETENCY\s+senior\s+staff\s+CHANGE$/m);
    expect(stdout).toMatch(/[█░]+ \d/);
    expect(stdout).toMatch(/▲ \+\d/);
    expect(stdout.trimEnd().split("\n\n").at(-1)!.replace(/\s+/g, " ")).toMatch(/^staff expects more than senior in \d+ of \d+ competencies, most in [a-z-]+/);
  });

  it("keeps the ladder's order with --sort ladder", async () => {
    const senior = await show("senior");
    const { stdout } = await runCli(["compare", "senior", "staff", "--sort", "ladder", "--json"]);
    expect(JSON.parse(stdout).competencies.map((item: { id: string }) => item.id)).toEqual(senior.expectations.map((row) => row.competency));
  });

  it("compares several levels step by step", async () => {
    const { stdout, code } = await runCli(["compare", "junior", "pm", "senior", "staff", "--json"]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.levels.map((level: LevelJson) => level.id)).toEqual(["junior", "pm", "senior", "staff"]);
    expect(data.steps.map((step: { from: string; to: string }) => `${step.from}>${step.to}`)).toEqual(["junior>pm", "pm>senior", "senior>staff"]);
    for (const item of data.competencies) {
      expect(item.expectations.map((expectation: { level: string }) => expectation.level)).toEqual(["junior", "pm", "senior", "staff"]);
      expect(item.delta).toBe(item.expectations[3].score - item.expectations[0].score);
    }
    expect(data.summary.from).toBe("junior");
    expect(data.summary.to).toBe("staff");
    const table = await runCli(["compare", "junior", "pm", "senior", "staff"], { env: { COLUMNS: "200" } });
    expect(table.stdout).toMatch(/^COMPETENCY\s+junior\s+pm\s+senior\s+staff\s+junior→staff$/m);
    expect(table.stdout).toContain("overall: staff expects more than junior");
  });

  it("answers the IC-versus-manager question across tracks", async () => {
    const [staff, groupPm] = await Promise.all([show("staff"), show("group-pm")]);
    const { stdout, code } = await runCli(["compare", "staff", "group-pm", "--json"]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.levels.map((level: LevelJson) => level.tracks)).toEqual([staff.tracks, groupPm.tracks]);
    expect(data.steps[0].new.responsibilities.length).toBeGreaterThan(0);
  });

  it("accepts titles and aliases in any case", async () => {
    const senior = await show("senior");
    const { stdout, code } = await runCli(["compare", senior.title.toUpperCase(), "STAFF", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).levels.map((level: LevelJson) => level.id)).toEqual(["senior", "staff"]);
  });

  it("says plainly when two names are the same level", async () => {
    const senior = await show("senior");
    const other = senior.aliases[0] ?? senior.title;
    const twice = await runCli(["compare", "senior", other]);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toBe("");
    expect(twice.stderr).toContain(`error: "senior" and "${other}" are the same level (senior): compare needs 2 different levels`);
    expectNoStack(twice.stderr);

    const deduplicated = await runCli(["compare", "senior", other, "staff", "--json"]);
    expect(deduplicated.code).toBe(0);
    expect(deduplicated.stderr).toBe(`note: "senior" and "${other}" are the same level (senior); comparing it once\n`);
    expect(JSON.parse(deduplicated.stdout).levels.map((level: LevelJson) => level.id)).toEqual(["senior", "staff"]);
  });

  it("rejects unknown names with suggestions, and a single level as a usage error", async () => {
    const unknown = await runCli(["compare", "senior", "stafff"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('error: unknown level "stafff"');
    expect(unknown.stderr).toMatch(/did you mean: staff/);
    expectNoStack(unknown.stderr);

    const one = await runCli(["compare", "senior"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("error: compare needs at least 2 levels");

    const none = await runCli(["compare"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("missing required argument");
  });

  it("lays out columns when wide and stacks when narrow, never wider than the terminal", async () => {
    const { default: stringWidth } = await import("string-width");
    const wide = await runCli(["compare", "senior", "staff"], { env: { COLUMNS: "160" } });
    expect(wide.stdout).toMatch(/^COMPETENCY\s+senior\s+staff\s+CHANGE$/m);
    expect(widest(wide.stdout, stringWidth)).toBeLessThanOrEqual(160);

    const narrow = await runCli(["compare", "senior", "staff"], { env: { COLUMNS: "60" } });
    expect(narrow.stdout).not.toContain("COMPETENCY");
    expect(narrow.stdout).toMatch(/^ {2}senior +[█░]+ \d/m);
    expect(narrow.stdout).toMatch(/^ {2}staff +[█░]+ \d/m);
    expect(widest(narrow.stdout, stringWidth)).toBeLessThanOrEqual(60);

    const forced = await runCli(["compare", "senior", "staff", "--layout", "stacked"], { env: { COLUMNS: "160" } });
    expect(forced.stdout).not.toContain("COMPETENCY");
    // The same content either way.
    for (const text of [wide.stdout, narrow.stdout, forced.stdout]) expect(text).toContain("New at staff");

    const bad = await runCli(["compare", "senior", "staff", "--layout", "grid"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Allowed choices are auto, columns, stacked");
  });

  it("prints no colour codes into a pipe, and colours when forced", async () => {
    const piped = await runCli(["compare", "senior", "staff"], { env: { NO_COLOR: undefined } });
    expect(piped.stdout).not.toContain(ESC);
    const forced = await runCli(["compare", "senior", "staff"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(ESC);
  });

  it("writes TSV for cut and awk: one record per competency, numbers that add up", async () => {
    const { stdout, code } = await runCli(["compare", "senior", "staff", "--format", "tsv"]);
    expect(code).toBe(0);
    const records = readTsv(stdout);
    const senior = await show("senior");
    expect(records).toHaveLength(senior.expectations.length);
    for (const record of records) {
      expect(record.from).toBe("senior");
      expect(record.to).toBe("staff");
      expect(Number(record.delta)).toBe(Number(record.to_score) - Number(record.from_score));
      expect(record.change).toBe(Number(record.delta) > 0 ? "rises" : Number(record.delta) < 0 ? "falls" : "same");
    }
  });

  it("writes YAML with the JSON's content and markdown for a promotion document", async () => {
    const json = JSON.parse((await runCli(["compare", "senior", "staff", "--json"])).stdout);
    const yaml = parseYaml((await runCli(["compare", "senior", "staff", "--format", "yaml"])).stdout);
    expect(yaml).toEqual(json);

    const { stdout } = await runCli(["compare", "senior", "staff", "--format", "markdown"]);
    expect(stdout).toMatch(/^# .+ → .+$/m);
    expect(stdout).toContain("## Competencies");
    expect(stdout).toMatch(/^\| Competency \| .+ \| .+ \| Change \|$/m);
    expect(stdout).toContain(`**${json.summary.text}**`);
    expect(stdout).not.toContain(ESC);
  });
});

describe("compare on a custom ladder", () => {
  it("uses its scale, tracks and Unicode titles", async () => {
    const { stdout, code } = await runCli(["compare", "app", "master", "--ladder", CUSTOM], { env: { COLUMNS: "120" } });
    expect(code).toBe(0);
    expect(stdout).toContain("Apprentice 学徒 → 高级设计师 Master");
    expect(stdout).toContain("Competencies (scale 0–3, largest change first)");
    // critique goes 0 → 3 on a 0..3 scale: three-cell bars.
    expect(stdout).toMatch(/^Critique\s+░░░ 0 None\s+███ 3 Deep\s+▲ \+3$/m);
    expect(stdout.replace(/\s+/g, " ")).toContain("master expects more than apprentice in 3 of 3 competencies, most in critique (+3)");
  });

  it("compares across tracks at one rank, stacked when narrow with titles of double width", async () => {
    const { default: stringWidth } = await import("string-width");
    const { stdout, code } = await runCli(["compare", "master", "studio lead", "--ladder", CUSTOM], { env: { COLUMNS: "60" } });
    expect(code).toBe(0);
    expect(widest(stdout, stringWidth)).toBeLessThanOrEqual(60);
    expect(stdout).toMatch(/^master {7}高级设计师 Master · rank 3 · craft$/m);
    expect(stdout).toMatch(/^studio-lead {2}Studio Lead · rank 3 · studio$/m);
    expect(stdout).toMatch(/^Hiring {2}▲ \+2$/m);
    expect(stdout.replace(/\s+/g, " ")).toContain("studio-lead expects more than master in 1 of 3 competencies: hiring (+2); less in 2, each by -1");
  });

  it("shows what is new and what texts say, and TSV keeps the texts", async () => {
    const compared = await runCli(["compare", "senior", "principal", "--ladder", PROMOTION]);
    expect(compared.stdout).toMatch(/New at principal \(not listed for senior\)\n {2}Responsibilities\n {4}\+ Write the multi-year product vision\n {2}Skills\n {4}\+ Narrative writing/);
    const records = readTsv((await runCli(["compare", "senior", "principal", "--ladder", PROMOTION, "--format", "tsv"])).stdout);
    expect(records[0]).toEqual({
      from: "senior",
      to: "principal",
      competency: "strategy",
      name: "Product strategy",
      from_score: "3",
      to_score: "5",
      delta: "2",
      change: "rises",
      from_text: "Sets the strategy of an area.",
      to_text: "Writes the strategy others follow.",
    });
  });
});
