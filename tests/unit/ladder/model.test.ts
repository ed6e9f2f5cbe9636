import { describe, expect, it } from "vitest";
import { loadFixtureLadder } from "../../helpers/ladders";

describe("the ladder model", () => {
  const ladder = loadFixtureLadder("minimal.yaml");

  it("orders levels by rank, keeping file order within a rank", () => {
    expect(ladder.levels.map((level) => level.id)).toEqual(["junior", "senior", "staff", "lead"]);
  });

  it("puts a level without tracks on every track", () => {
    expect(ladder.levels[0]?.tracks).toEqual(["ic", "management"]);
  });

  it("defaults next to the lowest-ranked levels above that share a track", () => {
    const next = Object.fromEntries(ladder.levels.map((level) => [level.id, level.next]));
    expect(next).toEqual({ junior: ["senior"], senior: ["staff", "lead"], staff: [], lead: [] });
  });

  it("turns short-form expectations into the long form", () => {
    expect(ladder.levels[1]?.expectations).toEqual({ strategy: { score: 3, examples: [] }, execution: { score: 3, text: "Ships reliably.", examples: [] } });
  });

  it("applies the default scale, labels and threshold", () => {
    expect(ladder.scale).toEqual({ min: 1, max: 5, labels: { 1: "Learning", 2: "Developing", 3: "Proficient", 4: "Advanced", 5: "Leading" } });
    expect(ladder.scoring.threshold).toBe(0.9);
  });

  it("keeps a custom scale and its labels", () => {
    const custom = loadFixtureLadder("custom.yaml");
    expect(custom.scale).toEqual({ min: 0, max: 3, labels: { 0: "None", 1: "Some", 2: "Solid", 3: "Deep" } });
    expect(custom.scoring.threshold).toBe(0.8);
  });

  it("gives questions their default kind and an empty option list for ratings", () => {
    expect(ladder.questions.map((question) => [question.id, question.kind, question.options.length])).toEqual([
      ["vision", "competency", 2],
      ["shipping", "competency", 0],
      ["path", "track", 2],
    ]);
  });
});
