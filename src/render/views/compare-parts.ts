import { formatDelta, summaryLine, type Change, type ChangeSummary, type Comparison, type CompetencyComparison, type ComparisonStep } from "../../core/compare";
import type { Ladder, Level } from "../../ladder/model";
import { renderBar, scaleRange, scoreLabel } from "../bar";
import { escapeMarkdownLine, renderMarkdownList, renderMarkdownTable } from "../markdown";
import { section } from "../section";
import { renderColumnsIfFits } from "../table";
import { displayWidth, oneLine, padDisplay, sanitize, wrapIndented, wrapText } from "../text";
import type { Theme } from "../theme";

// The pieces `compare`, `next` and `path` share: JSON records, the competency
// table in both layouts, the "new at" lists and the closing lines.

/** `auto` picks columns or stacked by the terminal's width. */
export type Layout = "auto" | "columns" | "stacked";

/** Columns a side-by-side layout needs: a label column, ~26 per level, the change column. */
export function columnsWidthFor(levelCount: number): number {
  return 28 + 26 * levelCount;
}

/**
 * The parts of a comparison side by side, or undefined when they are to be stacked:
 * `stacked` asked for, `auto` on a terminal narrower than columnsWidthFor, or any part
 * not fitting (a part renders undefined then). One layout for every part, never a mix.
 */
export function columnParts(layout: Layout, width: number, levelCount: number, parts: readonly (() => string | undefined)[]): string[] | undefined {
  if (layout === "stacked" || (layout === "auto" && width < columnsWidthFor(levelCount))) return undefined;
  const rendered: string[] = [];
  for (const part of parts) {
    const text = part();
    if (text === undefined) return undefined;
    rendered.push(text);
  }
  return rendered;
}

/** Said when `--layout columns` was asked for but the columns cannot fit. */
export function stackedInsteadNote(layout: Layout, width: number, theme: Theme): string {
  if (layout !== "columns") return "";
  return wrapText(`(${width} columns are too narrow for the columns layout: stacked instead)`, width).map((line) => theme.muted(line)).join("\n") + "\n";
}

/** The JSON record of a level in every comparison-like output. */
export function levelRecord(level: Level) {
  return {
    id: level.id,
    title: level.title,
    rank: level.rank,
    tracks: level.tracks,
    summary: level.summary,
    scope: level.scope ?? null,
    responsibilities: level.responsibilities,
    skills: level.skills,
  };
}

/** The JSON record of a closing line: its counts, the largest moves and the sentence itself. */
export function summaryRecord(summary: ChangeSummary) {
  const most = (entry: ChangeSummary["mostRise"]) =>
    entry === undefined ? null : { competencies: entry.competencies.map((competency) => competency.id), delta: entry.delta };
  return {
    from: summary.from.id,
    to: summary.to.id,
    rises: summary.rises,
    same: summary.same,
    falls: summary.falls,
    total: summary.total,
    mostRise: most(summary.mostRise),
    mostFall: most(summary.mostFall),
    text: summaryLine(summary),
  };
}

/** The JSON record of one step: every competency delta, the new list items, the closing line. */
export function stepRecord(step: ComparisonStep) {
  return {
    from: step.from.id,
    to: step.to.id,
    deltas: step.deltas.map((delta) => ({
      competency: delta.competency.id,
      name: delta.competency.name,
      fromScore: delta.fromScore,
      toScore: delta.toScore,
      delta: delta.delta,
      change: delta.change,
    })),
    new: { responsibilities: step.newResponsibilities, skills: step.newSkills },
    summary: summaryRecord(step.summary),
  };
}

export const STEP_TSV_HEADER = ["from", "to", "competency", "name", "from_score", "to_score", "delta", "change", "from_text", "to_text"];

/** One TSV row per competency of each step, for `cut` and `awk`. */
export function stepTsvRows(steps: readonly ComparisonStep[]): string[][] {
  return steps.flatMap((step) =>
    step.deltas.map((delta) => [
      step.from.id,
      step.to.id,
      delta.competency.id,
      delta.competency.name,
      String(delta.fromScore),
      String(delta.toScore),
      String(delta.delta),
      delta.change,
      step.from.expectations[delta.competency.id]?.text ?? "",
      step.to.expectations[delta.competency.id]?.text ?? "",
    ]),
  );
}

