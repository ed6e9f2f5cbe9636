// The five scoring rules of the ladder format ("Scoring" in the format doc), written
// as plainly as they read, to check the fast scorer (src/core/scoring.ts: typed
// arrays, record pools, slot arithmetic) against. Nothing here is shared with it.
// Every decision (reached, the better of two placements, the order of gaps) is
// taken in exact fractions, so this needs no floating-point tolerance; the numbers
// it reports are rounded to 4 decimals as the result's documented shape says.
import type { Answers } from "../../src/answers/model";
import type { AssessmentResult, Gap, LevelRef, ScoreOptions } from "../../src/core/scoring";
import type { Ladder, Level } from "../../src/ladder/model";

/** An exact fraction `n / d`, d > 0. */
interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const fraction = (n: number | bigint, d: number | bigint = 1n): Fraction => ({ n: BigInt(n), d: BigInt(d) });
const add = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const subtract = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
/** Negative, zero or positive as a < b, a = b, a > b. */
const compare = (a: Fraction, b: Fraction): number => Number(a.n * b.d - b.n * a.d);
const smaller = (a: Fraction, b: Fraction): Fraction => (compare(a, b) <= 0 ? a : b);
const toNumber = (a: Fraction): number => Number(a.n) / Number(a.d);

/** A decimal as written (the threshold `0.9` is nine tenths on paper, not the double nearest it). */
function decimal(value: number): Fraction {
  const [mantissa = "0", exponent = "0"] = String(value).split("e");
  const [whole = "0", decimals = ""] = mantissa.split(".");
  const shift = Number(exponent) - decimals.length;
  const digits = BigInt(whole + decimals);
  return shift >= 0 ? fraction(digits * 10n ** BigInt(shift)) : fraction(digits, 10n ** BigInt(-shift));
}

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/** An own key's value: ids such as `constructor` are plain keys, not the prototype's. */
const own = (record: Readonly<Record<string, number>>, key: string): number | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The level's expectation of a competency; undefined when the level does not expect it (`n/a`). */
function expectation(level: Level, competency: string): number | undefined {
  return level.expectations[competency]!.score ?? undefined;
}

