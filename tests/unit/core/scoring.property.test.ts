import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/answers/model";
import { createScorer, type AssessmentResult } from "../../../src/core/scoring";
import { buildLadder, type Ladder } from "../../../src/ladder/model";
import type { LadderFile } from "../../../src/ladder/schema";
import { loadFixtureLadder } from "../../helpers/ladders";
import { answersArbitrary } from "../../helpers/answers-arbitrary";
import { ladderArbitrary as generatedLadderArbitrary, plainTextArbitrary } from "../../helpers/ladder-arbitrary";
import { generatedLevels, levelSeedsArbitrary } from "../../helpers/generated-levels";
import { tinyLadder } from "../../helpers/tiny-ladder";

/** Random valid ladders: 1-2 tracks, 1-5 competencies, 1-6 levels, any scale and threshold, with questions on some competencies. */
const ladderArbitrary: fc.Arbitrary<Ladder> = fc
  .record({
    trackCount: fc.integer({ min: 1, max: 2 }),
    competencyCount: fc.integer({ min: 1, max: 5 }),
    min: fc.integer({ min: 0, max: 2 }),
    span: fc.integer({ min: 1, max: 5 }),
    threshold: fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100),
    levels: levelSeedsArbitrary({ maxRank: 4, tracks: 2, competencies: 5 }),
    questionSeeds: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  })
  .map(({ trackCount, competencyCount, min, span, threshold, levels, questionSeeds }) => {
    const max = min + span;
    const tracks = ["ic", "management"].slice(0, trackCount).map((id) => ({ id, name: id }));
    const competencies = Array.from({ length: competencyCount }, (_, index) => ({ id: `c${index}`, name: `C${index}` }));
    const file: LadderFile = {
      schema: "pm-ladder/v1",
      name: "Generated",
      scale: { min, max },
      scoring: { threshold },
      tracks,
      competencies,
      levels: generatedLevels(levels, { tracks, competencies, scale: { min, max } }),
      questions: competencies.flatMap((competency, index) =>
        (questionSeeds[index] ?? 0) % 2 === 0
          ? [{ id: `q${index}`, competency: competency.id, text: "?", options: [{ text: "low", score: min }, { text: "high", score: max }] }]
          : [],
      ),
    };
    return buildLadder(file);
  });

/** For each competency: a rating on the scale, or nothing. */
function ratingsArbitrary(ladder: Ladder): fc.Arbitrary<Record<string, number>> {
  const { min, max } = ladder.scale;
  return fc
    .tuple(...ladder.competencies.map(() => fc.option(fc.integer({ min, max }), { nil: undefined })))
    .map((scores) => Object.fromEntries(ladder.competencies.flatMap((competency, index) => (scores[index] === undefined ? [] : [[competency.id, scores[index]]]))));
}

const rankOf = (result: AssessmentResult, track: string) => result.placements[track]?.rank ?? 0;

