import { describe, expect, it } from "vitest";
import { compareLevels } from "../../../src/core/compare";
import { levelById } from "../../../src/core/levels";
import { displayWidth } from "../../../src/render/text";
import { plainTheme } from "../../../src/render/theme";
import { changeMark, columnParts, columnsWidthFor, renderNewItems } from "../../../src/render/views/compare-parts";
import { compareData, compareView } from "../../../src/render/views/compare";
import { readFileSync } from "node:fs";
import { loadLadder } from "../../../src/ladder/load";
import { loadFixtureLadder } from "../../helpers/ladders";
import { ROOT } from "../../helpers/run-cli";
import { inlineLadder } from "../../helpers/tiny-ladder";

const ladder = loadFixtureLadder("promotion.yaml");
const defaultLadder = loadLadder(readFileSync(`${ROOT}/ladder.yaml`, "utf8"), "ladder.yaml").ladder;
const comparison = compareLevels(ladder, [levelById(ladder, "senior"), levelById(ladder, "principal")]);
const text = (layout: "auto" | "columns" | "stacked", width: number) => compareView({ ladder, comparison }, layout, plainTheme, width).table();

describe("compare layout", () => {
  it("is columns when the terminal holds every level and every part fits, stacked otherwise", () => {
    const fits = () => "part\n";
    expect(columnParts("auto", columnsWidthFor(2), 2, [fits])).toEqual(["part\n"]);
    expect(columnParts("auto", columnsWidthFor(2) - 1, 2, [fits])).toBeUndefined();
    expect(columnParts("stacked", 200, 2, [fits])).toBeUndefined();
    expect(columnParts("columns", 40, 2, [fits])).toEqual(["part\n"]);
    expect(columnParts("columns", 200, 2, [fits, () => undefined])).toBeUndefined();
  });

  it("never mixes layouts: a part too wide for columns stacks the whole comparison", () => {
    const long = inlineLadder(
      ["schema: pm-ladder/v1", "name: Long", "tracks: [{ id: ic, name: IC }]", "competencies:",
        "  - { id: craft, name: Craft of shaping a product from the first sketch to the last release note in every market }",
        "levels:", "  - { id: a, title: A, rank: 1, summary: A., expectations: { craft: 2 } }", "  - { id: b, title: B, rank: 2, summary: B., expectations: { craft: 3 } }"].join("\n"),
    );
    const output = compareView({ ladder: long, comparison: compareLevels(long, long.levels) }, "auto", plainTheme, 80).table();
    expect(output).not.toMatch(/^(COMPETENCY|TITLE|SUMMARY)\b/m);
    expect(output).toMatch(/^ {2}a {2}██░░░ 2 Developing$/m);
    for (const line of output.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it("stacks, and says so, when --layout columns cannot fit", () => {
    const output = text("columns", 40);
    expect(output).toContain("(40 columns are too narrow for the\ncolumns layout: stacked instead)");
    expect(output).not.toMatch(/^[A-Z]+:/m);
    expect(output).toMatch(/^Product strategy {2}▲ \+2$/m);
  });

  it("never splits a score label from its bar at the narrowest width that is still columns", () => {
    for (const ids of [["pm", "senior", "staff"], ["junior", "pm", "senior", "staff"]]) {
      const levels = ids.map((id) => levelById(defaultLadder, id));
      const output = compareView({ ladder: defaultLadder, comparison: compareLevels(defaultLadder, levels) }, "auto", plainTheme, columnsWidthFor(ids.length)).table();
      expect(output).toMatch(/^COMPETENCY +junior|^COMPETENCY +pm/m);
      expect(output).not.toMatch(/[█░] \d(?! \p{L})/u);
    }
  });

  it("lines up the first level's bar and every text with the bars of the others when stacked with step marks", () => {
    const levels = ["associate", "senior", "principal"].map((id) => levelById(ladder, id));
    const output = compareView({ ladder, comparison: compareLevels(ladder, levels) }, "stacked", plainTheme, 60).table();
    expect(output).toMatch(/^Product strategy {2}▲ \+4\n {2}associate {4}█░░░░ 1 Learning\n {2}senior {5}▲ ███░░ 3 Proficient\n {15}Sets the strategy of an area\.$/m);
  });

  it("wraps the 'nothing new' line", () => {
    const custom = loadFixtureLadder("custom.yaml");
    const step = compareLevels(custom, [levelById(custom, "apprentice"), levelById(custom, "designer")]).steps[0]!;
    const output = renderNewItems(step, plainTheme, 30);
    for (const line of output.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(output.replace(/\s+/g, " ")).toContain("nothing: designer lists no responsibilities or skills");
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
      "principal expects more than senior in 2 of 4 competencies, each by +2; less in 1: hands-on (-1)",
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
