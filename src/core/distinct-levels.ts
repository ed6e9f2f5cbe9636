import type { Ladder, Level } from "../ladder/model";
import { findLevel } from "./resolve";

/** Several names that resolve to one level, e.g. `senior` and `spm`. */
export interface SameLevelNames {
  readonly level: Level;
  readonly names: readonly string[];
}

export interface DistinctLevels {
  /** Each level once, in the order it was first named. */
  readonly levels: readonly Level[];
  readonly duplicates: readonly SameLevelNames[];
}

/** `"senior" and "spm" are the same level (senior)`; one name given twice: `"senior" is named twice (Senior Product Manager)`. */
export function describeSameLevel({ level, names }: SameLevelNames): string {
  const unique = [...new Set(names.map((name) => name.trim()))].map((name) => `"${name}"`);
  if (unique.length === 1) return `${unique[0]} is named ${names.length === 2 ? "twice" : `${names.length} times`} (${level.title})`;
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]} are the same level (${level.id})`;
}

/** Each level the names name, once, in the order first named; `unknown` holds the names that name no level. */
export function distinctLevels(ladder: Ladder, names: readonly string[]): DistinctLevels & { readonly unknown: readonly string[] } {
  const unknown: string[] = [];
  const namesById = new Map<string, { level: Level; names: string[] }>();
  for (const name of names) {
    const level = findLevel(ladder, name);
    if (level === undefined) {
      unknown.push(name);
      continue;
    }
    const entry = namesById.get(level.id);
    if (entry) entry.names.push(name);
    else namesById.set(level.id, { level, names: [name] });
  }
  const entries = [...namesById.values()];
  return {
    levels: entries.map((entry) => entry.level),
    duplicates: entries.filter((entry) => entry.names.length > 1),
    unknown,
  };
}
