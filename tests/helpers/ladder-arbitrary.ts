import fc from "fast-check";
import { buildLadder, type Ladder } from "../../src/ladder/model";
import { normaliseName } from "../../src/ladder/rules";
import { NOT_EXPECTED, type LadderFile } from "../../src/ladder/schema";

/**
 * Pieces of text that stress YAML serialisation: indicators (`:`, `#`, `&`, `*`,
 * `!`, `|`, `>`, `---`), words another YAML version reads as booleans or numbers,
 * quotes, Unicode (CJK, emoji, combining marks, odd spaces and line separators),
 * control characters, and significant leading, trailing and inner whitespace.
 */
const hostilePieces = [
  "Senior Product Manager",
  "产品经理",
  "シニア・プロダクト",
  "고급",
  "🚀",
  "👩🏽‍💻",
  "🏳️‍🌈",
  '"quoted"',
  "'single'",
  "it's",
  "key: value",
  "a:b",
  ": leading colon",
  "trailing colon:",
  "# not a comment",
  "text # hash",
  "#",
  "- dash",
  "-",
  "? question",
  "&anchor",
  "*alias",
  "!tag",
  "!!str",
  "%YAML 1.2",
  "@at",
  "`tick`",
  "{ flow: map }",
  "[flow, seq]",
  "|",
  ">-",
  "---",
  "...",
  "<<",
  "null",
  "~",
  "true",
  "no",
  "yes",
  "on",
  "1.5",
  "0x1F",
  "0o17",
  "1e3",
  ".inf",
  "-.nan",
  "2024-01-01",
  "12:30",
  "\\",
  "\\n",
  "\t",
  "tab\tinside",
  "line one\nline two",
  "\n",
  "trailing\n",
  "\n\nblank lines\n\n",
  "  leading",
  "trailing  ",
  " ",
  "\u00a0",
  "\u2028",
  "\u0085",
  "\ufeff",
  "e\u0301",
  "ß",
  "İstanbul",
  "\r",
  "\r\n",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\ud83d",
] as const;

/** Text of every awkward kind that the schema accepts: anything with one character that is not white space. */
export const hostileTextArbitrary: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...hostilePieces), fc.string({ unit: "grapheme", maxLength: 6 })), { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 12 }) },
  )
  .filter((text) => /\S/.test(text));

/** Short plain words: for properties about logic rather than serialisation, where hostile text only costs time. */
export const plainTextArbitrary: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,11}$/);

/** Kebab-case ids, including words YAML 1.1 reads as booleans and names of Object.prototype members. */
export const idArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom("null", "true", "no", "yes", "on", "off", "y", "n", "nan", "inf", "e1", "constructor", "prototype", "a--", "x-") },
);

const trackIdArbitrary = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("ic", "management", "other") }, { weight: 1, arbitrary: idArbitrary });

export interface LadderArbitraryOptions {
  /** The text of names, titles, summaries…; default: hostile text. */
  readonly text?: fc.Arbitrary<string>;
}

/** A copy without the keys whose value is undefined: optional keys are absent from a file, not null. */
function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** The distinct items of `candidates` that the seeds pick, in pick order. */
function pick<T>(candidates: readonly T[], seeds: readonly number[]): T[] {
  if (candidates.length === 0) return [];
  return [...new Set(seeds.map((seed) => candidates[seed % candidates.length]!))];
}

const MAX_COMPETENCIES = 6;

/**
 * Valid ladder files (plain data, as a user would write them), valid by
 * construction under the schema and every rule of docs' ladder format: unique
 * kebab-case ids, levels on known tracks with optional explicit `next` rungs of
 * higher rank sharing a track, an expectation per competency on the scale (short
 * or long form), labels within the scale, a threshold in (0, 1], known sources,
 * level names (id, title, aliases) that never name two levels, and competency,
 * rating and track questions. Optional keys are absent or present, never undefined.
 */
