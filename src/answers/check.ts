import type { Ladder, Question } from "../ladder/model";
import { describeValue } from "../words/describe-value";
import { isMapping } from "../plain-data";
import type { PathMessage } from "../issues";
import { NameMatcher } from "../words/suggest";
import { zodIssuesToProblems } from "../zod/issues";
import { ANSWERS_SCHEMA_ID, type Answers } from "./model";
import { AnswersFileSchema } from "./schema";
import { plural } from "../words/plural";

export type AnswersCheck = { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly problems: readonly PathMessage[] };

/** Checks plain data (parsed YAML or one JSON line) against one ladder; never throws for bad data. */
export type AnswersChecker = (data: unknown) => AnswersCheck;

function topLevelProblem(data: unknown): PathMessage | undefined {
  if (isMapping(data)) return undefined;
  const got = data === null || data === undefined ? "an empty document" : Array.isArray(data) ? "a list" : describeValue(data);
  return { path: [], message: `expected a mapping at the top (answers:, ratings:, track:), got ${got}` };
}

/** An object as JSON.parse and the YAML loader build them: nothing but its own data on a plain prototype. */
function isPlainData(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** The whole numbers an answer or a rating may take. */
interface Range {
  readonly low: number;
  readonly high: number;
}

/** `scores` itself (id → whole number) when every id is known and every number in its range, none for null; undefined at the first doubt. */
function scoresIfInRange(scores: unknown, ranges: ReadonlyMap<string, Range>): Record<string, number> | undefined {
  if (scores === null) return {};
  if (!isPlainData(scores)) return undefined;
  for (const id of Object.keys(scores)) {
    const value = scores[id];
    const range = ranges.get(id);
    if (range === undefined || typeof value !== "number" || !Number.isInteger(value) || value < range.low || value > range.high) return undefined;
  }
  return scores as Record<string, number>;
}

/**
 * The checker for one ladder: the lookups (questions by id, competencies, name
 * matchers) are built once, so a batch of thousands of answer sets pays for them
 * once. Unknown ids are read from the data's own keys, not from zod's output,
 * which silently drops a `__proto__` key.
 *
 * Most data is valid, and zod costs more than the rest of a batch line put
 * together, so plainly valid data is accepted by a few direct checks; anything
 * else, however slightly off, goes through zod and the ladder rules, which word
 * the problems. The direct checks accept only what the full check accepts, and
 * return the same answers.
 */
export function createAnswersChecker(ladder: Ladder): AnswersChecker {
  const checkFully = createFullAnswersChecker(ladder);
  const whenPlainlyValid = createPlainAnswersValidator(ladder);
  return (data) => {
    const answers = whenPlainlyValid(data);
    return answers === undefined ? checkFully(data) : { ok: true, answers };
  };
}

/** The answers when `data` is an answers object with no problem at all, else undefined. Exported for the test that holds it to the full check. */
export function createPlainAnswersValidator(ladder: Ladder): (data: unknown) => Answers | undefined {
  const { min, max } = ladder.scale;
  const onScale: Range = { low: min, high: max };
  const answerRanges = new Map<string, Range>(
    ladder.questions.map((question) => [question.id, question.options.length === 0 ? onScale : { low: 1, high: question.options.length }]),
  );
  const ratingRanges = new Map<string, Range>(ladder.competencies.map((competency) => [competency.id, onScale]));
  const tracks = new Set(ladder.tracks.map((track) => track.id));

  return (data) => {
    if (!isPlainData(data)) return undefined;
    let track: string | undefined;
    let answers: Record<string, number> | undefined = {};
    let ratings: Record<string, number> | undefined = {};
    for (const key of Object.keys(data)) {
      const value = data[key];
      if (key === "answers") answers = scoresIfInRange(value, answerRanges);
      else if (key === "ratings") ratings = scoresIfInRange(value, ratingRanges);
      else if (key === "track" && typeof value === "string" && tracks.has(value)) track = value;
      else if (!(key === "schema" && value === ANSWERS_SCHEMA_ID)) return undefined;
      if (answers === undefined || ratings === undefined) return undefined;
    }
    return track === undefined ? { answers, ratings } : { track, answers, ratings };
  };
}

/** Checks with zod and against the ladder: every problem, worded for the user. */
export function createFullAnswersChecker(ladder: Ladder): AnswersChecker {
  const questions = new Map<string, Question>(ladder.questions.map((question) => [question.id, question]));
  const competencies = new Set(ladder.competencies.map((competency) => competency.id));
  const tracks = ladder.tracks.map((track) => track.id);
  const { min, max } = ladder.scale;
  let questionMatcher: NameMatcher | undefined;
  let competencyMatcher: NameMatcher | undefined;
  let trackMatcher: NameMatcher | undefined;
  const offScale = (score: number) => `score ${score} is outside the scale ${min}..${max}`;

  /** Why `id` names no question (or competency), with the nearest that exists; undefined when it names one. */
  const unknownQuestion = (id: string): string | undefined => {
    if (questions.has(id)) return undefined;
    questionMatcher ??= new NameMatcher(questions.keys());
    return `unknown question "${id}"${questionMatcher.didYouMean(id)}`;
  };
  const unknownCompetency = (id: string): string | undefined => {
    if (competencies.has(id)) return undefined;
    competencyMatcher ??= new NameMatcher(competencies);
    return `unknown competency "${id}"${competencyMatcher.didYouMean(id)}`;
  };

  /** Why a whole number does not fit a known question (its options, or the scale) or a rating; undefined when it fits. */
  const answerOutOfRange = (id: string, value: number): string | undefined => {
    const count = questions.get(id)?.options.length ?? 0;
    if (count === 0) return value < min || value > max ? `${offScale(value)} (a rating question is answered with a score)` : undefined;
    if (value < 1 || value > count) {
      return `option ${value} does not exist; the question has ${plural(count, "option")}${value < 1 ? ", numbered from 1" : ""}`;
    }
    return undefined;
  };
  const ratingOutOfRange = (_id: string, value: number): string | undefined => (value < min || value > max ? offScale(value) : undefined);

  /**
   * The ladder's problems with one section (answers or ratings) go to `problems`; the entries without any are returned.
   * Every key is checked, whatever its value; a value zod refused (not a whole number) is left to zod's report.
   */
  const checkSection = (
    section: "answers" | "ratings",
    scores: unknown,
    unknownId: (id: string) => string | undefined,
    outOfRange: (id: string, value: number) => string | undefined,
    problems: PathMessage[],
  ): Record<string, number> => {
    const fitting: Record<string, number> = {};
    if (!isPlainData(scores)) return fitting;
    for (const [id, value] of Object.entries(scores)) {
      const unknown = unknownId(id);
      if (unknown !== undefined) {
        problems.push({ path: [section, id], message: unknown, atKey: true });
      } else if (typeof value === "number" && Number.isInteger(value)) {
        const message = outOfRange(id, value);
        if (message === undefined) fitting[id] = value;
        else problems.push({ path: [section, id], message, atKey: false });
      }
    }
    return fitting;
  };

  return (data) => {
    const shape = topLevelProblem(data);
    if (shape) return { ok: false, problems: [shape] };
    const parsed = AnswersFileSchema.safeParse(data);
    // The ladder checks run on the well-formed parts even when zod refused the whole, so one run reports every problem.
    const problems = parsed.success ? [] : zodIssuesToProblems(parsed.error.issues, AnswersFileSchema, data);
    const raw = data as Record<string, unknown>;
    const answers = checkSection("answers", raw.answers, unknownQuestion, answerOutOfRange, problems);
    const ratings = checkSection("ratings", raw.ratings, unknownCompetency, ratingOutOfRange, problems);
    const track = raw.track;
    if (typeof track === "string" && !tracks.includes(track)) {
      trackMatcher ??= new NameMatcher(tracks);
      problems.push({ path: ["track"], message: `unknown track "${track}"${trackMatcher.didYouMean(track)}; the tracks are: ${tracks.join(", ")}` });
    }
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, answers: { ...(typeof track === "string" ? { track } : {}), answers, ratings } };
  };
}
