import { describe, expect, it } from "vitest";
import { requireDistinct, resolveDistinctLevels } from "../../../src/cli/level-names";
import { describeSameLevel } from "../../../src/core/distinct-levels";
import { UserError } from "../../../src/errors";
import { loadFixtureLadder } from "../../helpers/ladders";

const ladder = loadFixtureLadder("promotion.yaml");

describe("resolveDistinctLevels", () => {
  it("keeps each level once, in the order first named, and records the names that meant the same level", () => {
    const distinct = resolveDistinctLevels(ladder, ["senior", "apm", "SPM", "principal"]);
    expect(distinct.levels.map((level) => level.id)).toEqual(["senior", "associate", "principal"]);
    expect(distinct.duplicates.map(describeSameLevel)).toEqual(['"senior" and "SPM" are the same level (senior)']);
  });

  it("says it plainly for three names and for one name twice", () => {
    expect(resolveDistinctLevels(ladder, ["senior", "spm", "Senior PM"]).duplicates.map(describeSameLevel)).toEqual(['"senior", "spm" and "Senior PM" are the same level (senior)']);
    expect(resolveDistinctLevels(ladder, ["apm", "apm"]).duplicates.map(describeSameLevel)).toEqual(['"apm" is named twice (Associate PM)']);
  });

  it("fails on an unknown name with suggestions", () => {
    expect(() => resolveDistinctLevels(ladder, ["senior", "principle"])).toThrow('unknown level "principle"');
  });

  it("names every unknown name at once, each with its own suggestions", () => {
    let error: unknown;
    try {
      resolveDistinctLevels(ladder, ["seniro", "staff-pm", "principle", "zzzz"]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^unknown levels "seniro", /);
    expect((error as UserError).details).toContain('"seniro": did you mean: senior?');
    expect((error as UserError).details).toContain('"zzzz": no level has a similar name');
  });
});

describe("requireDistinct", () => {
  it("is an error (exit 1) when the names leave fewer distinct levels than needed", () => {
    let error: unknown;
    try {
      requireDistinct(resolveDistinctLevels(ladder, ["senior", "spm"]), 2, "compare");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('"senior" and "spm" are the same level (senior): compare needs 2 different levels');
    expect((error as UserError).exitCode).toBe(1);
  });

  it("is a usage error (exit 2) when too few names were given at all", () => {
    expect(() => requireDistinct(resolveDistinctLevels(ladder, ["senior"]), 2, "compare")).toThrow(expect.objectContaining({ exitCode: 2, message: "compare needs at least 2 levels" }));
  });

  it("passes distinct levels through", () => {
    expect(requireDistinct(resolveDistinctLevels(ladder, ["senior", "spm", "head"]), 2, "compare").map((level) => level.id)).toEqual(["senior", "head"]);
  });
});
