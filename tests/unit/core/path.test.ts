import { describe, expect, it } from "vitest";
import { levelById } from "../../../src/core/levels";
import { findPath, type LadderPath, type NoPath } from "../../../src/core/path";
import { loadFixtureLadder } from "../../helpers/ladders";

const ladder = loadFixtureLadder("promotion.yaml");
const level = (id: string) => levelById(ladder, id);

function found(from: string, to: string, track?: string, within = ladder): LadderPath {
  const path = findPath(within, levelById(within, from), levelById(within, to), track);
  if ("message" in path) throw new Error(`expected a path, got: ${path.message}`);
  return path;
}

function noPath(from: string, to: string, track?: string): NoPath {
  const path = findPath(ladder, level(from), level(to), track);
  if (!("message" in path)) throw new Error(`expected no path, got ${path.levels.map((rung) => rung.id).join(" → ")}`);
  return path;
}

const ids = (from: string, to: string, track?: string) => found(from, to, track).levels.map((rung) => rung.id);

describe("findPath", () => {
  it("walks the next links of the track both ends share", () => {
    expect(found("associate", "head").track).toBe("management");
    expect(ids("associate", "head")).toEqual(["associate", "senior", "head"]);
    expect(ids("associate", "principal")).toEqual(["associate", "senior", "principal"]);
  });

  it("takes the first track of the ladder both ends share, or the one asked for", () => {
    expect(found("associate", "senior").track).toBe("ic");
    expect(found("associate", "senior", "management").track).toBe("management");
  });

  it("follows the default next rungs when a ladder sets none", () => {
    const custom = loadFixtureLadder("custom.yaml");
    const path = found("apprentice", "studio-lead", undefined, custom);
    expect(path.track).toBe("studio");
    expect(path.levels.map((rung) => rung.id)).toEqual(["apprentice", "designer", "studio-lead"]);
  });

  it("fails plainly when the levels share no track", () => {
    expect(noPath("principal", "head")).toEqual({
      message: "no path from principal to head: principal (ic) and head (management) share no track",
      instead: { kind: "compare" },
    });
  });

  it("fails when no chain of next links joins them (explicit next skips staff)", () => {
    expect(noPath("senior", "staff")).toEqual({ message: 'no path from senior to staff: no chain of next rungs joins them on the "ic" track', instead: { kind: "next" } });
  });

  it("only climbs", () => {
    const refused = noPath("principal", "associate");
    expect(refused.message).toMatch(/associate \(rank 1\) is not above principal \(rank 4\)/);
    expect(refused.instead).toEqual({ kind: "reverse" });
  });

  it("refuses a track one end is not on", () => {
    expect(noPath("associate", "principal", "management")).toEqual({
      message: 'no path from associate to principal on the "management" track: principal (ic) is not on it',
      instead: { kind: "track", track: "ic" },
    });
  });
});
