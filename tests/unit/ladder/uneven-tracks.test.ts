import { describe, expect, it } from "vitest";
import { nextRungs } from "../../../src/core/next";
import { levelById } from "../../../src/core/levels";
import { inlineLadder } from "../../helpers/tiny-ladder";

/** senior is on both tracks; the IC rung above it sits at rank 3, the management rung at rank 4. */
const UNEVEN = `schema: pm-ladder/v1
name: Uneven
tracks:
  - { id: ic, name: IC }
  - { id: management, name: Management }
competencies:
  - { id: craft, name: Craft }
levels:
  - { id: pm, title: PM, rank: 1, summary: Ships., expectations: { craft: 1 } }
  - { id: senior, title: Senior, rank: 2, summary: Owns., expectations: { craft: 2 } }
  - { id: staff, title: Staff, rank: 3, tracks: [ic], summary: Shapes., expectations: { craft: 3 } }
  - { id: principal, title: Principal, rank: 5, tracks: [ic], summary: Leads., expectations: { craft: 5 } }
  - { id: gpm, title: Group PM, rank: 4, tracks: [management], summary: Manages., expectations: { craft: 4 } }
`;

describe("default next rungs, per track", () => {
  const ladder = inlineLadder(UNEVEN);
  const next = (id: string) => levelById(ladder, id).next;

  it("gives each track of a level its own lowest-ranked rung above, in file order", () => {
    expect(next("senior")).toEqual(["staff", "gpm"]);
    expect(next("pm")).toEqual(["senior"]);
    expect(next("staff")).toEqual(["principal"]);
    expect(next("gpm")).toEqual([]);
  });

  it("never calls a level the top of a track while a higher level is on it", () => {
    expect(nextRungs(ladder, levelById(ladder, "senior")).topOf).toEqual([]);
    expect(nextRungs(ladder, levelById(ladder, "gpm")).topOf).toEqual(["management"]);
  });

  it("keeps the old answer where the tracks' rungs sit at the same rank", () => {
    const even = inlineLadder(UNEVEN.replace("rank: 3, tracks: [ic]", "rank: 4, tracks: [ic]"));
    expect(levelById(even, "senior").next).toEqual(["staff", "gpm"]);
  });
});

describe("explicit next links that skip a rung", () => {
  const skipping = UNEVEN.replace("rank: 2, summary: Owns.,", "rank: 2, next: [staff], summary: Owns.,");

  it("are not the top of the skipped track, but unlinked", () => {
    const ladder = inlineLadder(skipping);
    const result = nextRungs(ladder, levelById(ladder, "senior"));
    expect(result.topOf).toEqual([]);
    expect(result.unlinked).toEqual([{ track: "management", above: ["gpm"] }]);
  });

});
