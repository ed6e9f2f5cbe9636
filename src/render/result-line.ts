import type { RecordId } from "../core/batch";
import type { AssessmentResult, CompetencyResult, Gap, LevelFit, LevelRef } from "../core/scoring";
import type { Ladder } from "../ladder/model";

/** One result as a JSON line (no newline), with `id` first when given. */
export type ResultLineWriter = (result: AssessmentResult, id?: RecordId) => string;

/** JSON.stringify's text for a number. */
function jsonNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : "null";
}

/** Enough for every fit and score a ladder's results take (4 decimals), and a bound on memory whatever the input. */
const MAX_CACHED_NUMBERS = 1 << 14;
/** Per kind of record: more than the scorer shares. */
const MAX_CACHED_RECORDS = 1 << 14;

/**
 * jsonNumber, remembered: a fraction such as 0.9231 takes V8 ~200 ns to print,
 * and the same few thousand fits and scores recur on every line of a batch.
 */
function createNumberWriter(): (value: number) => string {
  const cache = new Map<number, string>();
  return (value) => {
    let json = cache.get(value);
    if (json === undefined) {
      json = jsonNumber(value);
      if (cache.size < MAX_CACHED_NUMBERS) cache.set(value, json);
    }
    return json;
  };
}

/**
 * `write`, remembering the JSON of each frozen record: the scorer shares its frozen
 * records between results (core/record-pool.ts), so most are printed once for a
 * whole batch. Records it did not share are not frozen, and are written each time.
 */
function rememberFrozen<T extends object>(write: (record: T) => string): (record: T) => string {
  const written = new Map<T, string>();
  return (record) => {
    let json = written.get(record);
    if (json === undefined) {
      json = write(record);
      if (Object.isFrozen(record) && written.size < MAX_CACHED_RECORDS) {
        // Kept flat: as built, the text is a rope of its pieces, which V8 would walk again in
        // every line it joins (a round trip through bytes makes one flat copy; JSON has no lone surrogates).
        json = Buffer.from(json, "utf8").toString("utf8");
        written.set(record, json);
      }
    }
    return json;
  };
}

function jsonList<T>(items: readonly T[], write: (item: T) => string): string {
  let json = "[";
  for (let index = 0; index < items.length; index += 1) json += index === 0 ? write(items[index]!) : `,${write(items[index]!)}`;
  return `${json}]`;
}

/** A record's entries in its own key order, as JSON.stringify takes them. */
function jsonRecord<T>(record: Readonly<Record<string, T>>, writeKey: (key: string) => string, writeValue: (value: T) => string): string {
  let json = "{";
  let separator = "";
  for (const key of Object.keys(record)) {
    json += `${separator}${writeKey(key)}:${writeValue(record[key]!)}`;
    separator = ",";
  }
  return `${json}}`;
}

/**
 * Writes exactly what `JSON.stringify(id === undefined ? result : { id, ...result })`
 * writes, byte for byte, in a fraction of the time: a batch writes a million
 * results, and JSON.stringify spent most of its time walking them key by key
 * and escaping the same few ladder strings again and again. Here the keys are
 * written in the order the scorer builds them, and the JSON of every string of
 * the ladder is made once. A property test holds the two to the same bytes.
 */
export function createResultLineWriter(ladder: Ladder): ResultLineWriter {
  const ladderStrings = [
    ladder.name,
    ...ladder.tracks.map((track) => track.id),
    ...ladder.levels.flatMap((level) => [level.id, level.title]),
    ...ladder.competencies.flatMap((competency) => (competency.area === undefined ? [competency.id] : [competency.id, competency.area])),
  ];
  const quoted = new Map(ladderStrings.map((text) => [text, JSON.stringify(text)]));
  const string = (text: string) => quoted.get(text) ?? JSON.stringify(text);
  const number = createNumberWriter();

  const writeLevelRef = rememberFrozen((ref: LevelRef) => `{"id":${string(ref.id)},"title":${string(ref.title)},"rank":${number(ref.rank)}}`);
  const levelRef = (ref: LevelRef | null) => (ref === null ? "null" : writeLevelRef(ref));
  const fit = rememberFrozen((entry: LevelFit) => `{"id":${string(entry.id)},"fit":${number(entry.fit)},"reached":${entry.reached}}`);
  const orNull = (value: number | null) => (value === null ? "null" : number(value));
  const expectedNext = rememberFrozen((record: Readonly<Record<string, number | null>>) => jsonRecord(record, string, orNull));
  const competency = rememberFrozen(
    (entry: CompetencyResult) =>
      `{"id":${string(entry.id)},"area":${entry.area === null ? "null" : string(entry.area)},"score":${number(entry.score)},"assessed":${entry.assessed},` +
      `"expected":${orNull(entry.expected)},"expectedNext":${expectedNext(entry.expectedNext)}}`,
  );
  const gap = rememberFrozen(
    (entry: Gap) =>
      `{"competency":${string(entry.competency)},"level":${string(entry.level)},"score":${number(entry.score)},` +
      `"expected":${number(entry.expected)},"shortfall":${number(entry.shortfall)}}`,
  );

  /** The result's keys and values, without the opening brace. */
  const body = (result: AssessmentResult) =>
    `"ladder":${string(result.ladder)},"track":${string(result.track)},` +
    `"favouredTrack":${result.favouredTrack === null ? "null" : string(result.favouredTrack)},` +
    `"placement":${levelRef(result.placement)},"placements":${jsonRecord(result.placements, string, levelRef)},` +
    `"fits":${jsonList(result.fits, fit)},"competencies":${jsonList(result.competencies, competency)},` +
    `"gaps":${jsonList(result.gaps, gap)},"notAssessed":${jsonList(result.notAssessed, string)}}`;

  return (result, id) => {
    if (id === undefined) return `{${body(result)}`;
    return `{"id":${typeof id === "string" ? JSON.stringify(id) : jsonNumber(id)},${body(result)}`;
  };
}
