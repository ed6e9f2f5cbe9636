import type { Ladder, Question } from "../ladder/model";
import { describeValue } from "../source/describe";
import type { PathMessage } from "../source/issues";
import { NameMatcher } from "../source/suggest";
import { zodIssuesToProblems } from "../source/zod-issues";
import type { Answers } from "./model";
import { AnswersFileSchema } from "./schema";

export type AnswersCheck = { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly problems: readonly PathMessage[] };

/** Checks plain data (parsed YAML or one JSON line) against one ladder; never throws for bad data. */
export type AnswersChecker = (data: unknown) => AnswersCheck;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function topLevelProblem(data: unknown): PathMessage | undefined {
  if (data !== null && typeof data === "object" && !Array.isArray(data)) return undefined;
  const got = data === null || data === undefined ? "an empty document" : Array.isArray(data) ? "a list" : describeValue(data);
  return { path: [], message: `expected a mapping at the top (answers:, ratings:, track:), got ${got}` };
}

/**
 * The checker for one ladder: the lookups (questions by id, competencies, name
 * matchers) are built once, so a batch of thousands of answer sets pays for them
 * once. Unknown ids are read from the data's own keys, not from zod's output,
 * which silently drops a `__proto__` key.
 */
export function createAnswersChecker(ladder: Ladder): AnswersChecker {
  const questions = new Map<string, Question>(ladder.questions.map((question) => [question.id, question]));
  const competencies = new Set(ladder.competencies.map((competency) => competency.id));
  const tracks = ladder.tracks.map((track) => track.id);
  const { min, max } = ladder.scale;
  let questionMatcher: NameMatcher | undefined;
  let competencyMatcher: NameMatcher | undefined;
  let trackMatcher: NameMatcher | undefined;
  const offScale = (score: number) => `score ${score} is outside the scale ${min}..${max}`;

  const checkAnswer = (id: string, value: number): string | undefined => {
    const question = questions.get(id);
    if (!question) {
      questionMatcher ??= new NameMatcher(questions.keys());
      return `unknown question "${id}"${questionMatcher.didYouMean(id)}`;
    }
    const count = question.options.length;
    if (count === 0) return value < min || value > max ? `${offScale(value)} (a rating question is answered with a score)` : undefined;
    if (value < 1 || value > count) {
      return `option ${value} does not exist; the question has ${plural(count, "option")}${value < 1 ? ", numbered from 1" : ""}`;
    }
    return undefined;
  };

  const checkRating = (id: string, value: number): string | undefined => {
    if (!competencies.has(id)) {
      competencyMatcher ??= new NameMatcher(competencies);
      return `unknown competency "${id}"${competencyMatcher.didYouMean(id)}`;
    }
    return value < min || value > max ? offScale(value) : undefined;
  };

  return (data) => {
    const shape = topLevelProblem(data);
    if (shape) return { ok: false, problems: [shape] };
    const parsed = AnswersFileSchema.safeParse(data);
    if (!parsed.success) return { ok: false, problems: zodIssuesToProblems(parsed.error.issues, AnswersFileSchema, data) };

    const raw = data as Record<string, Record<string, number> | undefined>;
    const problems: PathMessage[] = [];
    const answers: Record<string, number> = {};
    const ratings: Record<string, number> = {};
    for (const [id, value] of Object.entries(raw.answers ?? {})) {
      const message = checkAnswer(id, value);
      if (message === undefined) answers[id] = value;
      else problems.push({ path: ["answers", id], message, atKey: !questions.has(id) });
    }
    for (const [id, value] of Object.entries(raw.ratings ?? {})) {
      const message = checkRating(id, value);
      if (message === undefined) ratings[id] = value;
      else problems.push({ path: ["ratings", id], message, atKey: !competencies.has(id) });
    }
    const track = parsed.data.track;
    if (track !== undefined && !tracks.includes(track)) {
      trackMatcher ??= new NameMatcher(tracks);
      problems.push({ path: ["track"], message: `unknown track "${track}"${trackMatcher.didYouMean(track)}; the tracks are: ${tracks.join(", ")}` });
    }
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, answers: { ...(track === undefined ? {} : { track }), answers, ratings } };
  };
}
