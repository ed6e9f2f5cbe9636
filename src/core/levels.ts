import type { Ladder, Level } from "../ladder/model";

/** The levels of a track in rank order; every level without a track. */
export function levelsOnTrack(ladder: Ladder, track?: string): Level[] {
  return ladder.levels.filter((level) => track === undefined || level.tracks.includes(track));
}

/** The level with this id; the model guarantees every reference resolves. */
export function levelById(ladder: Ladder, id: string): Level {
  const level = ladder.levels.find((candidate) => candidate.id === id);
  if (!level) throw new Error(`no level with id "${id}" in the model`);
  return level;
}
