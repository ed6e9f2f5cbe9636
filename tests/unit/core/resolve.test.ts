import { describe, expect, it } from "vitest";
import { resolveLevel } from "../../../src/cli/level-names";
import { resolveTrack, suggestLevels } from "../../../src/core/resolve";
import { UserError } from "../../../src/errors";
import { loadFixtureLadder } from "../../helpers/ladders";

describe("level name resolution", () => {
  const ladder = loadFixtureLadder("minimal.yaml");

  it.each([
    ["senior", "senior"],
    ["SENIOR", "senior"],
    ["  senior  ", "senior"],
    ["apm", "junior"],
    ["APM", "junior"],
    ["Senior PM", "senior"],
    ["senior   pm", "senior"],
    ["group pm", "lead"],
  ])("%j names %s", (name, id) => {
    expect(resolveLevel(ladder, name).id).toBe(id);
  });

  it("rejects an unknown name with the closest matches", () => {
    let error: unknown;
    try {
      resolveLevel(ladder, "seniro");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('unknown level "seniro"');
    expect((error as UserError).details).toEqual(["did you mean: senior?"]);
    expect((error as UserError).exitCode).toBe(1);
  });

  it("suggests by alias and title too, naming level ids", () => {
    expect(suggestLevels(ladder, "apn")).toEqual(["junior"]);
    expect(suggestLevels(ladder, "staff pm")).toEqual(["staff"]);
  });

  it("says nothing it cannot back up", () => {
    expect(suggestLevels(ladder, "zzzzzzzz")).toEqual([]);
  });

  it("rejects an empty name", () => {
    expect(() => resolveLevel(ladder, "  ")).toThrow('unknown level (empty)');
  });
});

describe("track resolution", () => {
  const ladder = loadFixtureLadder("minimal.yaml");

  it("accepts an id or a name in any case", () => {
    expect(resolveTrack(ladder, "IC")).toBe("ic");
    expect(resolveTrack(ladder, "management")).toBe("management");
  });

  it("rejects an unknown track and lists the known ones", () => {
    expect(() => resolveTrack(ladder, "mgmt")).toThrow('unknown track "mgmt"');
  });
});
