import { ExitCode, UserError } from "../errors";
import type { Ladder, Level } from "../ladder/model";
import { findLevel, resolveLevel, unknownLevelsError } from "./resolve";

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

/** Resolve every name and keep each level once; names that name no level fail together, each with suggestions. */
export function resolveDistinctLevels(ladder: Ladder, names: readonly string[]): DistinctLevels {
  const unknown = names.filter((name) => findLevel(ladder, name) === undefined);
  if (unknown.length > 0) throw unknownLevelsError(ladder, unknown);
  const namesById = new Map<string, { level: Level; names: string[] }>();
  for (const name of names) {
    const level = resolveLevel(ladder, name);
    const entry = namesById.get(level.id);
    if (entry) entry.names.push(name);
    else namesById.set(level.id, { level, names: [name] });
  }
  const entries = [...namesById.values()];
  return {
    levels: entries.map((entry) => entry.level),
    duplicates: entries.filter((entry) => entry.names.length > 1),
  };
}

/** At least `minimum` distinct levels for `command`, or a plain error saying which names meant the same level. */
export function requireDistinct(distinct: DistinctLevels, minimum: number, command: string): readonly Level[] {
  if (distinct.levels.length >= minimum) return distinct.levels;
  const hint = `name ${minimum} different levels; \`pm-ladder levels\` lists them`;
  if (distinct.duplicates.length === 0) throw new UserError(`${command} needs at least ${minimum} levels`, { exitCode: ExitCode.usage, hint });
  throw new UserError(`${distinct.duplicates.map(describeSameLevel).join("; ")}: ${command} needs ${minimum} different levels`, { hint });
}
