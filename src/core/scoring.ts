import type { Answers } from "../answers/model";
import type { Ladder } from "../ladder/model";
import { RecordPool } from "./record-pool";

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
  /** The competency's area; null when it has none. */
  readonly area: string | null;
  /** The rating, else the mean of the answered questions, else `scale.min`; rounded to 4 decimals. */
  readonly score: number;
  readonly assessed: boolean;
  /** The placement's expectation; null below the first rung, or where the placement does not expect it (`n/a`). */
  readonly expected: number | null;
  /** Next level id → its expectation (null: `n/a`), for the levels the gaps are measured against. */
  readonly expectedNext: Readonly<Record<string, number | null>>;
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

/** Records of each kind a scorer shares between results (see RecordPool): a few MB at most. */
const POOL_CAPACITY = 8_192;

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

interface Shortfall {
  readonly competency: number;
  readonly target: number;
  readonly shortfall: number;
}

/** Gaps order: the largest shortfall first, then competency and level in ladder order. */
function comesFirst(a: Shortfall, b: Shortfall): boolean {
  if (a.shortfall !== b.shortfall) return a.shortfall > b.shortfall;
  return a.competency !== b.competency ? a.competency < b.competency : a.target < b.target;
}

interface QuestionScoring {
  /** Index of the competency; -1 for a track question. */
  readonly competency: number;
  /** Option scores by option number - 1; empty for a rating question (the answer is the score). */
  readonly scores: readonly number[];
  /** Index of each option's track by option number - 1, for a track question (-1: no such track). */
  readonly tracks: readonly number[];
}

/** The next rungs of one placement on one track (rule 4), and what each competency is expected to reach there. */
interface RungTargets {
  readonly targets: readonly number[];
  /** Per competency: next level id → its expectation. Shared by every result with these rungs (read-only). */
  readonly expectedNext: readonly Readonly<Record<string, number | null>>[];
}

/**
 * The scoring function for one ladder, with every per-ladder lookup built once
 * (expectation vectors, questions by id, each placement's next rungs per track),
 * so that scoring one set of answers is a few passes over small arrays. The rules:
 * 1. a competency's score is its rating, else the mean of its answered questions,
 *    else it is "not assessed" and counts as `scale.min`;
 * 2. fit = Σ min(score, expected) / Σ expected over the competencies the level
 *    expects (not `n/a`); 1 when those expectations sum to 0;
 * 3. reached when fit >= threshold; a track's placement is its highest-ranked
 *    reached level (equal rank: the higher fit, then the earlier in the file);
 * 4. gaps are measured against the placement's next levels on the placed track
 *    (below the first rung: the track's lowest-ranked levels), largest first;
 *    an `n/a` expectation makes no gap;
 * 5. each track answer is a vote; the favoured track has most (ties: ladder order).
 */
