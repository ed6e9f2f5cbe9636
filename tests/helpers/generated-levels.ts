import fc from "fast-check";
import { NOT_EXPECTED, type LadderFile } from "../../src/ladder/schema";

/** What a property generates for one level of a small ladder. */
export interface LevelSeed {
  readonly rank: number;
  /** Bit i puts the level on track i; no bit set: on every track. */
  readonly trackMask: number;
  /** One per competency: the expectation is `min + seed % (span + 1)` (or `n/a`, see generatedLevels). */
  readonly seeds: readonly number[];
}

/** 1 to 6 levels of ranks 1 to `maxRank` (few ranks: many levels of equal rank), on any of `tracks` tracks, for `competencies` competencies. */
export function levelSeedsArbitrary({ maxRank, tracks, competencies }: { maxRank: number; tracks: number; competencies: number }): fc.Arbitrary<LevelSeed[]> {
  return fc.array(
    fc.record({ rank: fc.integer({ min: 1, max: maxRank }), trackMask: fc.nat({ max: 2 ** tracks - 1 }), seeds: fc.array(fc.nat(), { minLength: competencies, maxLength: competencies }) }),
    { minLength: 1, maxLength: 6 },
  );
}

/**
 * The levels `l0`, `l1`… of a small generated ladder, as a file writes them. With
 * `notExpected`, about one expectation in four is `n/a` (never all of a level's, which
 * the format refuses).
 */
export function generatedLevels(
  levels: readonly LevelSeed[],
  file: Pick<LadderFile, "tracks" | "competencies"> & { scale: { min: number; max: number } },
  { notExpected = false } = {},
): LadderFile["levels"] {
  const { min, max } = file.scale;
  return levels.map((level, index) => {
    const onTracks = file.tracks.filter((_, position) => (level.trackMask >> position) & 1).map((track) => track.id);
    const seeds = file.competencies.map((_, position) => level.seeds[position] ?? 0);
    const skipped = (position: number) => notExpected && seeds[position]! % 4 === 3 && seeds.some((seed) => seed % 4 !== 3);
    return {
      id: `l${index}`,
      title: `L${index}`,
      rank: level.rank,
      summary: "Generated.",
      ...(onTracks.length > 0 ? { tracks: onTracks } : {}),
      expectations: Object.fromEntries(file.competencies.map((competency, position) => [competency.id, skipped(position) ? NOT_EXPECTED : min + (seeds[position]! % (max - min + 1))])),
    };
  });
}
