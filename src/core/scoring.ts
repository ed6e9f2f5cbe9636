import type { Answers } from "../answers/model";
import type { Ladder, Level } from "../ladder/model";

/** A level as the result names it. */
export interface LevelRef {
  readonly id: string;
  readonly title: string;
  readonly rank: number;
}

export interface LevelFit {
  readonly id: string;
  /** Share of the level's expectations covered, rounded to 4 decimals. */
  readonly fit: number;
  readonly reached: boolean;
}

export interface CompetencyResult {
  readonly id: string;
  /** The rating, else the mean of the answered questions, else `scale.min`; rounded to 4 decimals. */
  readonly score: number;
  readonly assessed: boolean;
  /** The placement's expectation; null below the first rung. */
  readonly expected: number | null;
  /** Next level id → its expectation, for the levels the gaps are measured against. */
  readonly expectedNext: Readonly<Record<string, number>>;
}

export interface Gap {
  readonly competency: string;
  readonly level: string;
  readonly score: number;
  readonly expected: number;
  readonly shortfall: number;
}

/** The result of an assessment, in the JSON shape documented in the format doc ("Scoring"). */
export interface AssessmentResult {
  readonly ladder: string;
  readonly track: string;
  readonly favouredTrack: string | null;
  readonly placement: LevelRef | null;
  readonly placements: Readonly<Record<string, LevelRef | null>>;
  readonly fits: readonly LevelFit[];
  readonly competencies: readonly CompetencyResult[];
  readonly gaps: readonly Gap[];
  readonly notAssessed: readonly string[];
}

export interface ScoreOptions {
  /** A track id to place on; wins over the answers' own `track` and over the favoured track. */
  readonly track?: string;
}

/** Scores one set of checked answers; see createScorer. */
export type Scorer = (answers: Answers, options?: ScoreOptions) => AssessmentResult;

/**
 * Fits are sums of means of whole numbers divided by a whole number, so a fit
 * that equals the threshold exactly on paper can come out a few ulps below it
 * in floating point (and print as the threshold after rounding). Distinct fits
 * of real ladders differ by far more than this, so the tolerance never lets a
 * level that is genuinely short count as reached.
 */
const FIT_TOLERANCE = 1e-9;

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function levelRef(level: Level): LevelRef {
  return { id: level.id, title: level.title, rank: level.rank };
}

interface QuestionScoring {
  /** Index of the competency; -1 for a track question. */
  readonly competency: number;
  /** Option scores by option number - 1; empty for a rating question (the answer is the score). */
  readonly scores: readonly number[];
  /** Option tracks by option number - 1, for a track question. */
  readonly tracks: readonly string[];
}

/**
 * The scoring function for one ladder, with every per-ladder lookup built once
 * (expectation vectors, questions by id, each level's next rungs per track), so
 * that scoring one set of answers is a few passes over small arrays. The rules:
 * 1. a competency's score is its rating, else the mean of its answered questions,
 *    else it is "not assessed" and counts as `scale.min`;
 * 2. fit = Σ min(score, expected) / Σ expected (1 when a level expects nothing);
 * 3. reached when fit >= threshold; a track's placement is its highest-ranked
 *    reached level (equal rank: the higher fit, then the earlier in the file);
 * 4. gaps are measured against the placement's next levels on the placed track
 *    (below the first rung: the track's lowest-ranked levels), largest first;
 * 5. each track answer is a vote; the favoured track has most (ties: ladder order).
 */
