import type { Competency, Ladder, Level } from "../ladder/model";
import { normaliseName } from "../ladder/rules";

/** Which way a competency's expectation moves from one level to the next. */
export type Change = "rises" | "same" | "falls";

/** How competencies are listed: largest change first, or in the ladder's own order. */
export type CompareOrder = "change" | "ladder";

/** One competency's expectation at one level. */
export interface LevelExpectation {
  readonly level: Level;
  readonly score: number;
  readonly text: string | undefined;
}

/** One competency across every compared level; `delta` runs from the first level to the last. */
export interface CompetencyComparison {
  readonly competency: Competency;
  readonly expectations: readonly LevelExpectation[];
  readonly delta: number;
  readonly change: Change;
}

/** One competency's move between two levels. */
export interface CompetencyDelta {
  readonly competency: Competency;
  readonly fromScore: number;
  readonly toScore: number;
  readonly delta: number;
  readonly change: Change;
}

/** The facts of the closing line: how many competencies rise, stay, fall, and which rise (or fall) most. */
export interface ChangeSummary {
  readonly from: Level;
  readonly to: Level;
  readonly rises: number;
  readonly same: number;
  readonly falls: number;
  readonly total: number;
  /** The competencies with the largest rise (ladder order) and that rise; empty when nothing rises. */
  readonly mostRise: { readonly competencies: readonly Competency[]; readonly delta: number } | undefined;
  /** Likewise for the largest fall (a negative delta). */
  readonly mostFall: { readonly competencies: readonly Competency[]; readonly delta: number } | undefined;
}

/** What changes from one level to the next in the comparison: competency deltas and the new list items. */
export interface ComparisonStep {
  readonly from: Level;
  readonly to: Level;
  /** In the comparison's order. */
  readonly deltas: readonly CompetencyDelta[];
  /** Items of `to` that `from` does not list (compared case- and space-insensitively). */
  readonly newResponsibilities: readonly string[];
  readonly newSkills: readonly string[];
  readonly summary: ChangeSummary;
}

/**
 * Two or more levels side by side, in the order given. Each step compares a level
 * with the one before it (so `junior pm senior` reads as a walk up the ladder);
 * `competencies[].delta` and `overall` run from the first level to the last.
 */
export interface Comparison {
  readonly levels: readonly Level[];
  readonly order: CompareOrder;
  readonly competencies: readonly CompetencyComparison[];
  readonly steps: readonly ComparisonStep[];
  readonly overall: ChangeSummary;
}

/** The direction of a score difference. */
function changeOf(delta: number): Change {
  return delta > 0 ? "rises" : delta < 0 ? "falls" : "same";
}

function scoreAt(ladder: Ladder, level: Level, competencyId: string): number {
  return level.expectations[competencyId]?.score ?? ladder.scale.min;
}

/** Competencies ordered by the size of their change (largest first), ties in ladder order. */
function orderByChange<T>(items: readonly T[], delta: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, size: Math.abs(delta(item)) }))
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .map(({ item }) => item);
}

/** Items of `later` that `earlier` does not list, in `later`'s order. */
export function newItems(earlier: readonly string[], later: readonly string[]): string[] {
  const known = new Set(earlier.map(normaliseName));
  return later.filter((item) => !known.has(normaliseName(item)));
}

function largest(deltas: readonly CompetencyDelta[], sign: 1 | -1): ChangeSummary["mostRise"] {
  const moving = deltas.filter((delta) => Math.sign(delta.delta) === sign);
  if (moving.length === 0) return undefined;
  const extreme = sign === 1 ? Math.max(...moving.map((delta) => delta.delta)) : Math.min(...moving.map((delta) => delta.delta));
  return { competencies: moving.filter((delta) => delta.delta === extreme).map((delta) => delta.competency), delta: extreme };
}

/** The closing-line facts for the move from `from` to `to`; `deltas` must be in ladder order. */
export function summariseChange(from: Level, to: Level, deltas: readonly CompetencyDelta[]): ChangeSummary {
  const count = (change: Change) => deltas.filter((delta) => delta.change === change).length;
  return {
    from,
    to,
    rises: count("rises"),
    same: count("same"),
    falls: count("falls"),
    total: deltas.length,
    mostRise: largest(deltas, 1),
    mostFall: largest(deltas, -1),
  };
}

