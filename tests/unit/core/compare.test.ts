import { describe, expect, it } from "vitest";
import { compareLevels, competencyDeltas, formatDelta, newItems, summariseChange, summaryLine } from "../../../src/core/compare";
import { levelById } from "../../../src/core/levels";
import type { Ladder } from "../../../src/ladder/model";
import { loadFixtureLadder } from "../../helpers/ladders";
import { inlineLadder } from "../../helpers/tiny-ladder";

const ladder = loadFixtureLadder("promotion.yaml");
const level = (id: string) => levelById(ladder, id);

describe("compareLevels", () => {
  it("gives each competency's scores per level and its delta from the first level to the last", () => {
    const comparison = compareLevels(ladder, [level("senior"), level("principal")], "ladder");
    expect(comparison.competencies.map((item) => [item.competency.id, item.expectations.map((expectation) => expectation.score), item.delta, item.change])).toEqual([
      ["strategy", [3, 5], 2, "rises"],
      ["execution", [4, 4], 0, "same"],
      ["influence", [2, 4], 2, "rises"],
      ["hands-on", [4, 3], -1, "falls"],
    ]);
    expect(comparison.competencies[0]!.expectations.map((expectation) => expectation.text)).toEqual(["Sets the strategy of an area.", "Writes the strategy others follow."]);
    expect(comparison.competencies[2]!.expectations[0]!.text).toBeUndefined();
  });

  it("orders by the size of the change, largest first, ties and equal sizes in ladder order", () => {
    const comparison = compareLevels(ladder, [level("senior"), level("principal")]);
    expect(comparison.competencies.map((item) => item.competency.id)).toEqual(["strategy", "influence", "hands-on", "execution"]);
    // A fall counts by its size: -2 comes before +1.
    const toHead = compareLevels(ladder, [level("senior"), level("head")]);
    expect(toHead.competencies.map((item) => [item.competency.id, item.delta])).toEqual([
      ["influence", 3],
      ["hands-on", -2],
      ["strategy", 1],
      ["execution", 0],
    ]);
    expect(toHead.steps[0]!.deltas.map((delta) => delta.competency.id)).toEqual(["influence", "hands-on", "strategy", "execution"]);
  });

  it("keeps the order the levels were named in: going down the ladder, expectations fall", () => {
    const comparison = compareLevels(ladder, [level("principal"), level("senior")], "ladder");
    expect(comparison.competencies.map((item) => item.delta)).toEqual([-2, 0, -2, 1]);
    expect(comparison.overall.from.id).toBe("principal");
    expect(summaryLine(comparison.overall)).toBe("senior expects more than principal in 1 of 4 competencies: hands-on (+1); less in 2, each by -2");
  });

  it("compares several levels step by step, each with the one before it", () => {
    const comparison = compareLevels(ladder, [level("associate"), level("senior"), level("principal")], "ladder");
    expect(comparison.steps.map((step) => [step.from.id, step.to.id])).toEqual([
      ["associate", "senior"],
      ["senior", "principal"],
    ]);
    expect(comparison.steps[0]!.deltas.map((delta) => delta.delta)).toEqual([2, 2, 1, 1]);
    expect(comparison.steps[1]!.deltas.map((delta) => delta.delta)).toEqual([2, 0, 2, -1]);
    // First to last: hands-on goes 3 → 4 → 3, so overall it stays the same.
    expect(comparison.competencies.map((item) => item.delta)).toEqual([4, 2, 3, 0]);
    expect(comparison.overall.from.id).toBe("associate");
    expect(comparison.overall.to.id).toBe("principal");
    expect(comparison.overall.same).toBe(1);
  });

  it("sets apart what is new at the later level", () => {
    const [step] = compareLevels(ladder, [level("senior"), level("principal")]).steps;
    expect(step!.newResponsibilities).toEqual(["Write the multi-year product vision"]);
    expect(step!.newSkills).toEqual(["Narrative writing"]);
  });

  it("refuses fewer than two levels (the command checks first; this guards the core)", () => {
    expect(() => compareLevels(ladder, [level("senior")])).toThrow(/at least two/);
  });
});

describe("newItems", () => {
  it("keeps the later items the earlier list lacks, in order, matching case and spacing loosely", () => {
    expect(newItems(["Own the roadmap", "Write specs"], ["own  the ROADMAP ", "Hire PMs", "Write specs", "Coach"])).toEqual(["Hire PMs", "Coach"]);
    expect(newItems([], ["a"])).toEqual(["a"]);
    expect(newItems(["a"], [])).toEqual([]);
  });
});

describe("summary line", () => {
  const line = (from: string, to: string, onLadder: Ladder = ladder) =>
    summaryLine(summariseChange(levelById(onLadder, from), levelById(onLadder, to), competencyDeltas(onLadder, levelById(onLadder, from), levelById(onLadder, to))));

  it("counts the rises and names the largest", () => {
    expect(line("associate", "senior")).toBe("senior expects more than associate in 4 of 4 competencies, most in strategy and execution (+2)");
  });

  it("says 'each by' rather than naming every rise (or fall) as the largest when they are all the same size", () => {
    expect(line("senior", "staff")).toBe("staff expects more than senior in 2 of 4 competencies, each by +1");
    expect(line("principal", "senior")).toBe("senior expects more than principal in 1 of 4 competencies: hands-on (+1); less in 2, each by -2");
  });

  it("names falls after the rises, and a lone one without 'most'", () => {
    expect(line("senior", "head")).toBe("head expects more than senior in 2 of 4 competencies, most in influence (+3); less in 1: hands-on (-2)");
  });

  it("says when only falls, or nothing, change", () => {
    expect(line("staff", "associate")).toBe("associate expects less than staff in 4 of 4 competencies, most in strategy (-3)");
    const custom = loadFixtureLadder("custom.yaml");
    expect(line("apprentice", "apprentice", custom)).toBe("apprentice and apprentice expect the same in all 3 competencies");
    const single = inlineLadder(
      ["schema: pm-ladder/v1", "name: One", "tracks: [{ id: ic, name: IC }]", "competencies: [{ id: craft, name: Craft }]", "levels:",
        "  - { id: a, title: A, rank: 1, summary: A., expectations: { craft: 2 } }", "  - { id: b, title: B, rank: 2, summary: B., expectations: { craft: 2 } }"].join("\n"),
    );
    expect(line("a", "b", single)).toBe("a and b expect the same in their one competency");
  });

  it("gives the facts behind the line", () => {
    const senior = level("senior");
    const head = level("head");
    const summary = summariseChange(senior, head, competencyDeltas(ladder, senior, head));
    expect({ rises: summary.rises, same: summary.same, falls: summary.falls, total: summary.total }).toEqual({ rises: 2, same: 1, falls: 1, total: 4 });
    expect(summary.mostRise?.competencies.map((competency) => competency.id)).toEqual(["influence"]);
    expect(summary.mostFall?.delta).toBe(-2);
  });

  it("writes deltas signed", () => {
    expect([formatDelta(2), formatDelta(0), formatDelta(-1), formatDelta(0.333)]).toEqual(["+2", "0", "-1", "+0.33"]);
  });
});
