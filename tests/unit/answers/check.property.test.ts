import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { createAnswersChecker, createFullAnswersChecker, createPlainAnswersValidator } from "../../../src/answers/check";
import { loadAnswers } from "../../../src/answers/load";
import { answersArbitrary, answersDataArbitrary } from "../../helpers/answers-arbitrary";
import { applyPlan, hasProtoKey, hostileRunParameters, loadOrLocatedErrors, mutationPlanArbitrary } from "../../helpers/hostile-input";
import { ladderArbitrary, plainTextArbitrary } from "../../helpers/ladder-arbitrary";

const ladders = ladderArbitrary({ text: plainTextArbitrary });
const laddersWithAnswerData = ladders.chain((ladder) => fc.tuple(fc.constant(ladder), answersDataArbitrary(ladder)));

describe("the answers checker's fast path", () => {
  it("accepts only what the full check accepts, and gives back the same answers", () => {
    fc.assert(
      fc.property(laddersWithAnswerData, ([ladder, data]) => {
        const full = createFullAnswersChecker(ladder)(data);
        const plain = createPlainAnswersValidator(ladder)(data);
        if (plain !== undefined) expect(full).toEqual({ ok: true, answers: plain });
        expect(createAnswersChecker(ladder)(data)).toEqual(full);
      }),
      { numRuns: 1_000 },
    );
  });

  it("takes every plainly valid answers object (the fast path is the common path)", () => {
    const laddersWithAnswers = ladders.chain((ladder) => fc.tuple(fc.constant(ladder), answersArbitrary(ladder)));
    fc.assert(
      fc.property(laddersWithAnswers, ([ladder, answers]) => {
        expect(createPlainAnswersValidator(ladder)(JSON.parse(JSON.stringify(answers)))).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });
});

describe("loadAnswers on mutated answers files", () => {
  const laddersWithAnswers = ladders.chain((ladder) => fc.tuple(fc.constant(ladder), answersArbitrary(ladder), mutationPlanArbitrary));

  it("loads or refuses with located errors: no other exception, no hang, no __proto__ key let through", () => {
    fc.assert(
      fc.property(laddersWithAnswers, ([ladder, answers, plan]) => {
        const text = applyPlan(answers, plan);
        const loaded = loadOrLocatedErrors(text, () => loadAnswers(text, "answers.yaml", ladder));
        if (loaded) {
          expect(hasProtoKey(loaded)).toBe(false);
          // What loads is answers like any other: written back, it loads as itself.
          expect(loadAnswers(stringify(loaded), "again.yaml", ladder)).toEqual(loaded);
        }
      }),
      hostileRunParameters(300),
    );
  }, 60_000);
});
