import type { Ladder, Level } from "../ladder/model";

/** The rungs from one level to another along one track, both ends included. */
export interface LadderPath {
  readonly track: string;
  readonly levels: readonly Level[];
}

/** Why there is no path, and what to look at instead (the command words it as a hint). */
export interface NoPath {
  readonly message: string;
  /** `compare`: the two levels side by side; `reverse`: the path the other way; `track`: this track instead of the one asked for; `next`: where `from` leads. */
  readonly instead: { readonly kind: "compare" | "reverse" | "next" } | { readonly kind: "track"; readonly track: string };
}

function describeTracks(level: Level): string {
  return `${level.id} (${level.tracks.join(", ")})`;
}

/**
 * The route from `from` up to `to` along `next` links between levels of `track`,
 * taking the route with the most rungs so that none between is skipped. Levels are
 * in rank order and `next` only climbs, so one pass in that order finds it.
 */
function routeOnTrack(ladder: Ladder, from: Level, to: Level, track: string): Level[] | undefined {
  const byId = new Map(ladder.levels.map((level) => [level.id, level]));
  const best = new Map<string, { length: number; previous: string | undefined }>([[from.id, { length: 1, previous: undefined }]]);
  for (const level of ladder.levels) {
    const reached = best.get(level.id);
    if (!reached || level.rank > to.rank) continue;
    for (const id of level.next) {
      const next = byId.get(id);
      if (!next || !next.tracks.includes(track)) continue;
      const known = best.get(id);
      if (!known || known.length < reached.length + 1) best.set(id, { length: reached.length + 1, previous: level.id });
    }
  }
  if (!best.has(to.id)) return undefined;
  const route: Level[] = [];
  for (let id: string | undefined = to.id; id !== undefined; id = best.get(id)?.previous) route.unshift(byId.get(id)!);
  return route;
}

/**
 * The path from `from` up to `to` on `track`, or on the first track of the ladder
 * that both levels share and that connects them. NoPath when the levels share
 * no track, `to` is not above `from`, or no chain of next rungs joins them.
 */
export function findPath(ladder: Ladder, from: Level, to: Level, track?: string): LadderPath | NoPath {
  const shared = ladder.tracks.map((candidate) => candidate.id).filter((id) => from.tracks.includes(id) && to.tracks.includes(id));
  if (shared.length === 0) {
    return { message: `no path from ${from.id} to ${to.id}: ${describeTracks(from)} and ${describeTracks(to)} share no track`, instead: { kind: "compare" } };
  }
  if (track !== undefined && !shared.includes(track)) {
    const off = [from, to].filter((level) => !level.tracks.includes(track)).map(describeTracks);
    return {
      message: `no path from ${from.id} to ${to.id} on the "${track}" track: ${off.join(" and ")} ${off.length === 1 ? "is" : "are"} not on it`,
      instead: { kind: "track", track: shared[0]! },
    };
  }
  if (to.rank <= from.rank) {
    return {
      message: `no path from ${from.id} to ${to.id}: a path climbs, and ${to.id} (rank ${to.rank}) is not above ${from.id} (rank ${from.rank})`,
      instead: { kind: to.rank < from.rank ? "reverse" : "compare" },
    };
  }
  for (const candidate of track === undefined ? shared : [track]) {
    const levels = routeOnTrack(ladder, from, to, candidate);
    if (levels) return { track: candidate, levels };
  }
  const tried = (track === undefined ? shared : [track]).map((id) => `"${id}"`).join(" or ");
  return { message: `no path from ${from.id} to ${to.id}: no chain of next rungs joins them on the ${tried} track`, instead: { kind: "next" } };
}
