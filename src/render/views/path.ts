import { formatDelta, summaryLine, type Comparison, type ComparisonStep, type CompetencyDelta } from "../../core/compare";
import type { LadderPath } from "../../core/path";
import type { Ladder, Level } from "../../ladder/model";
import { escapeMarkdownLine, renderMarkdownList } from "../markdown";
import { displayWidth, oneLine, padDisplay, sanitize, wrapIndented } from "../text";
import type { Theme } from "../theme";
import { renderTsv } from "../tsv";
import type { View } from "../view";
import { levelRecord, STEP_TSV_HEADER, stepRecord, stepTsvRows, summaryRecord } from "./compare-parts";
import { plural } from "../../words/plural";

export interface PathResult {
  readonly ladder: Ladder;
  readonly path: LadderPath;
  /** The comparison of the path's levels in order: one step per rung climbed. */
  readonly comparison: Comparison;
}

/** The JSON shape of `path`: the track, the rungs in order, what each step changes, and the whole climb's summary. */
export function pathData({ ladder, path, comparison }: PathResult) {
  return {
    ladder: ladder.name,
    track: path.track,
    from: path.levels[0]!.id,
    to: path.levels[path.levels.length - 1]!.id,
    levels: path.levels.map(levelRecord),
    steps: comparison.steps.map(stepRecord),
    summary: summaryRecord(comparison.overall),
  };
}

function moves(deltas: readonly CompetencyDelta[], change: "rises" | "falls"): string {
  return deltas
    .filter((delta) => delta.change === change)
    .map((delta) => `${delta.competency.id} ${delta.fromScore}→${delta.toScore} (${formatDelta(delta.delta)})`)
    .join(", ");
}

function heading(result: PathResult): string {
  const { path } = result;
  const steps = path.levels.length - 1;
  return `${path.levels[0]!.title} → ${path.levels[steps]!.title} on the ${path.track} track: ${plural(steps, "step")}`;
}

/** What a step adds, listed under the rung it climbs to. Each item is styled whole, so a wrapped list keeps one colour. */
function renderStepText(step: ComparisonStep, theme: Theme, width: number, indent: string): string[] {
  const lines: string[] = [];
  const add = (label: string, text: string, style: (line: string) => string = (line) => line) => {
    if (text !== "") lines.push(...wrapIndented(sanitize(text), width, `${indent}${label}`, `${indent}${" ".repeat(displayWidth(label))}`).map((line) => style(line)));
  };
  add("▲ ", moves(step.deltas, "rises"), theme.good);
  add("▼ ", moves(step.deltas, "falls"), theme.warn);
  for (const item of step.newResponsibilities) add("+ responsibility: ", item);
  for (const item of step.newSkills) add("+ skill: ", item);
  add("", summaryLine(step.summary), theme.muted);
  return lines;
}

function rungLines(level: Level, number: string, idWidth: number, theme: Theme, width: number): string[] {
  const prefix = `  ${number}  ${theme.id(padDisplay(level.id, idWidth))}  `;
  const title = oneLine(level.title);
  const rank = `(rank ${level.rank})`;
  // Wrapped, the line loses the muted rank: colour follows words only when it fits.
  if (displayWidth(`${prefix}${title} ${rank}`) <= width) return [`${prefix}${title} ${theme.muted(rank)}`];
  return wrapIndented(`${title} ${rank}`, width, prefix);
}

function renderPathText(result: PathResult, theme: Theme, width: number): string {
  const { path, comparison } = result;
  const numberWidth = String(path.levels.length).length;
  const idWidth = Math.max(...path.levels.map((level) => displayWidth(level.id)));
  const indent = " ".repeat(numberWidth + 4);
  const lines = [...wrapIndented(sanitize(heading(result)), width, "").map((line) => theme.label(line)), ""];
  path.levels.forEach((level, index) => {
    lines.push(...rungLines(level, padDisplay(String(index + 1), numberWidth, "right"), idWidth, theme, width));
    const step = comparison.steps[index - 1];
    if (step) lines.push(...renderStepText(step, theme, width, indent));
  });
  if (comparison.steps.length > 1) lines.push("", ...wrapIndented(sanitize(`overall: ${summaryLine(comparison.overall)}`), width, "", "  ").map((line) => theme.accent(line)));
  return `${lines.join("\n")}\n`;
}

function renderPathMarkdown(result: PathResult): string {
  const { path, comparison } = result;
  let text = `# ${escapeMarkdownLine(heading(result))}\n\n`;
  text += path.levels.map((level, index) => `${index + 1}. ${escapeMarkdownLine(`${level.title} (${level.id}, rank ${level.rank})`)}`).join("\n") + "\n";
  for (const step of comparison.steps) {
    text += `\n## ${escapeMarkdownLine(`${step.from.title} → ${step.to.title}`)}\n\n`;
    const items = [
      ...(moves(step.deltas, "rises") ? [`Rises: ${moves(step.deltas, "rises")}`] : []),
      ...(moves(step.deltas, "falls") ? [`Falls: ${moves(step.deltas, "falls")}`] : []),
      ...step.newResponsibilities.map((item) => `New responsibility: ${item}`),
      ...step.newSkills.map((item) => `New skill: ${item}`),
    ];
    if (items.length > 0) text += `${renderMarkdownList(items)}\n`;
    text += `*${escapeMarkdownLine(summaryLine(step.summary))}*\n`;
  }
  if (comparison.steps.length > 1) text += `\n**${escapeMarkdownLine(`overall: ${summaryLine(comparison.overall)}`)}**\n`;
  return text;
}

/** `path` in every format. */
export function pathView(result: PathResult, theme: Theme, width: number): View {
  return {
    data: () => pathData(result),
    table: () => renderPathText(result, theme, width),
    tsv: () => renderTsv(STEP_TSV_HEADER, stepTsvRows(result.comparison.steps)),
    markdown: () => renderPathMarkdown(result),
  };
}
