import { describe, expect, it } from "vitest";
import { levelById } from "../../../src/core/levels";
import { findPath } from "../../../src/core/path";
import { UserError } from "../../../src/errors";
import { loadFixtureLadder } from "../../helpers/ladders";

const ladder = loadFixtureLadder("promotion.yaml");
const level = (id: string) => levelById(ladder, id);
const ids = (from: string, to: string, track?: string) => findPath(ladder, level(from), level(to), track).levels.map((rung) => rung.id);

function failure(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("findPath", () => {
  it("walks the next links of the track both ends share", () => {
    expect(findPath(ladder, level("associate"), level("head")).track).toBe("management");
    expect(ids("associate", "head")).toEqual(["associate", "senior", "head"]);
    expect(ids("associate", "principal")).toEqual(["associate", "senior", "principal"]);
  });

  it("takes the first track of the ladder both ends share, or the one asked for", () => {
    expect(findPath(ladder, level("associate"), level("senior")).track).toBe("ic");
    expect(findPath(ladder, level("associate"), level("senior"), "management").track).toBe("management");
  });

  it("follows the default next rungs when a ladder sets none", () => {
    const custom = loadFixtureLadder("custom.yaml");
    const path = findPath(custom, levelById(custom, "apprentice"), levelById(custom, "studio-lead"));
    expect(path.track).toBe("studio");
    expect(path.levels.map((rung) => rung.id)).toEqual(["apprentice", "designer", "studio-lead"]);
  });

  it("fails plainly when the levels share no track", () => {
    const error = failure(() => findPath(ladder, level("principal"), level("head")));
    expect(error.message).toBe("no path from principal to head: principal (ic) and head (management) share no track");
    expect(error.hint).toBe("compare them instead: pm-ladder compare principal head");
    expect(error.exitCode).toBe(1);
  });

  it("fails when no chain of next links joins them (explicit next skips staff)", () => {
    expect(failure(() => findPath(ladder, level("senior"), level("staff"))).message).toBe("no path from senior to staff: no chain of next rungs joins them on the \"ic\" track");
  });

  it("only climbs", () => {
    const error = failure(() => findPath(ladder, level("principal"), level("associate")));
    expect(error.message).toMatch(/associate \(rank 1\) is not above principal \(rank 4\)/);
    expect(error.hint).toBe("turn it round: pm-ladder path associate principal");
  });

  it("refuses a track one end is not on", () => {
    expect(failure(() => findPath(ladder, level("associate"), level("principal"), "management")).message).toBe(
      'no path from associate to principal on the "management" track: principal (ic) is not on it',
    );
  });
});
