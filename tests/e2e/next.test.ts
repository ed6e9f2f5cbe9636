import { describe, expect, it } from "vitest";
import { fixture, runCli } from "../helpers/run-cli";
import { readTsv } from "../helpers/tsv";
import { displayWidth } from "../../src/render/text";

const CUSTOM = fixture("ladders/custom.yaml");
const PROMOTION = fixture("ladders/promotion.yaml");

interface NextJson {
  level: { id: string };
  next: { level: { id: string; tracks: string[] }; tracks: string[]; step: { from: string; to: string; deltas: { delta: number; fromScore: number; toScore: number }[]; summary: { text: string } } }[];
  topOf: string[];
}

describe("next on the default ladder", () => {
  it("gives every next rung of senior, per track, with what changes", async () => {
    const shown = JSON.parse((await runCli(["show", "senior", "--json"])).stdout).level;
    const { stdout, stderr, code } = await runCli(["next", "senior", "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const data = JSON.parse(stdout) as NextJson;
    expect(data.level.id).toBe("senior");
    expect(data.next.map((rung) => rung.level.id)).toEqual(shown.next.map((rung: { id: string }) => rung.id));
    expect(data.next.map((rung) => rung.level.id)).toEqual(expect.arrayContaining(["staff", "group-pm"]));
    for (const rung of data.next) {
      expect(rung.tracks.every((track) => shown.tracks.includes(track) && rung.level.tracks.includes(track))).toBe(true);
      expect(rung.step.from).toBe("senior");
      expect(rung.step.to).toBe(rung.level.id);
      for (const delta of rung.step.deltas) expect(delta.delta).toBe(delta.toScore - delta.fromScore);
      expect(rung.step.summary.text).toMatch(new RegExp(`^${rung.level.id} expects`));
    }
    expect(data.topOf).toEqual([]);
  });

  it("prints one section per rung, each with its competencies and closing line", async () => {
    const { stdout, code } = await runCli(["next", "senior"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^→ .+ \(staff\) · rank \d+ · on the ic track$/m);
    expect(stdout).toMatch(/^→ .+ \(group-pm\) · rank \d+ · on the management track$/m);
    expect(stdout.match(/^COMPETENCY\s+senior\s+\S+\s+CHANGE$/gm)).toHaveLength(2);
    expect(stdout.replace(/\s+/g, " ")).toMatch(/staff expects more than senior in \d+ of \d+ competencies/);
  });

  it("says so at the top of a track", async () => {
    const { stdout, code } = await runCli(["next", "cpo"]);
    expect(code).toBe(0);
    expect(stdout).toContain("cpo is the top of its management track: there is no next rung");
    const data = JSON.parse((await runCli(["next", "cpo", "--json"])).stdout) as NextJson;
    expect(data).toMatchObject({ next: [], topOf: ["management"] });
  });

  it("writes TSV and markdown", async () => {
    const records = readTsv((await runCli(["next", "senior", "--format", "tsv"])).stdout);
    expect(new Set(records.map((record) => record.to))).toEqual(new Set(["staff", "group-pm"]));
    expect(records.every((record) => record.from === "senior")).toBe(true);
    const markdown = (await runCli(["next", "senior", "--format", "markdown"])).stdout;
    expect(markdown).toMatch(/^# Next from .+$/m);
    expect(markdown).toMatch(/^## .+ \(ic track\)$/m);
    expect(markdown).toMatch(/^## .+ \(management track\)$/m);
  });

  it("rejects an unknown level", async () => {
    const { stderr, code } = await runCli(["next", "seniorr"]);
    expect(code).toBe(1);
    expect(stderr).toContain('error: unknown level "seniorr"');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe("next on custom ladders", () => {
  it("splits by track where the tracks part", async () => {
    const data = JSON.parse((await runCli(["next", "designer", "--json", "--ladder", CUSTOM])).stdout) as NextJson;
    expect(data.next.map((rung) => [rung.level.id, rung.tracks])).toEqual([
      ["master", ["craft"]],
      ["studio-lead", ["studio"]],
    ]);
  });

  it("follows explicit next links and stacks when narrow", async () => {
    const { stdout, code } = await runCli(["next", "spm", "--ladder", PROMOTION], { env: { COLUMNS: "60" } });
    expect(code).toBe(0);
    expect(stdout).toContain("→ Principal PM (principal) · rank 4 · on the ic track");
    expect(stdout).toContain("→ Head of Product (head) · rank 4 · on the management track");
    expect(stdout).toMatch(/^Influence {2}▲ \+3\n {2}senior {2}██░░░ 2 Developing\n {2}head {4}█████ 5 Leading$/m);
    expect(stdout).not.toContain("COMPETENCY");
  });

  it("wraps every line, the 'nothing new' one too, to a narrow terminal", async () => {
    const { stdout } = await runCli(["next", "app", "--ladder", CUSTOM], { env: { COLUMNS: "50" } });
    for (const line of stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    expect(stdout).toContain("  nothing: designer lists no responsibilities or\n  skills\n");
  });

  it("says when a level tops one of its tracks", async () => {
    const { stdout } = await runCli(["next", "principal", "--ladder", PROMOTION]);
    expect(stdout).toContain("principal is the top of its ic track: there is no next rung");
  });
});
