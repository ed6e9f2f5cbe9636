import type { TeamSummary } from "../../core/batch-summary";
import { formatScore } from "../bar";
import { escapeMarkdownText, renderMarkdownTable } from "../markdown";
import { renderTable } from "../table";
import { sanitize } from "../text";
import type { Theme } from "../theme";
import type { View } from "../view";
import { plural } from "../../words/plural";

const BELOW = "below the first rung";

function people(count: number): string {
  return plural(count, "person", "people");
}

function headline(summary: TeamSummary): string {
  const failed = summary.failed > 0 ? ` (${plural(summary.failed, "line")} failed and left out)` : "";
  return `Team summary on "${summary.ladder}": ${people(summary.people)}${failed}`;
}

function placementRows(summary: TeamSummary): string[][] {
  return summary.tracks.flatMap((track) => [
    ...track.levels.map((level, index) => [index === 0 ? track.id : "", `${level.title} (${level.id})`, String(level.people)]),
    [track.levels.length === 0 ? track.id : "", BELOW, String(track.belowFirstRung)],
  ]);
}

function competencyRows(summary: TeamSummary): string[][] {
  const mean = (value: number | null) => (value === null ? "–" : formatScore(value));
  return summary.competencies.map((competency) => [competency.id, mean(competency.meanScore), mean(competency.meanGap), String(competency.withGap)]);
}

/** `assess --batch --summary`: placements per track and level, then each competency's mean score and gap. */
export function assessSummaryView(summary: TeamSummary, theme: Theme, width: number): View {
  return {
    data: () => summary,
    table: () =>
      [
        `${theme.heading(sanitize(headline(summary)))}\n`,
        renderTable(
          [{ header: "TRACK", style: theme.id }, { header: "LEVEL", flex: true }, { header: "PEOPLE", align: "right" }],
          placementRows(summary),
          { width, theme },
        ),
        renderTable(
          [
            { header: "COMPETENCY", style: theme.id },
            { header: "MEAN SCORE", align: "right" },
            { header: "MEAN GAP", align: "right" },
            { header: "WITH A GAP", align: "right" },
          ],
          competencyRows(summary),
          { width, theme },
        ),
      ].join("\n"),
    markdown: () =>
      [
        `# ${escapeMarkdownText(headline(summary))}\n`,
        `## Placements\n\n${renderMarkdownTable(["track", "level", "people"], placementRows(summary))}`,
        `## Competencies\n\n${renderMarkdownTable(["competency", "mean score", "mean gap", "with a gap"], competencyRows(summary))}`,
      ].join("\n"),
  };
}
