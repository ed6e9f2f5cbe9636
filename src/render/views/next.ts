import { summaryLine, type Comparison } from "../../core/compare";
import type { NextRungs } from "../../core/next";
import type { Ladder } from "../../ladder/model";
import { escapeMarkdownLine, escapeMarkdownText } from "../markdown";
import { oneLine, sanitize, wrapIndented } from "../text";
import type { Theme } from "../theme";
import { renderTsv } from "../tsv";
import { section } from "../section";
import type { View } from "../view";
import {
  closingLines,
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
  type Layout,
} from "./compare-parts";

export interface NextResult {
  readonly ladder: Ladder;
  readonly next: NextRungs;
  /** One two-level comparison (current → rung) per rung, in the order of `next.rungs`. */
  readonly comparisons: readonly Comparison[];
}

function trackPhrase(tracks: readonly string[]): string {
  return `${tracks.join(" and ")} track${tracks.length === 1 ? "" : "s"}`;
}

function topLine(result: NextResult): string | undefined {
  const { level, topOf, rungs } = result.next;
  if (topOf.length === 0) return undefined;
  return rungs.length === 0 ? `${level.id} is the top of its ${trackPhrase(topOf)}: there is no next rung` : `${level.id} is the top of the ${trackPhrase(topOf)}`;
}

/** Tracks the level's next rungs do not continue although levels above it are on them. */
function unlinkedLines(result: NextResult): string[] {
  const { level, unlinked } = result.next;
  const some = (ids: readonly string[]) => (ids.length <= 3 ? ids.join(", ") : `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more`);
  return unlinked.map(
    ({ track, above }) => `no next rung of ${level.id} continues the ${track} track, which goes on above it (${some(above)}); name one in ${level.id}'s next to link them`,
  );
}

/** The JSON shape of `next`: the level, each next rung with the tracks leading to it and what changes, and the tracks it tops. */
export function nextData(result: NextResult) {
  return {
    ladder: result.ladder.name,
    level: levelRecord(result.next.level),
    next: result.next.rungs.map((rung, index) => ({
      level: levelRecord(rung.level),
      tracks: rung.tracks,
      step: stepRecord(result.comparisons[index]!.steps[0]!),
    })),
    topOf: result.next.topOf,
    unlinked: result.next.unlinked,
  };
}

function renderNextText(result: NextResult, layout: Layout, theme: Theme, width: number): string {
  const { ladder, next, comparisons } = result;
  const { level } = next;
  let text = wrapIndented(`${oneLine(level.title)} (${level.id}) · rank ${level.rank} · ${level.tracks.join(", ")}`, width, "").join("\n") + "\n";
  const columns = columnParts(layout, width, 2, comparisons.map((comparison) => () => renderCompetencyColumns(ladder, comparison, theme, width)));
  if (!columns && next.rungs.length > 0) text += stackedInsteadNote(layout, width, theme);
  next.rungs.forEach((rung, index) => {
    const comparison = comparisons[index]!;
    text += section(`→ ${rung.level.title} (${rung.level.id}) · rank ${rung.level.rank} · on the ${trackPhrase(rung.tracks)}`, theme, width);
    text += columns?.[index] ?? renderCompetencyStacked(ladder, comparison, theme, width);
    text += renderNewItems(comparison.steps[0]!, theme, width);
    text += closingLines(comparison, theme, width);
  });
  const top = topLine(result);
  if (top) text += `\n${wrapIndented(sanitize(top), width, "").map((line) => theme.muted(line)).join("\n")}\n`;
  for (const line of unlinkedLines(result)) text += `\n${wrapIndented(sanitize(line), width, "").map((part) => theme.warn(part)).join("\n")}\n`;
  return text;
}

function renderNextMarkdown(result: NextResult): string {
  const { ladder, next, comparisons } = result;
  let text = `# Next from ${escapeMarkdownLine(next.level.title)}\n`;
  next.rungs.forEach((rung, index) => {
    const comparison = comparisons[index]!;
    text += `\n## ${escapeMarkdownLine(rung.level.title)} (${escapeMarkdownLine(trackPhrase(rung.tracks))})\n\n`;
    text += `${escapeMarkdownText(rung.level.summary)}\n\n${competencyMarkdown(ladder, comparison)}\n`;
    text += `${newItemsMarkdown(comparison.steps[0]!, "###")}\n**${escapeMarkdownLine(summaryLine(comparison.overall))}**\n`;
  });
  const notes = [topLine(result), ...unlinkedLines(result)].flatMap((line) => (line === undefined ? [] : [`${escapeMarkdownText(line)}.`]));
  return notes.length > 0 ? `${text}\n${notes.join("\n\n")}\n` : text;
}

/** `next` in every format; `layout` applies to each rung's competency table. */
export function nextView(result: NextResult, layout: Layout, theme: Theme, width: number): View {
  return {
    data: () => nextData(result),
    table: () => renderNextText(result, layout, theme, width),
    tsv: () => renderTsv(STEP_TSV_HEADER, stepTsvRows(result.comparisons.map((comparison) => comparison.steps[0]!))),
    markdown: () => renderNextMarkdown(result),
  };
}
