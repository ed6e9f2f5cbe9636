import type { AssessmentResult, Gap } from "../../core/scoring";
import type { Ladder } from "../../ladder/model";
import { formatScore, renderBar, scoreLabel } from "../bar";
import { escapeMarkdownText, renderMarkdownList, renderMarkdownTable } from "../markdown";
import { renderTable } from "../table";
import { sanitize, wrapIndented } from "../text";
import type { Theme } from "../theme";
import type { View } from "../view";

export interface AssessOutcome {
  readonly ladder: Ladder;
  readonly result: AssessmentResult;
  /** Whether the track was named (by --track or the answers file) rather than inferred. */
  readonly trackAsked: boolean;
}

/** How many gaps the result screen and the report explain, with growth advice. */
export const GAPS_SHOWN = 3;
const FIT_BAR_CELLS = 20;

/** A fit as a bar of FIT_BAR_CELLS cells with the threshold marked `│` where it falls. */
export function renderFitBar(fit: number, threshold: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, fit)) * FIT_BAR_CELLS);
  const marker = Math.round(threshold * FIT_BAR_CELLS);
  let bar = "";
  for (let cell = 0; cell < FIT_BAR_CELLS; cell += 1) {
    if (cell === marker) bar += "│";
    bar += cell < filled ? "█" : "░";
  }
  return marker >= FIT_BAR_CELLS ? `${bar}│` : bar;
}

function percent(fit: number): string {
  return `${Math.round(fit * 100)}%`;
}

function lookups(ladder: Ladder) {
  const level = (id: string) => ladder.levels.find((candidate) => candidate.id === id);
  const competency = (id: string) => ladder.competencies.find((candidate) => candidate.id === id);
  const track = (id: string) => ladder.tracks.find((candidate) => candidate.id === id);
  return {
    levelTitle: (id: string) => level(id)?.title ?? id,
    competencyName: (id: string) => competency(id)?.name ?? id,
    growth: (id: string) => competency(id)?.growth ?? [],
    trackName: (id: string) => track(id)?.name ?? id,
  };
}

/** The levels the gaps are measured against (rule 4), in result order. */
function nextLevels(result: AssessmentResult): string[] {
  return Object.keys(result.competencies[0]?.expectedNext ?? {});
}

/** Which track the result is placed on, and why. */
function trackSentence({ ladder, result, trackAsked }: AssessOutcome): string {
  const { trackName } = lookups(ladder);
  const placed = `Placed on ${trackName(result.track)}`;
  const favoured = result.favouredTrack === null ? undefined : trackName(result.favouredTrack);
  if (trackAsked) return favoured === undefined || result.favouredTrack === result.track ? `${placed}, as asked.` : `${placed}, as asked; your answers favour ${favoured}.`;
  if (favoured !== undefined) return `${placed}: the track your answers favour.`;
  return `${placed}: the ladder's first track, as no track question was answered.`;
}

function gapLine(gap: Gap, names: ReturnType<typeof lookups>): string {
  return `${names.competencyName(gap.competency)}: ${formatScore(gap.score)}, ${names.levelTitle(gap.level)} expects ${gap.expected} (short by ${formatScore(gap.shortfall)})`;
}

function noGapsSentence(view: AssessOutcome): string {
  const next = nextLevels(view.result);
  const names = lookups(view.ladder);
  if (next.length === 0) {
    const track = names.trackName(view.result.track);
    const placedRank = view.result.placement?.rank ?? Number.NEGATIVE_INFINITY;
    const higher = view.ladder.levels.filter((level) => level.rank > placedRank && level.tracks.includes(view.result.track));
    const above = higher.filter((level) => level.rank === higher[0]?.rank);
    if (above.length === 0) return `You are at the top of the ${track} track: there is no next rung to measure against.`;
    // Only explicit `next` links can leave a rung of the track unreachable (validate warns about it).
    return `No next rung of your placement is on the ${track} track, though ${above.map((level) => level.title).join(", ")} ${above.length === 1 ? "is" : "are"} above it there: the ladder's \`next\` links skip them, so no gaps are measured.`;
  }
  return `No gaps: you meet every expectation of ${next.map(names.levelTitle).join(" and ")}.`;
}

