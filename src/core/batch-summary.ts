import type { Ladder } from "../ladder/model";
import { round4 } from "./round";
import type { AssessmentResult } from "./scoring";

/** How many people a track places at each of its levels, in rank order. */
export interface TrackPlacements {
  readonly id: string;
  readonly name: string;
  readonly people: number;
  readonly levels: readonly { readonly id: string; readonly title: string; readonly rank: number; readonly people: number }[];
  /** People on this track who reach none of its levels. */
  readonly belowFirstRung: number;
}

/** The team's average on one competency: score, and shortfall to the next rung (0 for those without a gap). */
export interface CompetencySummary {
  readonly id: string;
  readonly name: string;
  /** null when no one was assessed: a mean of nobody is no figure. */
  readonly meanScore: number | null;
  readonly meanGap: number | null;
  /** People with a gap on this competency. */
  readonly withGap: number;
}

/** The team view of a batch (`assess --batch --summary`). */
export interface TeamSummary {
  readonly ladder: string;
  /** Lines assessed; failed lines are counted apart and not in any figure. */
  readonly people: number;
  readonly failed: number;
  readonly tracks: readonly TrackPlacements[];
  readonly competencies: readonly CompetencySummary[];
}

export interface TeamSummaryBuilder {
  add(result: AssessmentResult): void;
  addFailure(): void;
  summary(): TeamSummary;
}

/**
 * Accumulates results one at a time (a batch streams, so nothing is kept per
 * person): each person counts once, at their placement on the track they were
 * placed on. A person's gap on a competency is their largest shortfall on it
 * (several next rungs may expect it).
 */
export function createTeamSummary(ladder: Ladder): TeamSummaryBuilder {
  const trackIndex = new Map(ladder.tracks.map((track, index) => [track.id, index]));
  const levelsOf = ladder.tracks.map((track) => ladder.levels.filter((level) => level.tracks.includes(track.id)));
  const counts = levelsOf.map((levels) => new Map(levels.map((level) => [level.id, 0])));
  const below = ladder.tracks.map(() => 0);
  const competencyIndex = new Map(ladder.competencies.map((competency, index) => [competency.id, index]));
  const scoreSums = ladder.competencies.map(() => 0);
  const gapSums = ladder.competencies.map(() => 0);
  const withGap = ladder.competencies.map(() => 0);
  const largestGap = ladder.competencies.map(() => 0);
  let people = 0;
  let failed = 0;

  return {
    add(result) {
      people += 1;
      const track = trackIndex.get(result.track);
      if (track !== undefined) {
        const placed = result.placement;
        if (placed === null) below[track]! += 1;
        else counts[track]!.set(placed.id, (counts[track]!.get(placed.id) ?? 0) + 1);
      }
      result.competencies.forEach((competency, index) => (scoreSums[index]! += competency.score));
      largestGap.fill(0);
      for (const gap of result.gaps) {
        const index = competencyIndex.get(gap.competency);
        if (index !== undefined && gap.shortfall > largestGap[index]!) largestGap[index] = gap.shortfall;
      }
      largestGap.forEach((gap, index) => {
        if (gap > 0) {
          gapSums[index]! += gap;
          withGap[index]! += 1;
        }
      });
    },
    addFailure() {
      failed += 1;
    },
    summary() {
      const mean = (sum: number) => (people === 0 ? null : round4(sum / people));
      return {
        ladder: ladder.name,
        people,
        failed,
        tracks: ladder.tracks.map((track, index) => {
          const levels = levelsOf[index]!.map((level) => ({ id: level.id, title: level.title, rank: level.rank, people: counts[index]!.get(level.id) ?? 0 }));
          const placed = levels.reduce((sum, level) => sum + level.people, 0);
          return { id: track.id, name: track.name, people: placed + below[index]!, levels, belowFirstRung: below[index]! };
        }),
        competencies: ladder.competencies.map((competency, index) => ({
          id: competency.id,
          name: competency.name,
          meanScore: mean(scoreSums[index]!),
          meanGap: mean(gapSums[index]!),
          withGap: withGap[index]!,
        })),
      };
    },
  };
}
