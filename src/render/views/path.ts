import { formatDelta, summaryLine, type Comparison, type ComparisonStep, type CompetencyDelta } from "../../core/compare";
import type { LadderPath } from "../../core/path";
import type { Ladder } from "../../ladder/model";
import { escapeMarkdownText, renderMarkdownList } from "../markdown";
import { displayWidth, padDisplay, sanitize, wrapIndented } from "../text";
import type { Theme } from "../theme";
import { renderTsv } from "../tsv";
import type { View } from "../view";
import { levelRecord, STEP_TSV_HEADER, stepRecord, stepTsvRows, styleChange, summaryRecord } from "./compare-parts";

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
  return `${path.levels[0]!.title} → ${path.levels[steps]!.title} on the ${path.track} track: ${steps} step${steps === 1 ? "" : "s"}`;
}

function renderStepText(step: ComparisonStep, theme: Theme, width: number, indent: string): string[] {
  const lines: string[] = [];
  const add = (label: string, text: string, style: (line: string) => string = (line) => line) => {
    if (text !== "") lines.push(...wrapIndented(sanitize(text), width, `${indent}${label}`, `${indent}${" ".repeat(displayWidth(label))}`).map(style));
  };
  add("▲ ", moves(step.deltas, "rises"), styleChange(theme));
  add("▼ ", moves(step.deltas, "falls"), styleChange(theme));
  for (const item of step.newResponsibilities) add("+ ", item);
  for (const item of step.newSkills) add("+ skill: ", item);
  add("", summaryLine(step.summary), theme.muted);
  return lines;
}

function renderPathText(result: PathResult, theme: Theme, width: number): string {
  const { path, comparison } = result;
  const numberWidth = String(path.levels.length).length;
  const idWidth = Math.max(...path.levels.map((level) => displayWidth(level.id)));
  const indent = " ".repeat(numberWidth + 4);
  const lines = [...wrapIndented(sanitize(heading(result)), width, "").map((line) => theme.label(line)), ""];
  path.levels.forEach((level, index) => {
    const number = padDisplay(String(index + 1), numberWidth, "right");
    lines.push(`  ${number}  ${theme.id(padDisplay(level.id, idWidth))}  ${sanitize(level.title)} ${theme.muted(`(rank ${level.rank})`)}`);
    const step = comparison.steps[index];
    if (step) lines.push(...renderStepText(step, theme, width, indent));
  });
  if (comparison.steps.length > 1) lines.push("", ...wrapIndented(sanitize(`overall: ${summaryLine(comparison.overall)}`), width, "", "  ").map((line) => theme.accent(line)));
  return `${lines.join("\n")}\n`;
}

function renderPathMarkdown(result: PathResult): string {
  const { path, comparison } = result;
  let text = `# ${escapeMarkdownText(heading(result))}\n\n`;
  text += path.levels.map((level, index) => `${index + 1}. ${escapeMarkdownText(`${level.title} (${level.id}, rank ${level.rank})`)}`).join("\n") + "\n";
  for (const step of comparison.steps) {
    text += `\n## ${escapeMarkdownText(`${step.from.title} → ${step.to.title}`)}\n\n`;
    const items = [
      ...(moves(step.deltas, "rises") ? [`Rises: ${moves(step.deltas, "rises")}`] : []),
      ...(moves(step.deltas, "falls") ? [`Falls: ${moves(step.deltas, "falls")}`] : []),
      ...step.newResponsibilities.map((item) => `New responsibility: ${item}`),
      ...step.newSkills.map((item) => `New skill: ${item}`),
    ];
    if (items.length > 0) text += `${renderMarkdownList(items)}\n`;
    text += `*${escapeMarkdownText(summaryLine(step.summary))}*\n`;
  }
  if (comparison.steps.length > 1) text += `\n**${escapeMarkdownText(`overall: ${summaryLine(comparison.overall)}`)}**\n`;
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
