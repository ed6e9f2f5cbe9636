import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createScorer } from "../../../src/core/scoring";
import { createResultLineWriter } from "../../../src/render/result-line";
import { answersArbitrary } from "../../helpers/answers-arbitrary";
import { ladderArbitrary } from "../../helpers/ladder-arbitrary";
import { tinyLadder } from "../../helpers/tiny-ladder";

/** Ids a batch line may carry: any text, and numbers JSON prints in unusual ways. */
const recordIdArbitrary = fc.option(
  fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-0, 1e21, 5e-7, 0.1)),
  { nil: undefined },
);

describe("createResultLineWriter", () => {
  it("writes exactly the bytes JSON.stringify writes, on ladders with hostile text", () => {
    const cases = ladderArbitrary().chain((ladder) => fc.tuple(fc.constant(ladder), fc.array(fc.tuple(answersArbitrary(ladder), recordIdArbitrary), { minLength: 1, maxLength: 4 })));
    fc.assert(
      fc.property(cases, ([ladder, lines]) => {
        const score = createScorer(ladder);
        const write = createResultLineWriter(ladder);
        for (const [answers, id] of lines) {
          const result = score(answers);
          expect(write(result, id)).toBe(JSON.stringify(id === undefined ? result : { id, ...result }));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("puts the id first and keeps the documented keys in order", () => {
    const ladder = tinyLadder();
    const line = createResultLineWriter(ladder)(createScorer(ladder)({ answers: {}, ratings: { a: 5 } }), "alice");
    expect(Object.keys(JSON.parse(line))).toEqual(["id", "ladder", "track", "favouredTrack", "placement", "placements", "fits", "competencies", "gaps", "notAssessed"]);
  });
});
