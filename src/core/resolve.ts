import { UserError } from "../errors";
import type { Ladder, Level } from "../ladder/model";
import { normaliseName } from "../ladder/rules";
import { closestMatches } from "../words/suggest";

function namesOf(level: Level): string[] {
  return [level.id, level.title, ...level.aliases];
}

/** Every name a level answers to (id, alias, title), normalised, mapped to its level. */
function levelIndex(ladder: Ladder): Map<string, Level> {
  const index = new Map<string, Level>();
  for (const level of ladder.levels) for (const name of namesOf(level)) index.set(normaliseName(name), level);
  return index;
}

const indexCache = new WeakMap<Ladder, Map<string, Level>>();

/** The level named by id, alias or title, in any case and spacing; undefined when none is. */
export function findLevel(ladder: Ladder, name: string): Level | undefined {
  let index = indexCache.get(ladder);
  if (!index) {
    index = levelIndex(ladder);
    indexCache.set(ladder, index);
  }
  return index.get(normaliseName(name));
}

/** Level ids whose id, alias or title is closest to `name`, best first. */
export function suggestLevels(ladder: Ladder, name: string, limit = 3): string[] {
  const ownerByName = new Map<string, string>();
  for (const level of ladder.levels) for (const alias of namesOf(level)) ownerByName.set(alias, level.id);
  const ids: string[] = [];
  for (const match of closestMatches(name, ownerByName.keys(), limit * 3)) {
    const id = ownerByName.get(match);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, limit);
}

function shownName(name: string): string {
  return name.trim() === "" ? "(empty)" : `"${name.trim()}"`;
}

/** The error for names that name no level: each with its closest matches. */
export function unknownLevelsError(ladder: Ladder, names: readonly string[]): UserError {
  const hint = `run \`pm-ladder levels\` to list the ${ladder.levels.length} levels of "${ladder.name}"`;
  const didYouMean = (name: string) => {
    const suggestions = suggestLevels(ladder, name);
    return suggestions.length > 0 ? `did you mean: ${suggestions.join(", ")}?` : undefined;
  };
  if (names.length === 1) {
    const suggestion = didYouMean(names[0]!);
    return new UserError(`unknown level ${shownName(names[0]!)}`, { details: suggestion === undefined ? [] : [suggestion], hint });
  }
  return new UserError(`unknown levels ${names.map(shownName).join(", ")}`, {
    details: names.map((name) => `${shownName(name)}: ${didYouMean(name) ?? "no level has a similar name"}`),
    hint,
  });
}

/** Resolve a level name or fail with the closest matches. */
export function resolveLevel(ladder: Ladder, name: string): Level {
  const level = findLevel(ladder, name);
  if (level) return level;
  throw unknownLevelsError(ladder, [name]);
}

/** Resolve a track id (case-insensitive) or fail with the known ones. */
export function resolveTrack(ladder: Ladder, name: string): string {
  const wanted = normaliseName(name);
  const track = ladder.tracks.find((candidate) => candidate.id === wanted || normaliseName(candidate.name) === wanted);
  if (track) return track.id;
  const known = ladder.tracks.map((candidate) => candidate.id);
  const close = closestMatches(name, known);
  throw new UserError(`unknown track "${name.trim()}"`, {
    details: close.length > 0 ? [`did you mean: ${close.join(", ")}?`] : [],
    hint: `the tracks of this ladder are: ${known.join(", ")}`,
  });
}
