import { describe, expect, it } from "vitest";
import { validateLadderText } from "../../../src/ladder/validate";

/** One track, four rungs; `{a}`..`{d}` are the `spec` expectations of each rung (craft rises 1..4). */
const climb = (a: string, b: string, c: string, d: string) => `schema: pm-ladder/v1
name: Climb
tracks:
  - { id: ic, name: IC }
competencies:
  - { id: craft, name: Craft }
  - { id: spec, name: Specification }
levels:
  - { id: l1, title: L1, rank: 1, summary: One., expectations: { craft: 1, spec: ${a} } }
  - { id: l2, title: L2, rank: 2, summary: Two., expectations: { craft: 2, spec: ${b} } }
  - { id: l3, title: L3, rank: 3, summary: Three., expectations: { craft: 3, spec: ${c} } }
  - { id: l4, title: L4, rank: 4, summary: Four., expectations: { craft: 4, spec: ${d} } }
`;

const warnings = (text: string) => validateLadderText(text, "climb.yaml", false).issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`);

describe("lint: falling expectations", () => {
  it("reports a fall once, where it falls, not again at every higher rung that stays down", () => {
    expect(warnings(climb("3", "4", "2", "2"))).toEqual([
      '11:84 expectation falls along track "ic": 2 here, 4 at lower-ranked "l2" (if intended, say why with `drop:`)',
    ]);
  });

  it("reports each new fall", () => {
    expect(warnings(climb("4", "3", "3", "2"))).toEqual([
      '10:82 expectation falls along track "ic": 3 here, 4 at lower-ranked "l1" (if intended, say why with `drop:`)',
      '12:83 expectation falls along track "ic": 2 here, 3 at lower-ranked "l3" (if intended, say why with `drop:`)',
    ]);
  });

  it("skips n/a, measuring against the nearest lower rung that expects the competency", () => {
    expect(warnings(climb("3", "n/a", "3", "n/a"))).toEqual([]);
    expect(warnings(climb("3", "n/a", "2", "n/a"))).toEqual([
      '11:84 expectation falls along track "ic": 2 here, 3 at lower-ranked "l1" (if intended, say why with `drop:`)',
    ]);
  });

  it("takes a fall marked with drop: as intended, and the rungs after it measure from there", () => {
    const text = climb("3", "4", "{ score: 2, drop: Directors specify less by hand. }", "2");
    expect(warnings(text)).toEqual([]);
    expect(validateLadderText(text, "climb.yaml", true).valid).toBe(true);
  });

  it("warns about a drop: where nothing falls", () => {
    expect(warnings(climb("3", "{ score: 4, drop: Not a drop. }", "4", "4"))).toEqual([
      '10:94 `drop:` marks a fall as intended, but "spec" does not fall here on any track of "l2"; remove it',
    ]);
  });

  it("reports a level on two tracks that falls on both once", () => {
    const twoTracks = climb("3", "4", "2", "2").replace("  - { id: ic, name: IC }\n", "  - { id: ic, name: IC }\n  - { id: management, name: Management }\n");
    expect(warnings(twoTracks)).toEqual([
      '12:84 expectation falls along track "ic": 2 here, 4 at lower-ranked "l2" (if intended, say why with `drop:`)',
    ]);
  });
});
