import { describe, expect, it } from "vitest";
import { levelById } from "../../../src/core/levels";
import { nextRungs } from "../../../src/core/next";
import { loadFixtureLadder } from "../../helpers/ladders";
import { inlineLadder } from "../../helpers/tiny-ladder";

const ladder = loadFixtureLadder("promotion.yaml");
const summary = (id: string) => {
  const next = nextRungs(ladder, levelById(ladder, id));
  return { rungs: next.rungs.map((rung) => [rung.level.id, rung.tracks]), topOf: next.topOf };
};

describe("nextRungs", () => {
  it("gives each next rung with the tracks that lead to it", () => {
    expect(summary("senior")).toEqual({ rungs: [["principal", ["ic"]], ["head", ["management"]]], topOf: [] });
    expect(summary("associate")).toEqual({ rungs: [["senior", ["ic", "management"]]], topOf: [] });
  });

  it("names the tracks a level is the top of", () => {
    expect(summary("principal")).toEqual({ rungs: [], topOf: ["ic"] });
    expect(summary("head")).toEqual({ rungs: [], topOf: ["management"] });
  });

  it("tops one track while another goes on", () => {
    const minimal = loadFixtureLadder("custom.yaml");
    const designer = nextRungs(minimal, levelById(minimal, "designer"));
    expect(designer.rungs.map((rung) => [rung.level.id, rung.tracks])).toEqual([
      ["master", ["craft"]],
      ["studio-lead", ["studio"]],
    ]);
    expect(designer.topOf).toEqual([]);
  });

  it("tells a track that ends at the level from one its next rungs just do not continue", () => {
    const crossed = inlineLadder(`schema: pm-ladder/v1
name: Crossed
tracks: [{ id: a, name: A }, { id: b, name: B }]
competencies: [{ id: x, name: X }]
levels:
  - { id: a1, title: A1, rank: 1, tracks: [a], summary: s, next: [b2], expectations: { x: 1 } }
  - { id: b2, title: B2, rank: 2, tracks: [b], summary: s, expectations: { x: 2 } }
  - { id: a2, title: A2, rank: 2, tracks: [a], summary: s, expectations: { x: 3 } }
  - { id: a3, title: A3, rank: 3, tracks: [a], summary: s, expectations: { x: 4 } }
`);
    const next = nextRungs(crossed, levelById(crossed, "a1"));
    expect(next.rungs.map((rung) => [rung.level.id, rung.tracks])).toEqual([["b2", ["b"]]]);
    expect(next.topOf).toEqual([]);
    expect(next.unlinked).toEqual([{ track: "a", above: ["a2", "a3"] }]);
    expect(nextRungs(crossed, levelById(crossed, "a3"))).toMatchObject({ topOf: ["a"], unlinked: [] });
  });
});
