import { describe, expect, it } from "vitest";
import { levelById } from "../../../src/core/levels";
import { nextRungs } from "../../../src/core/next";
import { loadFixtureLadder } from "../../helpers/ladders";

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
});
