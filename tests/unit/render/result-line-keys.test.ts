import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createScorer, type AssessmentResult } from "../../../src/core/scoring";
import { createResultLineWriter, WRITTEN_KEYS } from "../../../src/render/result-line";
import { answersArbitrary } from "../../helpers/answers-arbitrary";
import { ladderArbitrary } from "../../helpers/ladder-arbitrary";

/** Every record of a result with the keys the line writer writes for its kind. */
function recordsWithKeys(result: AssessmentResult): [string, object, readonly string[]][] {
  const refs = [result.placement, ...Object.values(result.placements)].filter((ref) => ref !== null);
  return [
    ["result", result, WRITTEN_KEYS.result],
    ...refs.map((ref): [string, object, readonly string[]] => ["levelRef", ref, WRITTEN_KEYS.levelRef]),
    ...result.fits.map((fit): [string, object, readonly string[]] => ["fit", fit, WRITTEN_KEYS.fit]),
    ...result.competencies.map((entry): [string, object, readonly string[]] => ["competency", entry, WRITTEN_KEYS.competency]),
    ...result.gaps.map((gap): [string, object, readonly string[]] => ["gap", gap, WRITTEN_KEYS.gap]),
  ];
}

describe("the keys the JSON line writer writes", () => {
  it("are exactly the keys, in order, of every record the scorer builds", () => {
    const cases = ladderArbitrary().chain((ladder) => fc.tuple(fc.constant(ladder), fc.array(answersArbitrary(ladder), { minLength: 1, maxLength: 3 })));
    fc.assert(
      fc.property(cases, ([ladder, answerSets]) => {
        const score = createScorer(ladder);
        for (const answers of answerSets) {
          for (const [kind, record, keys] of recordsWithKeys(score(answers))) expect(Object.keys(record), kind).toEqual(keys);
        }
      }),
      { numRuns: 100, seed: 16 },
    );
  });

  it("are what a written line holds, so a key the writer left out cannot pass as written", () => {
    const cases = ladderArbitrary().chain((ladder) => fc.tuple(fc.constant(ladder), answersArbitrary(ladder)));
    fc.assert(
      fc.property(cases, ([ladder, answers]) => {
        const written = JSON.parse(createResultLineWriter(ladder)(createScorer(ladder)(answers))) as AssessmentResult;
        for (const [kind, record, keys] of recordsWithKeys(written)) expect(Object.keys(record), kind).toEqual(keys);
      }),
      { numRuns: 100, seed: 16 },
    );
  });
});
