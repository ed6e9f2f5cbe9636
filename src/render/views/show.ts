import { levelById } from "../../core/levels";
import { nextRungs, type NextRungs } from "../../core/next";
import type { Ladder, Level } from "../../ladder/model";
import { renderBar, scaleRange, scoreLabel } from "../bar";
import { escapeMarkdownLine, escapeMarkdownText, renderMarkdownList, renderMarkdownTable } from "../markdown";
import { renderTable } from "../table";
import { displayWidth, oneLine, padDisplay, sanitize, wrapIndented, wrapText } from "../text";
import type { Theme } from "../theme";
import { renderTsv } from "../tsv";
import type { View } from "../view";
import { levelRecord } from "./compare-parts";

export interface ShowResult {
  readonly ladder: Ladder;
  readonly level: Level;
}

function expectationRows(ladder: Ladder, level: Level) {
  return ladder.competencies.map((competency) => {
    const expectation = level.expectations[competency.id];
    const score = expectation?.score ?? ladder.scale.min;
    return {
      competency: competency.id,
      name: competency.name,
      score,
      label: ladder.scale.labels[String(score)] ?? null,
      text: expectation?.text ?? null,
    };
  });
}

/** The JSON shape of `show`: the level with its expectations in ladder order and its next rungs resolved. */
export function showData({ ladder, level }: ShowResult) {
  return {
    ladder: ladder.name,
    level: {
      ...levelRecord(level),
      aliases: level.aliases,
      expectations: expectationRows(ladder, level),
      next: level.next.map((id) => {
        const next = levelById(ladder, id);
        return { id: next.id, title: next.title, rank: next.rank, tracks: next.tracks };
      }),
      sources: level.sources.flatMap((id) =>
        ladder.sources.filter((source) => source.id === id).map((source) => ({ id: source.id, title: source.title, author: source.author ?? null, url: source.url ?? null })),
      ),
    },
  };
}

function section(title: string, theme: Theme): string {
  return `\n${theme.heading(title)}\n`;
}


function headingLines(level: Level, theme: Theme, width: number): string[] {
  const title = oneLine(level.title);
  const meta = `${level.id} · rank ${level.rank} · ${level.tracks.join(", ")}`;
  if (displayWidth(`${title}  ${meta}`) <= width) return [`${theme.label(title)}  ${theme.muted(meta)}`];
  return [...wrapText(title, width).map((line) => theme.label(line)), ...wrapText(meta, width).map((line) => theme.muted(line))];
}

/** A track the level's `next` does not continue although levels above it are on it: never "the top". */
function unlinkedLine(level: Level, unlinked: NextRungs["unlinked"][number]): string {
  return `no next rung continues the ${unlinked.track} track, though ${unlinked.above.join(", ")} ${unlinked.above.length === 1 ? "is" : "are"} above ${level.id} on it`;
}

function nextLines(ladder: Ladder, level: Level, theme: Theme, width: number): string[] {
  const { unlinked } = nextRungs(ladder, level);
  const warnings = unlinked.flatMap((entry) => wrapIndented(sanitize(unlinkedLine(level, entry)), width, "  ").map((line) => theme.warn(line)));
  if (level.next.length === 0) return unlinked.length === 0 ? ["  top of its track"] : warnings;
  const rungs = level.next.map((id) => levelById(ladder, id));
  const idWidth = Math.max(...rungs.map((next) => displayWidth(next.id)));
  return rungs.flatMap((next) => {
    const prefix = `  → ${theme.id(padDisplay(next.id, idWidth))}  `;
    const title = oneLine(next.title);
    const detail = `(rank ${next.rank}, ${next.tracks.join(", ")})`;
    // Wrapped, the line loses the muted detail: colour follows words only when it fits.
    if (displayWidth(`${prefix}${title} ${detail}`) <= width) return [`${prefix}${title} ${theme.muted(detail)}`];
    return wrapIndented(`${title} ${detail}`, width, prefix);
  }).concat(warnings);
}

function renderShowTable(result: ShowResult, theme: Theme, width: number): string {
  const { ladder, level } = result;
  const bullet = (items: readonly string[]) => items.flatMap((item) => wrapIndented(sanitize(item), width, "  • ", "    ")).join("\n") + "\n";
  let text = headingLines(level, theme, width).join("\n") + "\n";
  if (level.aliases.length > 0) text += wrapIndented(oneLine(level.aliases.join(", ")), width, "also: ", "  ").map((line) => theme.muted(line)).join("\n") + "\n";
  text += `\n${wrapIndented(sanitize(level.summary), width, "").join("\n")}\n`;
  if (level.scope) text += section("Scope", theme) + wrapIndented(sanitize(level.scope), width, "  ").join("\n") + "\n";
  if (level.responsibilities.length > 0) text += section("Responsibilities", theme) + bullet(level.responsibilities);
  if (level.skills.length > 0) text += section("Skills", theme) + bullet(level.skills);
  text += section(`Expectations (scale ${scaleRange(ladder.scale)})`, theme);
  text += renderTable(
    [{ header: "COMPETENCY" }, { header: "SCORE", style: theme.accent }, { header: "WHAT IT LOOKS LIKE", flex: true }],
    expectationRows(ladder, level).map((row) => [row.name, `${renderBar(row.score, ladder.scale)} ${scoreLabel(row.score, ladder.scale)}`, row.text ?? ""]),
    { width, theme },
  );
  text += section("Next", theme) + nextLines(ladder, level, theme, width).join("\n") + "\n";
  return text;
}

function renderShowMarkdown(result: ShowResult): string {
  const data = showData(result).level;
  const { ladder } = result;
  let text = `# ${escapeMarkdownLine(data.title)}\n\n`;
  text += `*${escapeMarkdownLine(`${data.id} · rank ${data.rank} · tracks: ${data.tracks.join(", ")}`)}*\n\n`;
  if (data.aliases.length > 0) text += `Also known as: ${escapeMarkdownLine(data.aliases.join(", "))}\n\n`;
  text += `${escapeMarkdownText(data.summary)}\n`;
  if (data.scope) text += `\n## Scope\n\n${escapeMarkdownText(data.scope)}\n`;
  if (data.responsibilities.length > 0) text += `\n## Responsibilities\n\n${renderMarkdownList(data.responsibilities)}`;
  if (data.skills.length > 0) text += `\n## Skills\n\n${renderMarkdownList(data.skills)}`;
  text += `\n## Expectations\n\n${renderMarkdownTable(
    ["Competency", "Score", "What it looks like"],
    data.expectations.map((row) => [row.name, scoreLabel(row.score, ladder.scale), row.text ?? ""]),
  )}`;
  const { unlinked } = nextRungs(ladder, result.level);
  const rungs = data.next.length === 0 ? (unlinked.length === 0 ? "Top of its track.\n" : "") : renderMarkdownList(data.next.map((next) => `${next.title} (${next.id})`));
  const notes = unlinked.map((entry) => `${escapeMarkdownText(unlinkedLine(result.level, entry))}.\n`).join("\n");
  text += `\n## Next\n\n${rungs}${rungs && notes ? "\n" : ""}${notes}`;
  return text;
}

export function showView(result: ShowResult, theme: Theme, width: number): View {
  return {
    data: () => showData(result),
    table: () => renderShowTable(result, theme, width),
    tsv: () =>
      renderTsv(
        ["level", "competency", "name", "score", "label", "text"],
        expectationRows(result.ladder, result.level).map((row) => [result.level.id, row.competency, row.name, String(row.score), row.label ?? "", row.text ?? ""]),
      ),
    markdown: () => renderShowMarkdown(result),
  };
}
