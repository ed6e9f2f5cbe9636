import { describe, expect, it } from "vitest";
import { compareLevels } from "../../../src/core/compare";
import { levelById } from "../../../src/core/levels";
import { displayWidth } from "../../../src/render/text";
import { plainTheme } from "../../../src/render/theme";
import { changeMark, columnsWidthFor, resolveLayout } from "../../../src/render/views/compare-parts";
import { compareData, compareView } from "../../../src/render/views/compare";
import { loadFixtureLadder } from "../../helpers/ladders";

const ladder = loadFixtureLadder("promotion.yaml");
const comparison = compareLevels(ladder, [levelById(ladder, "senior"), levelById(ladder, "principal")]);
const text = (layout: "auto" | "columns" | "stacked", width: number) => compareView({ ladder, comparison }, layout, plainTheme, width).table();

describe("compare layout", () => {
  it("is columns when the terminal holds every level, stacked otherwise", () => {
    expect(resolveLayout("auto", columnsWidthFor(2), 2)).toBe("columns");
    expect(resolveLayout("auto", columnsWidthFor(2) - 1, 2)).toBe("stacked");
    expect(resolveLayout("auto", 100, 4)).toBe("stacked");
    expect(resolveLayout("stacked", 200, 2)).toBe("stacked");
    expect(resolveLayout("columns", 40, 2)).toBe("columns");
  });

  it.each([
    ["auto", 60],
    ["auto", 160],
    ["columns", 80],
    ["stacked", 40],
  ] as const)("%s at %i columns fits the width and shows every part", (layout, width) => {
    const output = text(layout, width);
    for (const line of output.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    for (const part of ["Senior PM", "Principal PM", "Product strategy", "█████ 5 Leading", "▲ +2", "▼ -1", "= same", "Writes the multi-year product vision", "Narrative writing"]) {
      expect(output.replace(/\s+/g, " ")).toContain(part.replace("Writes", "Write"));
    }
    // The closing line comes last, wrapped to the width.
    expect(output.trimEnd().split("\n\n").at(-1)!.replace(/\s+/g, " ")).toBe(
      "principal expects more than senior in 2 of 4 competencies, most in strategy and influence (+2); less in 1: hands-on (-1)",
    );
  });

  it("puts the two scores of a competency on one line in columns, on separate lines when stacked", () => {
    expect(text("columns", 160)).toMatch(/^Product strategy\s+███░░ 3 Proficient\s+█████ 5 Leading\s+▲ \+2$/m);
    const stacked = text("stacked", 60);
    expect(stacked).toMatch(/^Product strategy {2}▲ \+2\n {2}senior {5}███░░ 3 Proficient\n {13}Sets the strategy of an area\.\n {2}principal {2}█████ 5 Leading$/m);
  });

  it("marks changes with a sign and an arrow", () => {
    expect([changeMark(2), changeMark(0), changeMark(-1)]).toEqual(["▲ +2", "= same", "▼ -1"]);
  });
});

describe("compare data", () => {
  it("has one record per level and per competency, in the comparison's order", () => {
    const data = compareData({ ladder, comparison });
    expect(data.levels.map((level) => level.id)).toEqual(["senior", "principal"]);
    expect(data.competencies.map((item) => [item.id, item.delta, item.change])).toEqual([
      ["strategy", 2, "rises"],
      ["influence", 2, "rises"],
      ["hands-on", -1, "falls"],
      ["execution", 0, "same"],
    ]);
    expect(data.competencies[0]!.expectations).toEqual([
      { level: "senior", score: 3, label: "Proficient", text: "Sets the strategy of an area." },
      { level: "principal", score: 5, label: "Leading", text: "Writes the strategy others follow." },
    ]);
    expect(data.steps[0]!.new).toEqual({ responsibilities: ["Write the multi-year product vision"], skills: ["Narrative writing"] });
    expect(data.summary).toMatchObject({ from: "senior", to: "principal", rises: 2, same: 1, falls: 1, total: 4, mostRise: { competencies: ["strategy", "influence"], delta: 2 } });
  });
});