export function ladderFileArbitrary(options: LadderArbitraryOptions = {}): fc.Arbitrary<LadderFile> {
  const text = options.text ?? hostileTextArbitrary;
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const texts = (maxLength: number) => fc.array(text, { maxLength });
  const seeds = (maxLength: number) => fc.array(fc.nat({ max: 100 }), { maxLength });

  const level = fc.record({
    title: text,
    aliases: maybe(texts(3)),
    rank: fc.integer({ min: 1, max: 6 }),
    trackMask: maybe(fc.nat({ max: 7 })),
    summary: text,
    scope: maybe(text),
    responsibilities: maybe(texts(3)),
    skills: maybe(texts(2)),
    next: maybe(seeds(3)),
    sources: maybe(seeds(2)),
    expectations: fc.array(fc.record({ score: fc.nat({ max: 100 }), long: fc.boolean(), text: maybe(text) }), {
      minLength: MAX_COMPETENCIES,
      maxLength: MAX_COMPETENCIES,
    }),
  });

  const question = fc.record({
    id: idArbitrary,
    kind: fc.constantFrom("competency", "rating", "track"),
    explicitKind: fc.boolean(),
    competency: fc.nat({ max: 100 }),
    text,
    options: fc.array(fc.record({ text, seed: fc.nat({ max: 100 }) }), { minLength: 2, maxLength: 4 }),
  });

  return fc
    .record({
      name: text,
      description: maybe(text),
      sources: maybe(fc.uniqueArray(fc.record({ id: idArbitrary, title: text, author: maybe(text), url: maybe(text) }), { maxLength: 3, selector: (source) => source.id })),
      scale: maybe(fc.record({ min: fc.integer({ min: -3, max: 3 }), span: fc.nat({ max: 6 }), labels: maybe(fc.array(fc.tuple(fc.nat({ max: 20 }), text), { maxLength: 4 })) })),
      threshold: maybe(fc.double({ min: 0, max: 1, minExcluded: true, noNaN: true })),
      tracks: fc.uniqueArray(fc.record({ id: trackIdArbitrary, name: text, description: maybe(text) }), { minLength: 1, maxLength: 3, selector: (track) => track.id }),
      competencies: fc.uniqueArray(
        fc.record({ id: idArbitrary, name: text, area: maybe(text), description: maybe(text), growth: maybe(texts(3)) }),
        { minLength: 1, maxLength: MAX_COMPETENCIES, selector: (competency) => competency.id },
      ),
      levelIds: fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 8 }),
      levels: fc.array(level, { minLength: 8, maxLength: 8 }),
      questions: maybe(fc.uniqueArray(question, { maxLength: 6, selector: (entry) => entry.id })),
    })
    .map((seed): LadderFile => {
      const min = seed.scale?.min ?? 1;
      const max = seed.scale ? seed.scale.min + seed.scale.span : 5;
      const onScale = (value: number) => min + (value % (max - min + 1));
      const trackIds = seed.tracks.map((track) => track.id);
      const sourceIds = (seed.sources ?? []).map((source) => source.id);

      // Ranks and tracks first: `next` needs every level's.
      const shapes = seed.levelIds.map((id, index) => {
        const entry = seed.levels[index]!;
        const tracks = entry.trackMask === undefined ? undefined : trackIds.filter((_, position) => (entry.trackMask! >> position) & 1);
        return { id, entry, tracks, onTracks: tracks ?? trackIds };
      });

      // A name already used by one level may not name another: titles are made unique, clashing aliases dropped.
      const owner = new Map(seed.levelIds.map((id) => [normaliseName(id), id]));
      const claim = (name: string, id: string) => {
        const key = normaliseName(name);
        const existing = owner.get(key);
        if (existing !== undefined && existing !== id) return false;
        owner.set(key, id);
        return true;
      };

      const levels = shapes.map(({ id, entry, tracks, onTracks }) => {
        let title = entry.title;
        for (let attempt = 2; !claim(title, id); attempt += 1) title = `${entry.title} (${attempt})`;
        const aliases = entry.aliases?.filter((alias) => claim(alias, id));
        const nextCandidates = shapes.filter((other) => other.entry.rank > entry.rank && other.onTracks.some((track) => onTracks.includes(track))).map((other) => other.id);
        // About one expectation in seven is `n/a`, never all of a level's (the format refuses that).
        const notExpected = (index: number) => entry.expectations[index]!.score % 7 === 6;
        const expectsSome = seed.competencies.some((_, index) => !notExpected(index));
        const expectations = Object.fromEntries(
          seed.competencies.map((competency, index) => {
            const expectation = entry.expectations[index]!;
            const score: number | typeof NOT_EXPECTED = notExpected(index) && expectsSome ? NOT_EXPECTED : onScale(expectation.score);
            return [competency.id, expectation.long ? defined({ score, text: expectation.text }) : score];
          }),
        );
        return defined({
          id,
          title,
          aliases,
          rank: entry.rank,
          tracks,
          summary: entry.summary,
          scope: entry.scope,
          responsibilities: entry.responsibilities,
          skills: entry.skills,
          next: entry.next && pick(nextCandidates, entry.next),
          sources: entry.sources && seed.sources ? pick(sourceIds, entry.sources) : undefined,
          expectations,
        });
      });

      const questions = seed.questions?.map((entry) => {
        const competency = seed.competencies[entry.competency % seed.competencies.length]!.id;
        switch (entry.kind) {
          case "track":
            return { id: entry.id, kind: "track" as const, text: entry.text, options: entry.options.map((option) => ({ text: option.text, track: trackIds[option.seed % trackIds.length]! })) };
          case "rating":
            return defined({ id: entry.id, kind: entry.explicitKind ? ("competency" as const) : undefined, competency, text: entry.text });
          default:
            return defined({
              id: entry.id,
              kind: entry.explicitKind ? ("competency" as const) : undefined,
              competency,
              text: entry.text,
              options: entry.options.map((option) => ({ text: option.text, score: onScale(option.seed) })),
            });
        }
      });

      const labels = seed.scale?.labels && Object.fromEntries(seed.scale.labels.map(([value, label]) => [String(onScale(value)), label]));
      return defined({
        schema: "pm-ladder/v1" as const,
        name: seed.name,
        description: seed.description,
        sources: seed.sources?.map((source) => defined(source)),
        scale: seed.scale && defined({ min, max, labels }),
        scoring: seed.threshold === undefined ? undefined : { threshold: seed.threshold },
        tracks: seed.tracks.map((track) => defined(track)),
        competencies: seed.competencies.map((competency) => defined(competency)),
        levels,
        questions,
      });
    });
}

/** Valid ladders as models, for properties of the core. */
export function ladderArbitrary(options: LadderArbitraryOptions = {}): fc.Arbitrary<Ladder> {
  return ladderFileArbitrary(options).map((file) => buildLadder(file));
}

/**
 * The model as a ladder file, every default explicit. The model is nearly a file
 * already; the differences the schema refuses are `options: []` on a rating
 * question (a file omits `options`, the schema wants at least two) and `score: null`
 * for an expectation of `n/a`.
 */
export function ladderToFile(ladder: Ladder): LadderFile {
  return {
    schema: "pm-ladder/v1",
    ...ladder,
    // The model's `score: null` is the file's `n/a`.
    levels: ladder.levels.map((level) => ({
      ...level,
      expectations: Object.fromEntries(Object.entries(level.expectations).map(([id, expectation]) => [id, { ...expectation, score: expectation.score ?? NOT_EXPECTED }])),
    })),
    questions: ladder.questions.map(({ options, ...question }) => (options.length === 0 ? question : { ...question, options })),
  } as LadderFile;
}
