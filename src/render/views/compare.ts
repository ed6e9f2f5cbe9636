import { summaryLine, type Comparison } from "../../core/compare";
import type { Ladder, Level } from "../../ladder/model";
import { escapeMarkdownText, renderMarkdownList, renderMarkdownTable } from "../markdown";
import { renderTable } from "../table";
import { displayWidth, padDisplay, sanitize, wrapIndented } from "../text";
import type { Theme } from "../theme";
import { renderTsv } from "../tsv";
import type { View } from "../view";
import {
  closingLines,
  competencyMarkdown,
  levelRecord,
  newItemsMarkdown,
  renderCompetencies,
  renderNewItems,
  resolveLayout,
  section,
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

function bulletCell(items: readonly string[]): string {
  return items.map((item) => `• ${item}`).join("\n");
}

const FIELDS: readonly [string, (level: Level) => string][] = [
  ["SUMMARY", (level) => level.summary],
  ["SCOPE", (level) => level.scope ?? ""],
  ["RESPONSIBILITIES", (level) => bulletCell(level.responsibilities)],
  ["SKILLS", (level) => bulletCell(level.skills)],
];

function levelColumns(levels: readonly Level[], rows: string[][], theme: Theme, width: number): string {
  return renderTable([{ header: "" }, ...levels.map((level) => ({ header: level.id, flex: true }))], rows, { width, theme });
}

function headerColumns(levels: readonly Level[], theme: Theme, width: number): string {
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

function detailColumns(levels: readonly Level[], theme: Theme, width: number): string {
  const rows = FIELDS.map(([label, value]) => [label, ...levels.map(value)]).filter((row) => row.slice(1).some((cell) => cell !== ""));
  return section("Summary, scope, responsibilities and skills", theme, width) + levelColumns(levels, rows, theme, width);
}

function headerStacked(levels: readonly Level[], theme: Theme, width: number): string {
  const idWidth = Math.max(...levels.map((level) => displayWidth(level.id))) + 2;
  return (
    levels
      .flatMap((level) =>
        wrapIndented(`${sanitize(level.title)} · rank ${level.rank} · ${level.tracks.join(", ")}`, width, theme.id(padDisplay(level.id, idWidth)), " ".repeat(idWidth)),
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
  const chosen = resolveLayout(layout, width, comparison.levels.length);
  const title = comparison.levels.map((level) => level.title).join(" → ");
  let text = wrapIndented(sanitize(title), width, "").map((line) => theme.label(line)).join("\n") + "\n";
  text += chosen === "columns" ? headerColumns(comparison.levels, theme, width) : headerStacked(comparison.levels, theme, width);
  text += renderCompetencies(ladder, comparison, chosen, theme, width);
  text += chosen === "columns" ? detailColumns(comparison.levels, theme, width) : comparison.levels.map((level) => detailStacked(level, theme, width)).join("");
  text += comparison.steps.map((step) => renderNewItems(step, theme, width)).join("");
  return text + closingLines(comparison, theme, width);
}

function renderCompareMarkdown({ ladder, comparison }: CompareResult): string {
  const { levels } = comparison;
  let text = `# ${levels.map((level) => escapeMarkdownText(level.title)).join(" → ")}\n\n`;
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
    text += `\n## ${escapeMarkdownText(level.title)}\n\n`;
    if (level.responsibilities.length > 0) text += `**Responsibilities**\n\n${renderMarkdownList(level.responsibilities)}\n`;
    if (level.skills.length > 0) text += `**Skills**\n\n${renderMarkdownList(level.skills)}\n`;
    text = text.replace(/\n+$/, "\n");
  }
  for (const step of comparison.steps) text += `\n${newItemsMarkdown(step)}`;
  const lines = comparison.steps.map((step) => summaryLine(step.summary));
  if (comparison.steps.length > 1) lines.push(`overall: ${summaryLine(comparison.overall)}`);
  return `${text}\n${lines.map((line) => `**${escapeMarkdownText(line)}**`).join("\n\n")}\n`;
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