const MARKS: Record<Change, string> = { rises: "▲", same: "=", falls: "▼" };

function arrow(delta: number): string {
  return delta > 0 ? MARKS.rises : delta < 0 ? MARKS.falls : MARKS.same;
}

/** `▲ +2`, `= same`, `▼ -1`. */
export function changeMark(delta: number): string {
  return `${arrow(delta)} ${delta === 0 ? "same" : formatDelta(delta)}`;
}

/** Colour a rendered change by what it says. */
export function styleChange(theme: Theme): (text: string) => string {
  return (text) => (text.includes(MARKS.rises) ? theme.good(text) : text.includes(MARKS.falls) ? theme.warn(text) : theme.muted(text));
}

function scoreCell(ladder: Ladder, score: number): string {
  return `${renderBar(score, ladder.scale)} ${scoreLabel(score, ladder.scale)}`;
}

/** How the competencies are ordered, in words for a heading. */
function orderNote(comparison: Comparison): string {
  return comparison.order === "change" ? "largest change first" : "ladder order";
}

/** With three or more levels, each level's score after the first carries the mark of its own step: `▲ ███░░ 3`. */
function stepMark(item: CompetencyComparison, index: number): string {
  if (item.expectations.length < 3 || index === 0) return "";
  return `${arrow(item.expectations[index]!.score - item.expectations[index - 1]!.score)} `;
}

const STEP_MARK_WIDTH = 2;

/** Every competency side by side: a bar and the expectation text per level, then the change; undefined when that does not fit. */
function competencyColumns(ladder: Ladder, comparison: Comparison, theme: Theme, width: number): string | undefined {
  const several = comparison.levels.length > 2;
  const scoreLine = (item: CompetencyComparison, index: number) => `${stepMark(item, index)}${scoreCell(ladder, item.expectations[index]!.score)}`;
  const rows = comparison.competencies.map((item) => [
    item.competency.name,
    ...item.expectations.map((expectation, index) => [scoreLine(item, index), ...(expectation.text ? [expectation.text] : [])]),
    changeMark(item.delta),
  ]);
  // A score line split in two would leave its label under the bar, running into the text.
  const minWidth = (index: number) => Math.max(...comparison.competencies.map((item) => displayWidth(scoreLine(item, index))));
  return renderColumnsIfFits(
    [
      { header: "COMPETENCY" },
      ...comparison.levels.map((level, index) => ({ header: level.id, flex: true, minWidth: minWidth(index) })),
      { header: several ? `${comparison.levels[0]!.id}→${comparison.levels[comparison.levels.length - 1]!.id}` : "CHANGE", style: styleChange(theme) },
    ],
    rows,
    { width, theme },
  );
}

/**
 * Every competency as a block: its name and change, then one line (and text) per level.
 * With step marks, the first level's bar lines up with the others and every text with
 * its bar, so the marks stand in the margin: `  senior  ▲ ███░░ 3` over `            text`.
 */
