import type { Ladder, Level } from "../ladder/model";
import { levelById } from "./levels";

/** A next rung and the tracks of the current level that lead to it. */
export interface NextRung {
  readonly level: Level;
  /** The tracks both levels share; a rung reached by a change of track carries its own tracks. */
  readonly tracks: readonly string[];
}

export interface NextRungs {
  readonly level: Level;
  readonly rungs: readonly NextRung[];
  /** Tracks of the level that no next rung continues and no level above it is on: the level is the top of these. */
  readonly topOf: readonly string[];
  /**
   * Tracks of the level that no next rung continues although levels above it are
   * on them: its `next` does not lead there (likely a gap in the ladder), each with those levels.
   */
  readonly unlinked: readonly { readonly track: string; readonly above: readonly string[] }[];
}

/** Where a level leads, per track, and which of its tracks end at it. */
export function nextRungs(ladder: Ladder, level: Level): NextRungs {
  const rungs = level.next.map((id): NextRung => {
    const next = levelById(ladder, id);
    const shared = level.tracks.filter((track) => next.tracks.includes(track));
    return { level: next, tracks: shared.length > 0 ? shared : next.tracks };
  });
  const continued = new Set(rungs.flatMap((rung) => rung.tracks));
  const ended = level.tracks.filter((track) => !continued.has(track));
  const above = (track: string) => ladder.levels.filter((other) => other.rank > level.rank && other.tracks.includes(track)).map((other) => other.id);
  return {
    level,
    rungs,
    topOf: ended.filter((track) => above(track).length === 0),
    unlinked: ended.flatMap((track) => (above(track).length === 0 ? [] : [{ track, above: above(track) }])),
  };
}
