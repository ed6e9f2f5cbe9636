import { describe, expect, it } from "vitest";
import { fixture, runCli } from "../helpers/run-cli";
import { readTsv } from "../helpers/tsv";
import { displayWidth } from "../../src/render/text";

const CUSTOM = fixture("ladders/custom.yaml");
const PROMOTION = fixture("ladders/promotion.yaml");

interface PathJson {
  track: string;
  from: string;
  to: string;
  levels: { id: string; rank: number; tracks: string[] }[];
  steps: { from: string; to: string; new: { responsibilities: string[]; skills: string[] }; summary: { text: string } }[];
  summary: { from: string; to: string };
}

describe("path on the default ladder", () => {
  it("walks from junior to cpo along the management track", async () => {
    const { stdout, stderr, code } = await runCli(["path", "junior", "cpo", "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const data = JSON.parse(stdout) as PathJson;
    expect(data.track).toBe("management");
    const ids = data.levels.map((level) => level.id);
    expect(ids[0]).toBe("junior");
    expect(ids.at(-1)).toBe("cpo");
    for (const id of ["senior", "group-pm", "director", "vp"]) expect(ids).toContain(id);
    expect(ids).not.toContain("staff");
    const ranks = data.levels.map((level) => level.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(data.levels.every((level) => level.tracks.includes("management"))).toBe(true);
    expect(data.steps.map((step) => [step.from, step.to])).toEqual(ids.slice(1).map((id, index) => [ids[index], id]));
    expect(data.summary).toMatchObject({ from: "junior", to: "cpo" });
  });

  it("lists the rungs with what each step adds", async () => {
    const { stdout, code } = await runCli(["path", "junior", "cpo"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^.+ → .+ on the management track: \d+ steps$/m);
    expect(stdout).toMatch(/^ +1 {2}junior +.+\(rank \d+\)$/m);
    expect(stdout).toMatch(/^ +\d+ {2}cpo +.+\(rank \d+\)$/m);
    expect(stdout).toMatch(/^ +▲ [a-z-]+ \d→\d \(\+\d\)/m);
    expect(stdout.replace(/\s+/g, " ")).toMatch(/overall: cpo expects more than junior in \d+ of \d+ competencies/);
  });

  it("follows the ic track to staff", async () => {
    const data = JSON.parse((await runCli(["path", "pm", "staff", "--json"])).stdout) as PathJson;
    expect(data.track).toBe("ic");
    expect(data.levels.map((level) => level.id)).toEqual(["pm", "senior", "staff"]);
  });

  it("is a clear error when the levels share no track, or the path would go down", async () => {
    const apart = await runCli(["path", "staff", "cpo"]);
    expect(apart.code).toBe(1);
    expect(apart.stdout).toBe("");
    expect(apart.stderr).toContain("error: no path from staff to cpo: staff (ic) and cpo (management) share no track");
    expect(apart.stderr).toContain("hint: compare them instead: pm-ladder compare staff cpo");
    expect(apart.stderr).not.toMatch(/^\s+at /m);

    const down = await runCli(["path", "cpo", "junior"]);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain("hint: turn it round: pm-ladder path junior cpo");

    const unknown = await runCli(["path", "junior", "ceo"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('error: unknown level "ceo"');

    const wrongTrack = await runCli(["path", "junior", "cpo", "--track", "ic"]);
    expect(wrongTrack.code).toBe(1);
    expect(wrongTrack.stderr).toContain("cpo (management) is not on it");
  });

  it("writes TSV: one record per competency of each step", async () => {
    const data = JSON.parse((await runCli(["path", "junior", "cpo", "--json"])).stdout) as PathJson;
    const records = readTsv((await runCli(["path", "junior", "cpo", "--format", "tsv"])).stdout);
    const steps = [...new Set(records.map((record) => `${record.from}>${record.to}`))];
    expect(steps).toEqual(data.steps.map((step) => `${step.from}>${step.to}`));
    expect(records.length % steps.length).toBe(0);
  });
});

describe("path on custom ladders", () => {
  it("picks the track both ends share", async () => {
    const data = JSON.parse((await runCli(["path", "app", "studio lead", "--json", "--ladder", CUSTOM])).stdout) as PathJson;
    expect(data.track).toBe("studio");
    expect(data.levels.map((level) => level.id)).toEqual(["apprentice", "designer", "studio-lead"]);
  });

  it("says what each step adds, in text and markdown", async () => {
    const text = await runCli(["path", "apm", "head", "--ladder", PROMOTION], { env: { COLUMNS: "80" } });
    expect(text.stdout).toBe(
      [
        "Associate PM → Head of Product on the management track: 2 steps",
        "",
        "  1  associate  Associate PM (rank 1)",
        "  2  senior     Senior PM (rank 2)",
        "     ▲ strategy 1→3 (+2), execution 2→4 (+2), influence 1→2 (+1), hands-on 3→4",
        "       (+1)",
        "     + responsibility: Own the area roadmap",
        "     + responsibility: Set quarterly goals",
        "     + skill: Roadmapping",
        "     senior expects more than associate in 4 of 4 competencies, most in strategy",
        "     and execution (+2)",
        "  3  head       Head of Product (rank 4)",
        "     ▲ influence 2→5 (+3), strategy 3→4 (+1)",
        "     ▼ hands-on 4→2 (-2)",
        "     + responsibility: Hire and grow product managers",
        "     + skill: Coaching",
        "     head expects more than senior in 2 of 4 competencies, most in influence",
        "     (+3); less in 1: hands-on (-2)",
        "",
        "overall: head expects more than associate in 3 of 4 competencies, most in",
        "  influence (+4); less in 1: hands-on (-1)",
        "",
      ].join("\n"),
    );
    const markdown = (await runCli(["path", "apm", "head", "--ladder", PROMOTION, "--format", "markdown"])).stdout;
    expect(markdown).toContain("## Senior PM → Head of Product\n\n- Rises: influence 2→5 (+3), strategy 3→4 (+1)\n- Falls: hands-on 4→2 (-2)\n- New responsibility: Hire and grow product managers\n- New skill: Coaching\n");
  });

  it("wraps every line, the rung lines too, to a narrow terminal", async () => {
    const { stdout } = await runCli(["path", "junior", "cpo"], { env: { COLUMNS: "40" } });
    for (const line of stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    expect(stdout).toMatch(/^ {2}\d {2}director {2}Director of Product \(rank\n {15}\d\)$/m);
  });

  it("keeps one colour across a wrapped list of rises", async () => {
    const { stdout } = await runCli(["path", "junior", "pm"], { env: { COLUMNS: "40", NO_COLOR: undefined, FORCE_COLOR: "1" } });
    const rises = stdout.split("\n").filter((line) => /▲|^ {7}\S/.test(line.replace(/\u001B\[[0-9;]*m/g, "")) && !line.includes("+ "));
    expect(rises.length).toBeGreaterThan(1);
    for (const line of rises) expect(line).toMatch(/^\u001B\[32m/);
  });

  it("says when next links do not join two levels of one track", async () => {
    const { stderr, code } = await runCli(["path", "senior", "staff", "--ladder", PROMOTION]);
    expect(code).toBe(1);
    expect(stderr).toContain("error: no path from senior to staff: no chain of next rungs joins them on the \"ic\" track");
    expect(stderr).toContain("hint: see where senior leads: pm-ladder next senior");
  });

  it("refuses one level named twice", async () => {
    const { stderr, code } = await runCli(["path", "senior", "spm", "--ladder", PROMOTION]);
    expect(code).toBe(1);
    expect(stderr).toContain('error: "senior" and "spm" are the same level (senior): path needs 2 different levels');
  });
});