/** Every competency's move from `from` to `to`, in ladder order. */
export function competencyDeltas(ladder: Ladder, from: Level, to: Level): CompetencyDelta[] {
  return ladder.competencies.map((competency) => {
    const fromScore = scoreAt(ladder, from, competency.id);
    const toScore = scoreAt(ladder, to, competency.id);
    return { competency, fromScore, toScore, delta: toScore - fromScore, change: changeOf(toScore - fromScore) };
  });
}

function compareStep(ladder: Ladder, from: Level, to: Level, order: CompareOrder): ComparisonStep {
  const deltas = competencyDeltas(ladder, from, to);
  return {
    from,
    to,
    deltas: order === "change" ? orderByChange(deltas, (delta) => delta.delta) : deltas,
    newResponsibilities: newItems(from.responsibilities, to.responsibilities),
    newSkills: newItems(from.skills, to.skills),
    summary: summariseChange(from, to, deltas),
  };
}

/** Compare two or more distinct levels, in the order given. */
export function compareLevels(ladder: Ladder, levels: readonly Level[], order: CompareOrder = "change"): Comparison {
  if (levels.length < 2) throw new Error("compareLevels needs at least two levels");
  const first = levels[0]!;
  const last = levels[levels.length - 1]!;
  const competencies = ladder.competencies.map((competency): CompetencyComparison => {
    const expectations = levels.map((level) => ({
      level,
      score: scoreAt(ladder, level, competency.id),
      text: level.expectations[competency.id]?.text,
    }));
    const delta = expectations[expectations.length - 1]!.score - expectations[0]!.score;
    return { competency, expectations, delta, change: changeOf(delta) };
  });
  return {
    levels,
    order,
    competencies: order === "change" ? orderByChange(competencies, (item) => item.delta) : competencies,
    steps: levels.slice(1).map((to, index) => compareStep(ladder, levels[index]!, to, order)),
    overall: summariseChange(first, last, competencyDeltas(ladder, first, last)),
  };
}

/** A signed score difference as people read it: +2, 0, -1.5. */
export function formatDelta(delta: number): string {
  const rounded = Math.round(delta * 100) / 100;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

function listNames(competencies: readonly Competency[]): string {
  const ids = competencies.map((competency) => competency.id);
  return ids.length <= 1 ? (ids[0] ?? "") : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

/**
 * The closing line, e.g. "staff expects more than senior in 6 of 10 competencies,
 * most in strategy (+2)"; falls are named too, and "the same in all" when nothing moves.
 * When every rising (or falling) competency moves by the same amount, naming them all
 * as "most" would say nothing: the line says "each by +1" instead.
 */
export function summaryLine(summary: ChangeSummary): string {
  const { from, to, total } = summary;
  const competencies = `${total === 1 ? "competency" : "competencies"}`;
  const most = (count: number, entry: NonNullable<ChangeSummary["mostRise"]>) => {
    if (count === 1) return `: ${listNames(entry.competencies)} (${formatDelta(entry.delta)})`;
    if (entry.competencies.length === count) return `, each by ${formatDelta(entry.delta)}`;
    return `, most in ${listNames(entry.competencies)} (${formatDelta(entry.delta)})`;
  };
  if (summary.mostRise === undefined && summary.mostFall === undefined) {
    return `${from.id} and ${to.id} expect the same in ${total === 1 ? "their one competency" : `all ${total} competencies`}`;
  }
  if (summary.mostRise === undefined) {
    return `${to.id} expects less than ${from.id} in ${summary.falls} of ${total} ${competencies}${most(summary.falls, summary.mostFall!)}`;
  }
  const rise = `${to.id} expects more than ${from.id} in ${summary.rises} of ${total} ${competencies}${most(summary.rises, summary.mostRise)}`;
  return summary.mostFall === undefined ? rise : `${rise}; less in ${summary.falls}${most(summary.falls, summary.mostFall)}`;
}