describe("scoring properties", () => {
  it("raising any score never lowers a placement, on any track", () => {
    fc.assert(
      fc.property(
        ladderArbitrary.chain((ladder) => fc.tuple(fc.constant(ladder), ratingsArbitrary(ladder), fc.nat(), fc.nat())),
        ([ladder, ratings, which, by]) => {
          const score = createScorer(ladder);
          const competency = ladder.competencies[which % ladder.competencies.length]!;
          // Unrated counts as the minimum, so any rating raises it or keeps it.
          const before = ratings[competency.id] ?? ladder.scale.min;
          const raised = Math.min(ladder.scale.max, before + (by % (ladder.scale.max - ladder.scale.min + 1)));
          const low = score({ answers: {}, ratings });
          const high = score({ answers: {}, ratings: { ...ratings, [competency.id]: raised } });
          for (const track of ladder.tracks) expect(rankOf(high, track.id)).toBeGreaterThanOrEqual(rankOf(low, track.id));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("raising a question's answer to a higher-scoring option never lowers a placement", () => {
    fc.assert(
      fc.property(
        ladderArbitrary.chain((ladder) => fc.tuple(fc.constant(ladder), ratingsArbitrary(ladder))),
        ([ladder, ratings]) => {
          const score = createScorer(ladder);
          for (const question of ladder.questions) {
            // Questions count only when their competency has no rating.
            const { [question.competency ?? ""]: _overridden, ...unrated } = ratings;
            const low = score({ answers: { [question.id]: 1 }, ratings: unrated });
            const high = score({ answers: { [question.id]: 2 }, ratings: unrated });
            for (const track of ladder.tracks) expect(rankOf(high, track.id)).toBeGreaterThanOrEqual(rankOf(low, track.id));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("all answers at the maximum place at the top of each track", () => {
    fc.assert(
      fc.property(ladderArbitrary, (ladder) => {
        const ratings = Object.fromEntries(ladder.competencies.map((competency) => [competency.id, ladder.scale.max]));
        const result = createScorer(ladder)({ answers: {}, ratings });
        for (const track of ladder.tracks) {
          const ranks = ladder.levels.filter((level) => level.tracks.includes(track.id)).map((level) => level.rank);
          expect(rankOf(result, track.id)).toBe(ranks.length === 0 ? 0 : Math.max(...ranks));
        }
        expect(result.gaps).toEqual([]);
        expect(result.fits.every((fit) => fit.fit === 1 && fit.reached)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("all answers at the minimum place below the first rung or at it, on real ladders", () => {
    const ladders = [tinyLadder(), loadFixtureLadder("custom.yaml"), loadFixtureLadder("minimal.yaml")];
    fc.assert(
      fc.property(fc.constantFrom(...ladders), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (ladder, viaQuestions) => {
        // Each competency at the minimum either by a rating or by answering its questions with the lowest-scoring option.
        const answers: Record<string, number> = {};
        const ratings: Record<string, number> = {};
        ladder.competencies.forEach((competency, index) => {
          const questions = ladder.questions.filter((question) => question.competency === competency.id);
          if (!viaQuestions[index] || questions.length === 0) {
            ratings[competency.id] = ladder.scale.min;
            return;
          }
          for (const question of questions) {
            answers[question.id] =
              question.options.length === 0 ? ladder.scale.min : question.options.findIndex((option) => option.score === Math.min(...question.options.map((o) => o.score ?? 0))) + 1;
          }
        });
        const result = createScorer(ladder)({ answers, ratings } satisfies Answers);
        for (const track of ladder.tracks) {
          const lowest = Math.min(...ladder.levels.filter((level) => level.tracks.includes(track.id)).map((level) => level.rank));
          expect([0, lowest]).toContain(rankOf(result, track.id));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("a scorer shares records between results (core/record-pool.ts)", () => {
  const withAnswerSets = generatedLadderArbitrary({ text: plainTextArbitrary }).chain((ladder) =>
    fc.tuple(
      fc.constant(ladder),
      fc.array(fc.tuple(answersArbitrary(ladder), fc.option(fc.constantFrom(...ladder.tracks.map((track) => track.id)), { nil: undefined })), { minLength: 2, maxLength: 30 }),
    ),
  );

  it("a scorer that has scored others first gives what a fresh one gives", () => {
    fc.assert(
      fc.property(withAnswerSets, ([ladder, sets]) => {
        const warmed = createScorer(ladder);
        for (const [answers, track] of sets) {
          const options = track === undefined ? {} : { track };
          expect(warmed(answers, options)).toEqual(createScorer(ladder)(answers, options));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("shared records are frozen, so no caller can change another's result", () => {
    const ladder = tinyLadder();
    const result = createScorer(ladder)({ answers: {}, ratings: { a: 3 } });
    expect(Object.isFrozen(result.competencies[0])).toBe(true);
    expect(Object.isFrozen(result.fits[0])).toBe(true);
    expect(() => {
      (result.competencies[0] as { score: number }).score = 5;
    }).toThrow(TypeError);
  });
});
