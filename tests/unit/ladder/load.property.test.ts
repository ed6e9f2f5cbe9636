import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { draftLadder } from "../../../src/ladder/draft";
import { loadLadder } from "../../../src/ladder/load";
import { buildLadder } from "../../../src/ladder/model";
import { checkRules } from "../../../src/ladder/rules";
import { LadderFileSchema } from "../../../src/ladder/schema";
import { applyPlan, dataMutationArbitrary, deepNestingArbitrary, expectNoPollution, hasProtoKey, hostileRunParameters, loadOrLocatedErrors, mutateData, mutationPlanArbitrary, parsedData, stringifyOptionsArbitrary, withDeepNesting } from "../../helpers/hostile-input";
import { ladderFileArbitrary, ladderToFile } from "../../helpers/ladder-arbitrary";

const ladderFiles = ladderFileArbitrary();

/**
 * Whether yaml reads back exactly the data it wrote. Its writer (2.9) loses
 * whitespace in a few multi-line strings, e.g. `{ a: [" \n"] }` comes back as
 * `["\n"]`: such cases say nothing about the loader, so they are skipped.
 */
function writtenFaithfully(text: string, data: unknown): boolean {
  return isDeepStrictEqual(parseDocument(text).toJS(), data);
}

describe("loadLadder on generated ladders", () => {
  it("any ladder generated from the schema loads, as the model of the data written", () => {
    fc.assert(
      fc.property(ladderFiles, stringifyOptionsArbitrary, (file, options) => {
        const text = stringify(file, options);
        fc.pre(writtenFaithfully(text, file));
        const { ladder, warnings } = loadLadder(text, "gen.yaml");
        expect(ladder).toEqual(buildLadder(file));
        for (const warning of warnings) expect(warning.line).toBeGreaterThanOrEqual(1);
      }),
      hostileRunParameters(150),
    );
  });

  it("the model written back as a ladder file (every default explicit) loads as the same model", () => {
    fc.assert(
      fc.property(ladderFiles, stringifyOptionsArbitrary, (file, options) => {
        const first = stringify(file);
        fc.pre(writtenFaithfully(first, file));
        const { ladder } = loadLadder(first, "gen.yaml");
        const written = ladderToFile(ladder);
        const text = stringify(written, options);
        fc.pre(writtenFaithfully(text, written));
        expect(loadLadder(text, "model.yaml").ladder).toEqual(ladder);
      }),
      hostileRunParameters(100),
    );
  });
});

describe("loadLadder on mutated ladders", () => {
  it("loads or refuses with located errors: no other exception, no hang, no prototype pollution, no __proto__ key however it is spelt", () => {
    fc.assert(
      fc.property(ladderFiles, mutationPlanArbitrary, (file, plan) => {
        const text = applyPlan(file, plan);
        const loaded = loadOrLocatedErrors(text, () => loadLadder(text, "gen.yaml"));
        if (loaded) {
          expect(hasProtoKey(parsedData(text)), "a __proto__ key was accepted").toBe(false);
          // Whatever loads is a model like any other: written back, it loads as itself.
          expect(loadLadder(stringify(ladderToFile(loaded.ladder)), "model.yaml").ladder).toEqual(loaded.ladder);
        }
      }),
      hostileRunParameters(200),
    );
    expectNoPollution();
  }, 60_000);

  it("nesting hundreds to thousands of levels deep is refused with a located error, not a stack overflow", () => {
    fc.assert(
      fc.property(ladderFiles, deepNestingArbitrary, (file, nesting) => {
        const text = withDeepNesting(file, nesting);
        expect(loadOrLocatedErrors(text, () => loadLadder(text, "gen.yaml")), "a deeply nested file loaded").toBeUndefined();
      }),
      hostileRunParameters(40),
    );
  }, 60_000);
});

describe("the rules on a draft (ladder/draft.ts)", () => {
  it("find on the draft of a file the schema accepts exactly what they find on the parsed file", () => {
    let compared = 0;
    fc.assert(
      fc.property(ladderFiles, fc.array(dataMutationArbitrary, { minLength: 1, maxLength: 3 }), (file, mutations) => {
        let data: unknown = structuredClone(file);
        for (const mutation of mutations) data = mutateData(data, mutation);
        const parsed = LadderFileSchema.safeParse(data);
        fc.pre(parsed.success);
        compared += 1;
        expect(checkRules(draftLadder(data))).toEqual(checkRules(parsed.data));
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(20);
  });
});
