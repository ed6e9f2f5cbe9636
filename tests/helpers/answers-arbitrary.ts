import fc from "fast-check";
import { ANSWERS_SCHEMA_ID, type Answers } from "../../src/answers/model";
import type { Ladder } from "../../src/ladder/model";

/** A subset of `ids`, each with a value drawn from `valueFor`. */
function someOf(ids: readonly string[], valueFor: (id: string) => fc.Arbitrary<number>): fc.Arbitrary<Record<string, number>> {
  if (ids.length === 0) return fc.constant({});
  return fc
    .tuple(...ids.map((id) => fc.option(valueFor(id), { nil: undefined })))
    .map((values) => Object.fromEntries(ids.flatMap((id, index) => (values[index] === undefined ? [] : [[id, values[index]]]))));
}

/** Valid answers for `ladder`: any questions answered within range, any competencies rated on the scale, a track or none. */
export function answersArbitrary(ladder: Ladder): fc.Arbitrary<Answers> {
  const { min, max } = ladder.scale;
  const optionCount = new Map(ladder.questions.map((question) => [question.id, question.options.length]));
  const answerValue = (id: string) => {
    const count = optionCount.get(id) ?? 0;
    return count === 0 ? fc.integer({ min, max }) : fc.integer({ min: 1, max: count });
  };
  return fc
    .record({
      track: fc.option(fc.constantFrom(...ladder.tracks.map((track) => track.id)), { nil: undefined }),
      answers: someOf([...optionCount.keys()], answerValue),
      ratings: someOf(
        ladder.competencies.map((competency) => competency.id),
        () => fc.integer({ min, max }),
      ),
    })
    .map(({ track, answers, ratings }) => (track === undefined ? { answers, ratings } : { track, answers, ratings }));
}

/** Stand-ins for the numbers just inside and just outside the range of the key a fault lands on. */
const EDGES = ["below", "lowest", "highest", "above"] as const;

/** The number an edge stands for at `section.key` (a question's options or the scale); other values as they are. */
function edgeValue(ladder: Ladder, section: string, key: string, value: unknown): unknown {
  const edge = EDGES.indexOf(value as (typeof EDGES)[number]);
  if (edge < 0) return value;
  const options = section === "answers" ? (ladder.questions.find((question) => question.id === key)?.options.length ?? 0) : 0;
  const [low, high] = options > 0 ? [1, options] : [ladder.scale.min, ladder.scale.max];
  return [low - 1, low, high, high + 1][edge];
}

/** A value that is almost, or not at all, what an answers file holds at one place. */
const oddValueArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0, -0, 1.5, 2.0000001, 1e21, "1", "", null, true, [], {}, [1]),
);

/**
 * What a script may send as an answers object for `ladder`: valid answers (with
 * or without `schema:`), then up to three faults: a value out of range or of the
 * wrong type, an unknown or reserved key at any level, a missing or odd track, a
 * section that is not a mapping (or is null), or no mapping at all. Built through JSON, as a
 * batch line is, so `__proto__` is an own key.
 */
export function answersDataArbitrary(ladder: Ladder): fc.Arbitrary<unknown> {
  const fault = fc.record({
    section: fc.constantFrom("answers", "ratings", "track", "schema", "top"),
    key: fc.oneof(
      fc.constantFrom("__proto__", "constructor", "toString", "prototype", "unknown-id", "Strategy"),
      // At the top, these replace a whole section: null, a list, a number…
      fc.constantFrom("answers", "ratings"),
      fc.constantFrom(...ladder.questions.map((question) => question.id), ...ladder.competencies.map((competency) => competency.id)),
    ),
    value: fc.oneof(oddValueArbitrary, fc.constantFrom(...EDGES)),
  });
  return fc
    .record({ answers: answersArbitrary(ladder), withSchema: fc.boolean(), faults: fc.array(fault, { maxLength: 3 }), whole: fc.oneof({ weight: 19, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: oddValueArbitrary.map((value) => ({ value })) }) })
    .map(({ answers, withSchema, faults, whole }) => {
      if ("value" in whole) return structuredClone(whole.value);
      const data = JSON.parse(JSON.stringify(withSchema ? { schema: ANSWERS_SCHEMA_ID, ...answers } : answers)) as Record<string, unknown>;
      for (const fault of faults) {
        const { section, key } = fault;
        const value = edgeValue(ladder, section, key, fault.value);
        const inner = data[section];
        if (section === "top") setOwn(data, key, value);
        else if (section === "track" || section === "schema") setOwn(data, section, typeof value === "number" ? key : value);
        else if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) setOwn(inner as Record<string, unknown>, key, value);
        else setOwn(data, section, value);
      }
      return JSON.parse(JSON.stringify(data)) as unknown;
    });
}

/** Set an own, enumerable key, `__proto__` included (plain assignment would replace the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
}
