import { describe, expect, it } from "vitest";
import { createLineAssessor } from "../../../src/core/batch";
import { createTeamSummary } from "../../../src/core/batch-summary";
import { loadFixtureLadder } from "../../helpers/ladders";

// minimal.yaml: strategy and execution; junior (1, 2) and senior (3, 3) on both tracks,
// staff (5, 4) on ic, lead (4, 4) on management; threshold 0.9. Worked by hand:
//   ana: strategy 4, execution 4, votes ic        → ic/senior; gap strategy 1 (staff expects 5)
//   ben: strategy 1, execution 2, votes management → management/junior; gaps strategy 2, execution 1 (senior: 3, 3)
//   cy:  ratings 5 and 5, no vote → first track ic → ic/staff, the top: no gaps
const LINES = [
  '{"id":"ana","answers":{"vision":2,"shipping":4,"path":1}}',
  '{"id":"ben","answers":{"vision":1,"shipping":2,"path":2}}',
  '{"id":"cy","ratings":{"strategy":5,"execution":5}}',
];

describe("the team summary of a batch", () => {
  const ladder = loadFixtureLadder("minimal.yaml");

  function summarise(lines: readonly string[]) {
    const assess = createLineAssessor(ladder);
    const team = createTeamSummary(ladder);
    lines.forEach((line, index) => {
      const outcome = assess(line, index + 1);
      if (outcome.ok) team.add(outcome.result);
      else team.addFailure();
    });
    return team.summary();
  }

  it("counts each person once, at their placement on the track they were placed on", () => {
    const summary = summarise(LINES);
    expect(summary.people).toBe(3);
    expect(summary.tracks.map((track) => [track.id, track.people, track.belowFirstRung, track.levels.map((level) => `${level.id}:${level.people}`)])).toEqual([
      ["ic", 2, 0, ["junior:0", "senior:1", "staff:1"]],
      ["management", 1, 0, ["junior:1", "senior:0", "lead:0"]],
    ]);
  });

  it("gives each competency's mean score and mean gap over everyone (no gap counts as 0)", () => {
    expect(summarise(LINES).competencies).toEqual([
      { id: "strategy", name: "Strategy", meanScore: 3.3333, meanGap: 1, withGap: 2 },
      { id: "execution", name: "Execution", meanScore: 3.6667, meanGap: 0.3333, withGap: 1 },
    ]);
  });

  it("counts below-the-first-rung placements and leaves failed lines out of every figure", () => {
    const summary = summarise([...LINES, '{"answers":{"vision":9}}', "not json", '{"ratings":{"strategy":1,"execution":1},"track":"management"}']);
    expect(summary.people).toBe(4);
    expect(summary.failed).toBe(2);
    expect(summary.tracks[1]).toMatchObject({ id: "management", people: 2, belowFirstRung: 1 });
    // The fourth person (1, 1) reaches no level; the gap below the first rung is to junior (1, 2): execution only.
    expect(summary.competencies).toMatchObject([
      { id: "strategy", meanScore: 2.75, meanGap: 0.75, withGap: 2 },
      { id: "execution", meanScore: 3, meanGap: 0.5, withGap: 2 },
    ]);
  });

  it("has no means for an empty batch: null, not a zero nobody scored", () => {
    const summary = summarise([]);
    expect(summary.people).toBe(0);
    expect(summary.competencies.map((competency) => [competency.meanScore, competency.meanGap, competency.withGap])).toEqual([
      [null, null, 0],
      [null, null, 0],
    ]);
  });
});
