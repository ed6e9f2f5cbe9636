import type { Comparison } from "../../core/compare";
import type { Ladder, Level } from "../../ladder/model";
import { escapeMarkdownLine, renderMarkdownTable } from "../markdown";
import { renderColumnsIfFits, type Cell } from "../table";
import { displayWidth, oneLine, padDisplay, sanitize, wrapIndented } from "../text";
import type { Theme } from "../theme";
import { renderTsv } from "../tsv";
import { section } from "../section";
import type { View } from "../view";
import {
  closingLines,
  closingSentences,
  listsMarkdown,
  competencyMarkdown,
  levelRecord,
  newItemsMarkdown,
  columnParts,
  renderCompetencyColumns,
  renderCompetencyStacked,
  renderNewItems,
  stackedInsteadNote,
  STEP_TSV_HEADER,
  stepRecord,
  stepTsvRows,
  summaryRecord,
  type Layout,
} from "./compare-parts";

export interface CompareResult {
  readonly ladder: Ladder;
  readonly comparison: Comparison;
}

/** The JSON shape of `compare`: one record per level, one per competency (its delta first→last), one per step. */
export function compareData({ ladder, comparison }: CompareResult) {
  return {
    ladder: ladder.name,
    scale: { min: ladder.scale.min, max: ladder.scale.max },
    order: comparison.order,
    levels: comparison.levels.map(levelRecord),
    competencies: comparison.competencies.map((item) => ({
      id: item.competency.id,
      name: item.competency.name,
      delta: item.delta,
      change: item.change,
      expectations: item.expectations.map((expectation) => ({
        level: expectation.level.id,
        score: expectation.score,
        label: ladder.scale.labels[String(expectation.score)] ?? null,
        text: expectation.text ?? null,
      })),
    })),
    steps: comparison.steps.map(stepRecord),
    summary: summaryRecord(comparison.overall),
  };
}

function bulletCell(items: readonly string[]): string[] {
  return items.map((item) => `• ${item}`);
}

const FIELDS: readonly [string, (level: Level) => Cell][] = [
  ["SUMMARY", (level) => level.summary],
  ["SCOPE", (level) => level.scope ?? ""],
  ["RESPONSIBILITIES", (level) => bulletCell(level.responsibilities)],
  ["SKILLS", (level) => bulletCell(level.skills)],
];

function levelColumns(levels: readonly Level[], rows: readonly (readonly Cell[])[], theme: Theme, width: number): string | undefined {
  return renderColumnsIfFits([{ header: "" }, ...levels.map((level) => ({ header: level.id, flex: true }))], rows, { width, theme });
}

function headerColumns(levels: readonly Level[], theme: Theme, width: number): string | undefined {
  return levelColumns(
    levels,
    [
      ["TITLE", ...levels.map((level) => level.title)],
      ["RANK", ...levels.map((level) => String(level.rank))],
      ["TRACKS", ...levels.map((level) => level.tracks.join(", "))],
    ],
    theme,
    width,
  );
}

function detailColumns(levels: readonly Level[], theme: Theme, width: number): string | undefined {
  const rows = FIELDS.map(([label, value]) => [label, ...levels.map(value)]).filter((row) => row.slice(1).some((cell) => cell.length > 0));
  const table = levelColumns(levels, rows, theme, width);
  return table && section("Summary, scope, responsibilities and skills", theme, width) + table;
}

function headerStacked(levels: readonly Level[], theme: Theme, width: number): string {
  const idWidth = Math.max(...levels.map((level) => displayWidth(level.id))) + 2;
  return (
    levels
      .flatMap((level) =>
        wrapIndented(`${oneLine(level.title)} · rank ${level.rank} · ${level.tracks.join(", ")}`, width, theme.id(padDisplay(level.id, idWidth)), " ".repeat(idWidth)),
      )
      .join("\n") + "\n"
  );
}

function detailStacked(level: Level, theme: Theme, width: number): string {
  const paragraph = (text: string) => wrapIndented(sanitize(text), width, "  ").join("\n") + "\n";
  const list = (items: readonly string[]) => items.flatMap((item) => wrapIndented(sanitize(item), width, "    • ", "      ")).join("\n") + "\n";
  let text = section(`${level.title} (${level.id})`, theme, width) + paragraph(level.summary);
  if (level.scope) text += `  ${theme.label("Scope")}\n${wrapIndented(sanitize(level.scope), width, "    ").join("\n")}\n`;
  if (level.responsibilities.length > 0) text += `  ${theme.label("Responsibilities")}\n${list(level.responsibilities)}`;
  if (level.skills.length > 0) text += `  ${theme.label("Skills")}\n${list(level.skills)}`;
  return text;
}

function renderCompareText(result: CompareResult, layout: Layout, theme: Theme, width: number): string {
  const { ladder, comparison } = result;
  const { levels } = comparison;
  const title = levels.map((level) => oneLine(level.title)).join(" → ");
  let text = wrapIndented(title, width, "").map((line) => theme.label(line)).join("\n") + "\n";
  const columns = columnParts(layout, width, levels.length, [
    () => headerColumns(levels, theme, width),
    () => renderCompetencyColumns(ladder, comparison, theme, width),
    () => detailColumns(levels, theme, width),
  ]);
  if (columns) text += columns.join("");
  else {
    text += stackedInsteadNote(layout, width, theme);
    text += headerStacked(levels, theme, width);
    text += renderCompetencyStacked(ladder, comparison, theme, width);
    text += levels.map((level) => detailStacked(level, theme, width)).join("");
  }
  text += comparison.steps.map((step) => renderNewItems(step, theme, width)).join("");
  return text + closingLines(comparison, theme, width);
}

function renderCompareMarkdown({ ladder, comparison }: CompareResult): string {
  const { levels } = comparison;
  let text = `# ${levels.map((level) => escapeMarkdownLine(level.title)).join(" → ")}\n\n`;
  text += renderMarkdownTable(
    ["", ...levels.map((level) => level.title)],
    [
      ["Id", ...levels.map((level) => level.id)],
      ["Rank", ...levels.map((level) => String(level.rank))],
      ["Tracks", ...levels.map((level) => level.tracks.join(", "))],
      ["Summary", ...levels.map((level) => level.summary)],
      ["Scope", ...levels.map((level) => level.scope ?? "")],
    ],
  );
  text += `\n## Competencies\n\n${competencyMarkdown(ladder, comparison)}`;
  for (const level of levels) {
    if (level.responsibilities.length === 0 && level.skills.length === 0) continue;
    text += `\n## ${escapeMarkdownLine(level.title)}\n\n${listsMarkdown(level.responsibilities, level.skills)}`;
  }
  for (const step of comparison.steps) text += `\n${newItemsMarkdown(step)}`;
  return `${text}\n${closingSentences(comparison).map((line) => `**${escapeMarkdownLine(line)}**`).join("\n\n")}\n`;
}

/** `compare` in every format; `layout` applies to the table. */
export function compareView(result: CompareResult, layout: Layout, theme: Theme, width: number): View {
  return {
    data: () => compareData(result),
    table: () => renderCompareText(result, layout, theme, width),
    tsv: () => renderTsv(STEP_TSV_HEADER, stepTsvRows(result.comparison.steps)),
    markdown: () => renderCompareMarkdown(result),
  };
}
