import type { Ladder, Level } from "../../ladder/model";
import { renderMarkdownTable } from "../markdown";
import { renderTable } from "../table";
import type { Theme } from "../theme";
import { renderTsv } from "../tsv";
import type { View } from "../view";

export interface LevelsResult {
  readonly ladder: Ladder;
  readonly track: string | undefined;
  readonly levels: readonly Level[];
}

/** The JSON shape of `levels`: one record per level, in rank order. */
export function levelsData(result: LevelsResult) {
  return {
    ladder: result.ladder.name,
    track: result.track ?? null,
    levels: result.levels.map((level) => ({
      rank: level.rank,
      id: level.id,
      title: level.title,
      aliases: level.aliases,
      tracks: level.tracks,
      summary: level.summary,
      next: level.next,
    })),
  };
}

const HEADER = ["rank", "id", "title", "tracks", "summary"];

function rows(result: LevelsResult): string[][] {
  return result.levels.map((level) => [String(level.rank), level.id, level.title, level.tracks.join(", "), level.summary]);
}

export function levelsView(result: LevelsResult, theme: Theme, width: number): View {
  return {
    data: () => levelsData(result),
    table: () =>
      renderTable(
        [
          { header: "RANK", align: "right" },
          { header: "ID", style: theme.id },
          { header: "TITLE" },
          { header: "TRACKS", style: theme.muted },
          { header: "SUMMARY", flex: true },
        ],
        rows(result),
        { width, theme },
      ),
    tsv: () => renderTsv(HEADER, result.levels.map((level) => [String(level.rank), level.id, level.title, level.tracks.join(","), level.summary])),
    markdown: () => `# ${result.ladder.name}\n\n${renderMarkdownTable(HEADER, rows(result))}`,
  };
}