export function createScorer(ladder: Ladder): Scorer {
  const competencyIds = ladder.competencies.map((competency) => competency.id);
  const competencyIndex = new Map(competencyIds.map((id, index) => [id, index]));
  const trackIds = ladder.tracks.map((track) => track.id);
  const trackIndex = new Map(trackIds.map((id, index) => [id, index]));
  const { min } = ladder.scale;
  const threshold = ladder.scoring.threshold;

  const questions = new Map<string, QuestionScoring>();
  for (const question of ladder.questions) {
    const isTrack = question.kind === "track";
    questions.set(question.id, {
      competency: isTrack ? -1 : (competencyIndex.get(question.competency ?? "") ?? -1),
      scores: isTrack ? [] : question.options.map((option) => option.score ?? min),
      tracks: isTrack ? question.options.map((option) => trackIndex.get(option.track ?? "") ?? -1) : [],
    });
  }

  const levels = ladder.levels;
  const levelIndex = new Map(levels.map((level, index) => [level.id, index]));
  // Results share these: a placement is the same object wherever it appears.
  const levelRefs: readonly LevelRef[] = levels.map((level) => Object.freeze({ id: level.id, title: level.title, rank: level.rank }));
  const areas = ladder.competencies.map((competency) => competency.area ?? null);
  /** Per level and competency: the expectation, null where the level has `n/a`. */
  const expected = levels.map((level) => competencyIds.map((id) => level.expectations[id]?.score ?? null));
  const totals = expected.map((vector) => vector.reduce<number>((sum, score) => sum + (score ?? 0), 0));
  const onTrack = trackIds.map((track) => levels.flatMap((level, index) => (level.tracks.includes(track) ? [index] : [])));

  const rungTargetsOf = (targets: readonly number[]): RungTargets => ({
    targets,
    expectedNext: competencyIds.map((_id, index) => Object.freeze(Object.fromEntries(targets.map((target) => [levels[target]!.id, expected[target]![index]!])))),
  });
  const lowestOf = (indexes: readonly number[]) => {
    const lowest = Math.min(...indexes.map((index) => levels[index]!.rank));
    return indexes.filter((index) => levels[index]!.rank === lowest);
  };
  const nextOnTrack = (level: number, track: string) =>
    levels[level]!.next.flatMap((id) => {
      const index = levelIndex.get(id);
      return index !== undefined && levels[index]!.tracks.includes(track) ? [index] : [];
    });
  // Built on first use, per track: slot `level` for a placement, slot `levels.length` for below the first rung.
  const rungsCache = trackIds.map(() => new Array<RungTargets | undefined>(levels.length + 1));
  const noRungs = rungTargetsOf([]);
  const rungsFor = (track: number | undefined, placed: number | undefined): RungTargets => {
    if (track === undefined) return noRungs;
    const slot = placed ?? levels.length;
    const cache = rungsCache[track]!;
    return (cache[slot] ??= rungTargetsOf(placed === undefined ? lowestOf(onTrack[track]!) : nextOnTrack(placed, trackIds[track]!)));
  };

  // Working space reused by every call (scoring is synchronous): a batch scores a million answer sets.
  const sums = new Float64Array(competencyIds.length);
  const counts = new Uint32Array(competencyIds.length);
  const rated = new Uint8Array(competencyIds.length);
  const scores = new Float64Array(competencyIds.length);
  const fits = new Float64Array(levels.length);
  const votes = new Uint32Array(trackIds.length);
  /** Per track, the index of its placement; -1 below the first rung. */
  const placedAt = new Int32Array(trackIds.length);

  /** Rule 1 into `scores` (and `counts`, `rated`), rule 5's votes into `votes`. */
  const readAnswers = (answers: Answers) => {
    sums.fill(0);
    counts.fill(0);
    rated.fill(0);
    votes.fill(0);
    const given = answers.answers;
    for (const id of Object.keys(given)) {
      const question = questions.get(id);
      if (!question) throw new Error(`answers not checked against the ladder: unknown question "${id}"`);
      const value = given[id]!;
      if (question.competency < 0) {
        const track = question.tracks[value - 1];
        if (track !== undefined && track >= 0) votes[track]! += 1;
        continue;
      }
      sums[question.competency]! += question.scores.length === 0 ? value : (question.scores[value - 1] ?? min);
      counts[question.competency]! += 1;
    }
    for (let index = 0; index < competencyIds.length; index += 1) scores[index] = counts[index]! > 0 ? sums[index]! / counts[index]! : min;
    for (const id of Object.keys(answers.ratings)) {
      const index = competencyIndex.get(id);
      if (index === undefined) continue;
      rated[index] = 1;
      scores[index] = answers.ratings[id]!;
    }
  };

  /** Rules 2 and 3: every level's fit into `fits`. */
  const measureFits = () => {
    for (let level = 0; level < levels.length; level += 1) {
      const vector = expected[level]!;
      let covered = 0;
      for (let index = 0; index < vector.length; index += 1) {
        const expectation = vector[index]!;
        if (expectation !== null) covered += Math.min(scores[index]!, expectation);
      }
      fits[level] = totals[level]! > 0 ? covered / totals[level]! : 1;
    }
  };
  const isReached = (level: number) => fits[level]! >= threshold - FIT_TOLERANCE;

  const placementOn = (track: number): number | undefined => {
    let best: number | undefined;
    for (const index of onTrack[track]!) {
      if (!isReached(index)) continue;
      const better = best === undefined || levels[index]!.rank > levels[best]!.rank || (levels[index]!.rank === levels[best]!.rank && fits[index]! > fits[best]!);
      if (better) best = index;
    }
    return best;
  };

  const favouredTrackIndex = (): number | undefined => {
    let favoured: number | undefined;
    for (let track = 0; track < trackIds.length; track += 1) {
      if (votes[track]! > 0 && (favoured === undefined || votes[track]! > votes[favoured]!)) favoured = track;
    }
    return favoured;
  };

  // Each record below is a function of its table and key: a level's fit of its unrounded fit;
  // a gap of its competency, level and unrounded score; a competency's line of the placement
  // (which fixes `expected` and `expectedNext`) and its unrounded score (NaN: not assessed).
  const fitPool = new RecordPool<LevelFit>(POOL_CAPACITY);
  const gapPool = new RecordPool<Gap>(POOL_CAPACITY);
  const competencyPool = new RecordPool<CompetencyResult>(POOL_CAPACITY);

  const levelFit = (level: number): LevelFit => {
    const fit = fits[level]!;
    return fitPool.find(level, fit) ?? fitPool.keep(level, fit, { id: levels[level]!.id, fit: round4(fit), reached: isReached(level) });
  };
  const gap = (competency: number, target: number): Gap => {
    const table = target * competencyIds.length + competency;
    const score = scores[competency]!;
    // gapsTo only names competencies the target expects.
    const expectation = expected[target]![competency]!;
    return (
      gapPool.find(table, score) ??
      gapPool.keep(table, score, { competency: competencyIds[competency]!, level: levels[target]!.id, score: round4(score), expected: expectation, shortfall: round4(expectation - score) })
    );
  };
  /** `placement` numbers the pair (placed track, placement) that fixes a competency's expectations. */
  const competencyResult = (competency: number, placement: number, placed: number | undefined, expectedNext: RungTargets["expectedNext"]): CompetencyResult => {
    const table = placement * competencyIds.length + competency;
    const assessed = rated[competency] === 1 || counts[competency]! > 0;
    const key = assessed ? scores[competency]! : Number.NaN;
    return (
      competencyPool.find(table, key) ??
      competencyPool.keep(table, key, {
        id: competencyIds[competency]!,
        area: areas[competency]!,
        score: round4(scores[competency]!),
        assessed,
        expected: placed === undefined ? null : expected[placed]![competency]!,
        expectedNext: expectedNext[competency]!,
      })
    );
  };

  /** Rule 4: the shortfalls against the next rungs, largest first, then in ladder order. */
  const gapsTo = (targets: readonly number[]): Gap[] => {
    const shortfalls: Shortfall[] = [];
    for (const target of targets) {
      const vector = expected[target]!;
      for (let competency = 0; competency < vector.length; competency += 1) {
        const expectation = vector[competency]!;
        if (expectation === null) continue;
        const shortfall = expectation - scores[competency]!;
        if (shortfall > 0) shortfalls.push({ competency, target, shortfall });
      }
    }
    // Insertion sort: a result has a handful of gaps, too few for Array.prototype.sort's set-up to pay.
    for (let index = 1; index < shortfalls.length; index += 1) {
      const item = shortfalls[index]!;
      let before = index - 1;
      for (; before >= 0 && comesFirst(item, shortfalls[before]!); before -= 1) shortfalls[before + 1] = shortfalls[before]!;
      shortfalls[before + 1] = item;
    }
    return shortfalls.map(({ competency, target }) => gap(competency, target));
  };

  return (answers, options = {}) => {
    readAnswers(answers);
    measureFits();

    const placements: Record<string, LevelRef | null> = {};
    for (let index = 0; index < trackIds.length; index += 1) {
      placedAt[index] = placementOn(index) ?? -1;
      placements[trackIds[index]!] = placedAt[index]! < 0 ? null : levelRefs[placedAt[index]!]!;
    }
    const favoured = favouredTrackIndex();
    const favouredTrack = favoured === undefined ? null : trackIds[favoured]!;
    const track = options.track ?? answers.track ?? favouredTrack ?? trackIds[0]!;
    const placedOn = trackIndex.get(track);
    const placed = placedOn === undefined || placedAt[placedOn]! < 0 ? undefined : placedAt[placedOn]!;
    const { targets, expectedNext } = rungsFor(placedOn, placed);

    const placement = placedOn === undefined ? trackIds.length * (levels.length + 1) : placedOn * (levels.length + 1) + (placed ?? levels.length);

    const levelFits: LevelFit[] = [];
    for (let index = 0; index < levels.length; index += 1) levelFits.push(levelFit(index));
    const competencies: CompetencyResult[] = [];
    const notAssessed: string[] = [];
    for (let index = 0; index < competencyIds.length; index += 1) {
      const result = competencyResult(index, placement, placed, expectedNext);
      competencies.push(result);
      if (!result.assessed) notAssessed.push(result.id);
    }

    return {
      ladder: ladder.name,
      track,
      favouredTrack,
      placement: placed === undefined ? null : levelRefs[placed]!,
      placements,
      fits: levelFits,
      competencies,
      gaps: gapsTo(targets),
      notAssessed,
    };
  };
}

/** Score one set of answers; for many, build the scorer once with createScorer. */
export function scoreAnswers(ladder: Ladder, answers: Answers, options: ScoreOptions = {}): AssessmentResult {
  return createScorer(ladder)(answers, options);
}