export function createScorer(ladder: Ladder): Scorer {
  const competencyIds = ladder.competencies.map((competency) => competency.id);
  const competencyIndex = new Map(competencyIds.map((id, index) => [id, index]));
  const trackIds = ladder.tracks.map((track) => track.id);
  const { min } = ladder.scale;
  const threshold = ladder.scoring.threshold;

  const questions = new Map<string, QuestionScoring>();
  for (const question of ladder.questions) {
    questions.set(question.id, {
      competency: question.kind === "track" ? -1 : (competencyIndex.get(question.competency ?? "") ?? -1),
      scores: question.kind === "track" ? [] : question.options.map((option) => option.score ?? min),
      tracks: question.kind === "track" ? question.options.map((option) => option.track ?? "") : [],
    });
  }

  const levels = ladder.levels;
  const levelIndex = new Map(levels.map((level, index) => [level.id, index]));
  const expected = levels.map((level) => competencyIds.map((id) => level.expectations[id]?.score ?? min));
  const totals = expected.map((vector) => vector.reduce((sum, score) => sum + score, 0));
  const onTrack = new Map(trackIds.map((track) => [track, levels.flatMap((level, index) => (level.tracks.includes(track) ? [index] : []))]));
  const lowestOfTrack = new Map(
    [...onTrack].map(([track, indexes]) => {
      const lowest = Math.min(...indexes.map((index) => levels[index]!.rank));
      return [track, indexes.filter((index) => levels[index]!.rank === lowest)];
    }),
  );
  const nextOnTrack = (level: number, track: string): number[] =>
    levels[level]!.next.flatMap((id) => {
      const index = levelIndex.get(id);
      return index !== undefined && levels[index]!.tracks.includes(track) ? [index] : [];
    });

  // Per competency, the expectations of a set of next rungs: the same few sets recur on every
  // result of a batch, so each is built once (results share them; they are read-only).
  const expectedNextCache = new Map<string, Readonly<Record<string, number>>[]>();
  const expectedNextOf = (targets: readonly number[]) => {
    const key = targets.join(",");
    let perCompetency = expectedNextCache.get(key);
    if (!perCompetency) {
      perCompetency = competencyIds.map((_id, index) => Object.fromEntries(targets.map((target) => [levels[target]!.id, expected[target]![index]!])));
      expectedNextCache.set(key, perCompetency);
    }
    return perCompetency;
  };

  return (answers, options = {}) => {
    const sums = new Array<number>(competencyIds.length).fill(0);
    const counts = new Array<number>(competencyIds.length).fill(0);
    const votes = new Map<string, number>();
    for (const [id, value] of Object.entries(answers.answers)) {
      const question = questions.get(id);
      if (!question) throw new Error(`answers not checked against the ladder: unknown question "${id}"`);
      if (question.competency < 0) {
        const track = question.tracks[value - 1];
        if (track !== undefined) votes.set(track, (votes.get(track) ?? 0) + 1);
        continue;
      }
      sums[question.competency]! += question.scores.length === 0 ? value : (question.scores[value - 1] ?? min);
      counts[question.competency]! += 1;
    }

    const assessed = competencyIds.map((id, index) => Object.hasOwn(answers.ratings, id) || counts[index]! > 0);
    const scores = competencyIds.map((id, index) => {
      if (Object.hasOwn(answers.ratings, id)) return answers.ratings[id]!;
      return counts[index]! > 0 ? sums[index]! / counts[index]! : min;
    });

    const fits = expected.map((vector, level) => {
      let covered = 0;
      for (let index = 0; index < vector.length; index += 1) covered += Math.min(scores[index]!, vector[index]!);
      return totals[level]! > 0 ? covered / totals[level]! : 1;
    });
    const reached = fits.map((fit) => fit >= threshold - FIT_TOLERANCE);

    const placementIndex = new Map<string, number | undefined>();
    for (const track of trackIds) {
      let best: number | undefined;
      for (const index of onTrack.get(track) ?? []) {
        if (!reached[index]) continue;
        const better = best === undefined || levels[index]!.rank > levels[best]!.rank || (levels[index]!.rank === levels[best]!.rank && fits[index]! > fits[best]!);
        if (better) best = index;
      }
      placementIndex.set(track, best);
    }

    let favouredTrack: string | null = null;
    for (const track of trackIds) {
      const count = votes.get(track) ?? 0;
      if (count > 0 && (favouredTrack === null || count > (votes.get(favouredTrack) ?? 0))) favouredTrack = track;
    }
    const track = options.track ?? answers.track ?? favouredTrack ?? trackIds[0]!;
    const placed = placementIndex.get(track);
    const targets = placed === undefined ? (lowestOfTrack.get(track) ?? []) : nextOnTrack(placed, track);

    // Plain loops and no per-gap temporaries: a batch scores a million of these.
    const shortfalls: { competency: number; target: number; shortfall: number }[] = [];
    for (const target of targets) {
      const vector = expected[target]!;
      for (let competency = 0; competency < vector.length; competency += 1) {
        const shortfall = vector[competency]! - scores[competency]!;
        if (shortfall > 0) shortfalls.push({ competency, target, shortfall });
      }
    }
    shortfalls.sort((a, b) => b.shortfall - a.shortfall || a.competency - b.competency || a.target - b.target);

    const placements: Record<string, LevelRef | null> = {};
    for (const id of trackIds) {
      const index = placementIndex.get(id);
      placements[id] = index === undefined ? null : levelRef(levels[index]!);
    }

    return {
      ladder: ladder.name,
      track,
      favouredTrack,
      placement: placed === undefined ? null : levelRef(levels[placed]!),
      placements,
      fits: levels.map((level, index) => ({ id: level.id, fit: round4(fits[index]!), reached: reached[index]! })),
      competencies: competencyIds.map((id, index) => ({
        id,
        score: round4(scores[index]!),
        assessed: assessed[index]!,
        expected: placed === undefined ? null : expected[placed]![index]!,
        expectedNext: expectedNextOf(targets)[index]!,
      })),
      gaps: shortfalls.map(({ competency, target, shortfall }) => ({
        competency: competencyIds[competency]!,
        level: levels[target]!.id,
        score: round4(scores[competency]!),
        expected: expected[target]![competency]!,
        shortfall: round4(shortfall),
      })),
      notAssessed: competencyIds.filter((_id, index) => !assessed[index]),
    };
  };
}

/** Score one set of answers; for many, build the scorer once with createScorer. */
export function scoreAnswers(ladder: Ladder, answers: Answers, options: ScoreOptions = {}): AssessmentResult {
  return createScorer(ladder)(answers, options);
}