function renderAssessTable(view: AssessOutcome, theme: Theme, width: number): string {
  const { ladder, result } = view;
  const names = lookups(ladder);
  const section = (title: string) => `\n${theme.heading(title)}\n`;
  const placementText = (track: string) => {
    const placement = result.placements[track];
    return placement ? `${placement.title} (${placement.id}, rank ${placement.rank})` : "below the first rung";
  };

  let text = `${theme.label("Self-assessment")}  ${theme.muted(sanitize(ladder.name))}\n`;
  text += section("Placement");
  text += renderTable(
    [{ header: "TRACK" }, { header: "PLACEMENT", flex: true }, { header: "STATUS" }],
    ladder.tracks.map((track) => [
      `${track.name} (${track.id})`,
      placementText(track.id),
      [track.id === result.track ? "◀ placed" : "", track.id === result.favouredTrack ? "favoured" : ""].filter(Boolean).join(", "),
    ]),
    { width, theme },
  );
  text += wrapIndented(sanitize(trackSentence(view)), width, "").join("\n") + "\n";

  text += section(`Fit per level (a level is reached at ${percent(ladder.scoring.threshold)}, marked │)`);
  text += renderTable(
    [{ header: "LEVEL", style: theme.id }, { header: "TITLE", flex: true }, { header: "FIT", style: theme.accent }, { header: "STATUS" }],
    result.fits.map((fit) => [
      fit.id,
      names.levelTitle(fit.id),
      `${renderFitBar(fit.fit, ladder.scoring.threshold)} ${percent(fit.fit).padStart(4)}`,
      [fit.reached ? "reached" : "", result.placement?.id === fit.id ? "◀ placement" : ""].filter(Boolean).join(" "),
    ]),
    { width, theme },
  );

  const next = nextLevels(result);
  const expectedColumns = [...(result.placement ? [result.placement.id] : []), ...next];
  text += section(`Competencies (you, ${result.placement ? `at ${result.placement.id}` : "below the first rung"}${next.length > 0 ? `, next: ${next.join(", ")}` : ""})`);
  text += renderTable(
    [{ header: "COMPETENCY", flex: true }, { header: "YOU" }, ...expectedColumns.map((id) => ({ header: id.toUpperCase(), align: "right" as const }))],
    result.competencies.map((competency) => [
      names.competencyName(competency.id),
      competency.assessed ? `${renderBar(competency.score, ladder.scale)} ${scoreLabel(competency.score, ladder.scale)}` : "not assessed",
      ...(result.placement ? [String(competency.expected ?? "")] : []),
      ...next.map((id) => String(competency.expectedNext[id] ?? "")),
    ]),
    { width, theme },
  );

  text += section("Largest gaps to the next rung");
  if (result.gaps.length === 0) text += `${wrapIndented(noGapsSentence(view), width, "  ").join("\n")}\n`;
  result.gaps.slice(0, GAPS_SHOWN).forEach((gap, index) => {
    text += `${wrapIndented(sanitize(gapLine(gap, names)), width, `  ${index + 1}. `).join("\n")}\n`;
    for (const advice of names.growth(gap.competency)) text += `${wrapIndented(sanitize(advice), width, "     • ").join("\n")}\n`;
  });
  if (result.gaps.length > GAPS_SHOWN) text += theme.muted(`  … ${result.gaps.length - GAPS_SHOWN} more (see --format json)`) + "\n";

  if (result.notAssessed.length > 0) {
    text += section(`Not assessed (counted as ${scoreLabel(ladder.scale.min, ladder.scale)})`);
    text += `${wrapIndented(sanitize(result.notAssessed.map(names.competencyName).join(", ")), width, "  ").join("\n")}\n`;
    text += theme.muted("  answer their questions (or rate them) for a fuller picture") + "\n";
  }
  return text;
}

function renderAssessMarkdown(view: AssessOutcome): string {
  const { ladder, result } = view;
  const names = lookups(ladder);
  const placement = (track: string) => {
    const level = result.placements[track];
    return level ? `${level.title} (${level.id}, rank ${level.rank})` : "below the first rung";
  };
  let text = `# Self-assessment: ${escapeMarkdownText(ladder.name)}\n\n`;
  text += `**Placement on ${escapeMarkdownText(names.trackName(result.track))}:** ${escapeMarkdownText(placement(result.track))}\n\n`;
  text += `${escapeMarkdownText(trackSentence(view))}\n\n`;
  text += renderMarkdownTable(["Track", "Placement"], ladder.tracks.map((track) => [`${track.name} (${track.id})`, placement(track.id)]));

  text += `\n## Fit per level\n\nA level is reached when its fit is at least ${percent(ladder.scoring.threshold)}.\n\n`;
  text += renderMarkdownTable(
    ["Level", "Title", "Fit", "Reached"],
    result.fits.map((fit) => [fit.id, names.levelTitle(fit.id), percent(fit.fit), fit.reached ? "yes" : "no"]),
  );

  const next = nextLevels(result);
  text += `\n## Competencies\n\n`;
  text += renderMarkdownTable(
    ["Competency", "Score", ...(result.placement ? [`Expected at ${result.placement.id}`] : []), ...next.map((id) => `Expected at ${id}`)],
    result.competencies.map((competency) => [
      names.competencyName(competency.id),
      competency.assessed ? scoreLabel(competency.score, ladder.scale) : "not assessed",
      ...(result.placement ? [String(competency.expected ?? "")] : []),
      ...next.map((id) => String(competency.expectedNext[id] ?? "")),
    ]),
  );

  text += `\n## Largest gaps to the next rung\n\n`;
  if (result.gaps.length === 0) text += `${escapeMarkdownText(noGapsSentence(view))}\n`;
  result.gaps.slice(0, GAPS_SHOWN).forEach((gap, index) => {
    text += `${index + 1}. ${escapeMarkdownText(gapLine(gap, names))}\n`;
    for (const advice of names.growth(gap.competency)) text += `   - ${escapeMarkdownText(advice)}\n`;
  });
  if (result.gaps.length > GAPS_SHOWN) {
    text += `\nAlso short: ${escapeMarkdownText(result.gaps.slice(GAPS_SHOWN).map((gap) => `${names.competencyName(gap.competency)} (${formatScore(gap.shortfall)})`).join(", "))}\n`;
  }
  if (result.notAssessed.length > 0) {
    text += `\n## Not assessed\n\nCounted as ${escapeMarkdownText(scoreLabel(ladder.scale.min, ladder.scale))}:\n\n${renderMarkdownList(result.notAssessed.map(names.competencyName))}`;
  }
  return text;
}

/** `assess`: JSON and YAML are the documented result shape; the table is the result screen; markdown a shareable report. */
export function assessView(view: AssessOutcome, theme: Theme, width: number): View {
  return {
    data: () => view.result,
    table: () => renderAssessTable(view, theme, width),
    markdown: () => renderAssessMarkdown(view),
  };
}