function competencyStacked(ladder: Ladder, comparison: Comparison, theme: Theme, width: number): string {
  const idWidth = Math.max(...comparison.levels.map((level) => displayWidth(level.id))) + 2;
  const markWidth = comparison.levels.length > 2 ? STEP_MARK_WIDTH : 0;
  const blocks = comparison.competencies.map((item) => {
    const mark = changeMark(item.delta);
    const names = wrapText(oneLine(item.competency.name), width - displayWidth(mark) - 2).map((line) => theme.label(line));
    const lines = [...names.slice(0, -1), `${names.at(-1) ?? ""}  ${styleChange(theme)(mark)}`];
    for (const [index, expectation] of item.expectations.entries()) {
      const prefix = `  ${padDisplay(oneLine(expectation.level.id), idWidth)}`;
      const indent = " ".repeat(displayWidth(prefix) + markWidth);
      lines.push(...wrapIndented(scoreCell(ladder, expectation.score), width, theme.id(prefix) + padDisplay(stepMark(item, index), markWidth), indent));
      if (expectation.text) lines.push(...wrapIndented(sanitize(expectation.text), width, indent));
    }
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}

function competencyHeading(ladder: Ladder, comparison: Comparison, theme: Theme, width: number): string {
  return section(`Competencies (scale ${scaleRange(ladder.scale)}, ${orderNote(comparison)})`, theme, width);
}

/** The competency section side by side, or undefined when it does not fit `width`. */
export function renderCompetencyColumns(ladder: Ladder, comparison: Comparison, theme: Theme, width: number): string | undefined {
  const body = competencyColumns(ladder, comparison, theme, width);
  return body && competencyHeading(ladder, comparison, theme, width) + body;
}

/** The competency section as one block per competency. */
export function renderCompetencyStacked(ladder: Ladder, comparison: Comparison, theme: Theme, width: number): string {
  return competencyHeading(ladder, comparison, theme, width) + competencyStacked(ladder, comparison, theme, width);
}

function additions(items: readonly string[], width: number): string {
  return items.flatMap((item) => wrapIndented(sanitize(item), width, "    + ", "      ")).join("\n") + "\n";
}

/** "New at staff (not listed for senior)": the responsibilities and skills a step adds. */
export function renderNewItems(step: ComparisonStep, theme: Theme, width: number): string {
  if (step.newResponsibilities.length === 0 && step.newSkills.length === 0) {
    const why = step.to.responsibilities.length + step.to.skills.length === 0 ? "lists no responsibilities or skills" : `lists nothing that ${step.from.id} does not`;
    return section(`New at ${step.to.id}`, theme, width) + wrapIndented(`nothing: ${oneLine(step.to.id)} ${why}`, width, "  ").join("\n") + "\n";
  }
  let text = section(`New at ${step.to.id} (not listed for ${step.from.id})`, theme, width);
  if (step.newResponsibilities.length > 0) text += `  ${theme.label("Responsibilities")}\n${additions(step.newResponsibilities, width)}`;
  if (step.newSkills.length > 0) text += `  ${theme.label("Skills")}\n${additions(step.newSkills, width)}`;
  return text;
}

/** `overall: …`, the closing sentence of first→last, when there are several steps. */
export function overallSentence(comparison: Comparison): string | undefined {
  return comparison.steps.length > 1 ? `overall: ${summaryLine(comparison.overall)}` : undefined;
}

/** The closing sentence of each step, then the overall one. */
export function closingSentences(comparison: Comparison): string[] {
  const overall = overallSentence(comparison);
  return [...comparison.steps.map((step) => summaryLine(step.summary)), ...(overall === undefined ? [] : [overall])];
}

/** The closing lines of a comparison's table. */
export function closingLines(comparison: Comparison, theme: Theme, width: number): string {
  const lines = closingSentences(comparison);
  return `\n${lines.flatMap((line) => wrapIndented(sanitize(line), width, "", "  ")).map((line) => theme.accent(line)).join("\n")}\n`;
}

/** The competency table of a comparison in markdown: bars, labels and texts per level, then the change. */
export function competencyMarkdown(ladder: Ladder, comparison: Comparison): string {
  return renderMarkdownTable(
    ["Competency", ...comparison.levels.map((level) => level.title), "Change"],
    comparison.competencies.map((item) => [
      item.competency.name,
      ...item.expectations.map((expectation) => `${scoreCell(ladder, expectation.score)}${expectation.text ? `\n${expectation.text}` : ""}`),
      changeMark(item.delta),
    ]),
  );
}

/** "New at …" in markdown. */
export function newItemsMarkdown(step: ComparisonStep, depth = "##"): string {
  const title = `${depth} New at ${escapeMarkdownLine(step.to.title)} (not listed for ${escapeMarkdownLine(step.from.title)})\n\n`;
  if (step.newResponsibilities.length === 0 && step.newSkills.length === 0) return `${title}Nothing new.\n`;
  return title + listsMarkdown(step.newResponsibilities, step.newSkills);
}

/** Responsibilities and skills as markdown lists under bold labels, the empty ones left out; ends in one newline. */
export function listsMarkdown(responsibilities: readonly string[], skills: readonly string[]): string {
  let text = "";
  if (responsibilities.length > 0) text += `**Responsibilities**\n\n${renderMarkdownList(responsibilities)}\n`;
  if (skills.length > 0) text += `**Skills**\n\n${renderMarkdownList(skills)}\n`;
  return text.replace(/\n+$/, "\n");
}