/** Score one set of answers by the five rules, each step in the words of the format doc. */
export function referenceScore(ladder: Ladder, answers: Answers, options: ScoreOptions = {}): AssessmentResult {
  const min = ladder.scale.min;

  // Rule 1: a competency's score is its rating if one is given, else the mean of the
  // scores of its answered questions; with neither it is not assessed and counts as the minimum.
  const score = new Map<string, Fraction>();
  const assessed = new Map<string, boolean>();
  for (const competency of ladder.competencies) {
    const answered: number[] = [];
    for (const question of ladder.questions) {
      if (question.kind !== "competency" || question.competency !== competency.id) continue;
      const answer = own(answers.answers, question.id);
      if (answer === undefined) continue;
      // A question without options is a rating question: the answer is the score.
      answered.push(question.options.length === 0 ? answer : question.options[answer - 1]!.score!);
    }
    const rating = own(answers.ratings, competency.id);
    if (rating !== undefined) score.set(competency.id, fraction(rating));
    else if (answered.length > 0) score.set(competency.id, fraction(answered.reduce((sum, value) => sum + value, 0), answered.length));
    else score.set(competency.id, fraction(min));
    assessed.set(competency.id, rating !== undefined || answered.length > 0);
  }

  // Rule 2: fit = Σ min(score, expected) / Σ expected over the competencies the level expects; 1 when they sum to 0.
  const fit = new Map<string, Fraction>();
  const fitShown = new Map<string, number>();
  for (const level of ladder.levels) {
    let covered = fraction(0);
    let total = 0;
    let coveredShown = 0;
    for (const competency of ladder.competencies) {
      const expected = expectation(level, competency.id);
      if (expected === undefined) continue;
      covered = add(covered, smaller(score.get(competency.id)!, fraction(expected)));
      coveredShown += Math.min(toNumber(score.get(competency.id)!), expected);
      total += expected;
    }
    fit.set(level.id, total === 0 ? fraction(1) : { n: covered.n * BigInt(Math.sign(total)), d: covered.d * BigInt(Math.abs(total)) });
    fitShown.set(level.id, total === 0 ? 1 : coveredShown / total);
  }

  // Rule 3: reached when fit >= threshold; a track's placement is its highest-ranked reached
  // level, two of that rank: the higher fit, then the earlier in the file.
  const threshold = decimal(ladder.scoring.threshold);
  const reached = (level: Level) => compare(fit.get(level.id)!, threshold) >= 0;
  // The model lists levels in rank order, and levels of one rank in file order.
  const fileOrder = new Map(ladder.levels.map((level, index) => [level.id, index]));
  const better = (a: Level, b: Level) => b.rank - a.rank || compare(fit.get(b.id)!, fit.get(a.id)!) || fileOrder.get(a.id)! - fileOrder.get(b.id)!;
  const onTrack = (track: string) => ladder.levels.filter((level) => level.tracks.includes(track));
  const placementLevel = (track: string): Level | undefined => onTrack(track).filter(reached).sort(better)[0];
  const ref = (level: Level): LevelRef => ({ id: level.id, title: level.title, rank: level.rank });

  // Rule 5: each track answer counts one for its track; the most wins, a tie goes to the track listed first.
  const votes = new Map(ladder.tracks.map((track) => [track.id, 0]));
  for (const question of ladder.questions) {
    const answer = own(answers.answers, question.id);
    if (question.kind !== "track" || answer === undefined) continue;
    const track = question.options[answer - 1]?.track;
    if (track !== undefined && votes.has(track)) votes.set(track, votes.get(track)! + 1);
  }
  let favouredTrack: string | null = null;
  for (const track of ladder.tracks) {
    if (votes.get(track.id)! > 0 && (favouredTrack === null || votes.get(track.id)! > votes.get(favouredTrack)!)) favouredTrack = track.id;
  }
  const track = options.track ?? answers.track ?? favouredTrack ?? ladder.tracks[0]!.id;
  const placed = ladder.tracks.some((known) => known.id === track) ? placementLevel(track) : undefined;

  // Rule 4: the gaps are to the next levels of the placement that lie on the placed track
  // (below the first rung: the track's lowest-ranked levels), largest shortfall first, then
  // in ladder order; a competency the level does not expect makes no gap.
  let targets: Level[];
  if (!ladder.tracks.some((known) => known.id === track)) targets = [];
  else if (placed) targets = placed.next.map((id) => ladder.levels.find((level) => level.id === id)!).filter((level) => level.tracks.includes(track));
  else {
    const lowest = Math.min(...onTrack(track).map((level) => level.rank));
    targets = onTrack(track).filter((level) => level.rank === lowest);
  }
  const shortfalls: { gap: Gap; exact: Fraction; competency: number; level: number }[] = [];
  ladder.competencies.forEach((competency, competencyOrder) => {
    for (const target of targets) {
      const expected = expectation(target, competency.id);
      if (expected === undefined) continue;
      const exact = subtract(fraction(expected), score.get(competency.id)!);
      if (compare(exact, fraction(0)) <= 0) continue;
      const shown = toNumber(score.get(competency.id)!);
      shortfalls.push({
        gap: { competency: competency.id, level: target.id, score: round4(shown), expected, shortfall: round4(expected - shown) },
        exact,
        competency: competencyOrder,
        level: fileOrder.get(target.id)!,
      });
    }
  });
  shortfalls.sort((a, b) => compare(b.exact, a.exact) || a.competency - b.competency || a.level - b.level);

  return {
    ladder: ladder.name,
    track,
    favouredTrack,
    placement: placed ? ref(placed) : null,
    placements: Object.fromEntries(ladder.tracks.map((known) => [known.id, placementLevel(known.id) ? ref(placementLevel(known.id)!) : null])),
    fits: ladder.levels.map((level) => ({ id: level.id, fit: round4(fitShown.get(level.id)!), reached: reached(level) })),
    competencies: ladder.competencies.map((competency) => ({
      id: competency.id,
      area: competency.area ?? null,
      score: round4(toNumber(score.get(competency.id)!)),
      assessed: assessed.get(competency.id)!,
      expected: placed ? (expectation(placed, competency.id) ?? null) : null,
      expectedNext: Object.fromEntries(targets.map((target) => [target.id, expectation(target, competency.id) ?? null])),
    })),
    gaps: shortfalls.map((entry) => entry.gap),
    notAssessed: ladder.competencies.filter((competency) => !assessed.get(competency.id)).map((competency) => competency.id),
  };
}
