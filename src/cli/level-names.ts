import { describeSameLevel, distinctLevels, type DistinctLevels } from "../core/distinct-levels";
import { findLevel, suggestLevels } from "../core/resolve";
import { ExitCode, UserError } from "../errors";
import type { Ladder, Level } from "../ladder/model";

// Level names from the command line, resolved, and the errors (with their hints about
// the command line) for names that name no level or too few levels.

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

/** Resolve every name and keep each level once; names that name no level fail together, each with suggestions. */
export function resolveDistinctLevels(ladder: Ladder, names: readonly string[]): DistinctLevels {
  const { unknown, ...distinct } = distinctLevels(ladder, names);
  if (unknown.length > 0) throw unknownLevelsError(ladder, unknown);
  return distinct;
}

/** At least `minimum` distinct levels for `command`, or a plain error saying which names meant the same level. */
export function requireDistinct(distinct: DistinctLevels, minimum: number, command: string): readonly Level[] {
  if (distinct.levels.length >= minimum) return distinct.levels;
  const hint = `name ${minimum} different levels; \`pm-ladder levels\` lists them`;
  if (distinct.duplicates.length === 0) throw new UserError(`${command} needs at least ${minimum} levels`, { exitCode: ExitCode.usage, hint });
  throw new UserError(`${distinct.duplicates.map(describeSameLevel).join("; ")}: ${command} needs ${minimum} different levels`, { hint });
}
