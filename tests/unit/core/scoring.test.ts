import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/answers/model";
import { createScorer } from "../../../src/core/scoring";
import { inlineLadder, tinyLadder } from "../../helpers/tiny-ladder";

const ladder = tinyLadder();
const score = createScorer(ladder);
const answers = (partial: Partial<Answers>): Answers => ({ answers: {}, ratings: {}, ...partial });

describe("scoring: competency scores (rule 1)", () => {
  it("is the mean of the answered questions: option scores and rating answers alike", () => {
    // a-choice option 2 scores 3, a-rating answers 4: a = 3.5; b-choice option 2 scores 4.
    const result = score(answers({ answers: { "a-choice": 2, "a-rating": 4, "b-choice": 2 } }));
    expect(result.competencies.map(({ id, score: value, assessed }) => ({ id, value, assessed }))).toEqual([
      { id: "a", value: 3.5, assessed: true },
      { id: "b", value: 4, assessed: true },
    ]);
    expect(result.notAssessed).toEqual([]);
  });

  it("takes a rating over the competency's questions", () => {
    const result = score(answers({ answers: { "a-choice": 1, "b-choice": 1 }, ratings: { a: 5 } }));
    expect(result.competencies[0]).toMatchObject({ id: "a", score: 5, assessed: true });
  });

  it("counts a competency with neither as the scale minimum and lists it as not assessed", () => {
    const result = score(answers({ answers: { "b-choice": 2 } }));
    expect(result.competencies[0]).toMatchObject({ id: "a", score: 1, assessed: false });
    expect(result.notAssessed).toEqual(["a"]);
    // junior: (min(1,2) + min(4,2)) / 4 = 0.75
    expect(result.fits[0]).toEqual({ id: "junior", fit: 0.75, reached: false });
  });

  it("rounds scores to 4 decimals in the output", () => {
    const result = score(answers({ answers: { "a-choice": 1, "a-rating": 1 }, ratings: {} }));
    expect(result.competencies[0]?.score).toBe(1);
    const thirds = createScorer(inlineLadder(FLOAT_LADDER))(answers({ answers: { "c2-1": 5, "c2-2": 4, "c2-3": 4 } }));
    expect(thirds.competencies[1]?.score).toBe(4.3333);
  });
});

describe("scoring: fit, threshold and placement (rules 2 and 3)", () => {
  const result = score(answers({ answers: { "a-choice": 2, "a-rating": 4, "b-choice": 2 } }));

  it("computes each level's fit as the covered share of its expectations, in rank order", () => {
    // a = 3.5, b = 4. junior 4/4, mid 6/6, staff (3.5+4)/9, lead (3.5+4)/9.
    expect(result.fits).toEqual([
      { id: "junior", fit: 1, reached: true },
      { id: "mid", fit: 1, reached: true },
      { id: "staff", fit: 0.8333, reached: false },
      { id: "lead", fit: 0.8333, reached: false },
    ]);
  });

  it("places each track on its highest reached level", () => {
    const ref = { id: "mid", title: "Mid", rank: 2 };
    expect(result.placements).toEqual({ ic: ref, management: ref });
    expect(result.placement).toEqual(ref);
  });

  it("places below the first rung (null) when no level of the track is reached", () => {
    const low = score(answers({ ratings: { a: 1, b: 1 } }));
    expect(low.placements).toEqual({ ic: null, management: null });
    expect(low.placement).toBeNull();
    expect(low.competencies[0]?.expected).toBeNull();
  });

  it("places tracks independently", () => {
    // a = 5, b = 4: staff (5+4)/9 = 1 reached; lead (4+4)/9 = 0.8889 not.
    const split = score(answers({ ratings: { a: 5, b: 4 } }));
    expect(split.placements.ic?.id).toBe("staff");
    expect(split.placements.management?.id).toBe("mid");
  });

  it("reaches a level whose fit equals the threshold exactly, despite floating point", () => {
    // Scores 5, 13/3, 1, 5/3 against 5, 5, 1, 4: covered 12 of 15 = 0.8 exactly on paper;
    // summed in floating point it is 11.999999999999998, a fit of 0.7999999999999999.
    const floatResult = createScorer(inlineLadder(FLOAT_LADDER))(
      answers({ ratings: { c1: 5, c3: 1 }, answers: { "c2-1": 5, "c2-2": 4, "c2-3": 4, "c4-1": 1, "c4-2": 2, "c4-3": 2 } }),
    );
    expect(floatResult.fits[0]).toEqual({ id: "only", fit: 0.8, reached: true });
    expect(floatResult.placement?.id).toBe("only");
  });

  it("breaks a tie of reached levels of one rank by the higher fit, then by file order", () => {
    const tie = createScorer(inlineLadder(TIE_LADDER));
    // a = 4, b = 3: p (4+2)/6 = 1, q (2+3)/6 = 0.83; both reach 0.8, p fits better.
    expect(tie(answers({ ratings: { a: 4, b: 3 } })).placement?.id).toBe("p");
    // a = 2, b = 4: p (2+2)/6 = 0.67 not reached; q (2+4)/6 = 1.
    expect(tie(answers({ ratings: { a: 2, b: 4 } })).placement?.id).toBe("q");
    // a = 3, b = 3: both (3+2)/6 = 0.8333, reached; equal fit, so the earlier in the file: q.
    expect(tie(answers({ ratings: { a: 3, b: 3 } })).placement?.id).toBe("q");
  });
});

describe("scoring: gaps (rule 4)", () => {
  it("measures against the placement's next level on the placed track, largest shortfall first", () => {
    // a = 3.5, b = 4 at mid; on ic the next rung is staff (a5 b4): a short by 1.5, b meets it.
    const result = score(answers({ answers: { "a-choice": 2, "a-rating": 4, "b-choice": 2 } }));
    expect(result.track).toBe("ic");
    expect(result.gaps).toEqual([{ competency: "a", level: "staff", score: 3.5, expected: 5, shortfall: 1.5 }]);
    expect(result.competencies.map((competency) => [competency.id, competency.expected, competency.expectedNext])).toEqual([
      ["a", 3, { staff: 5 }],
      ["b", 3, { staff: 4 }],
    ]);
  });

  it("on the management track measures against lead instead", () => {
    const result = score(answers({ answers: { "a-choice": 2, "a-rating": 4, "b-choice": 2 } }), { track: "management" });
    // lead a4 b5: b short by 1, a short by 0.5.
    expect(result.gaps).toEqual([
      { competency: "b", level: "lead", score: 4, expected: 5, shortfall: 1 },
      { competency: "a", level: "lead", score: 3.5, expected: 4, shortfall: 0.5 },
    ]);
  });

  it("orders equal shortfalls by ladder order", () => {
    const result = score(answers({ ratings: { a: 3, b: 3 } }), { track: "management" });
    // mid reached (6/6); lead a4 b5: b short by 2, a by 1.
    expect(result.gaps.map((gap) => [gap.competency, gap.shortfall])).toEqual([["b", 2], ["a", 1]]);
    const even = score(answers({ ratings: { a: 3, b: 2 } }), { track: "ic" });
    // junior reached ((2+2)/4), mid (3+2)/6 = 0.83 not: next of junior on ic is mid: a 3 vs 3 none, b short by 1.
    expect(even.placement?.id).toBe("junior");
    expect(even.gaps).toEqual([{ competency: "b", level: "mid", score: 2, expected: 3, shortfall: 1 }]);
    const both = score(answers({ ratings: { a: 1, b: 1 } }));
    expect(both.gaps.map((gap) => gap.competency)).toEqual(["a", "b"]);
  });

  it("below the first rung measures against the track's lowest-ranked levels", () => {
    const result = score(answers({ ratings: { a: 1, b: 2 } }));
    expect(result.placement).toBeNull();
    expect(result.gaps).toEqual([{ competency: "a", level: "junior", score: 1, expected: 2, shortfall: 1 }]);
    expect(result.competencies[0]?.expectedNext).toEqual({ junior: 2 });
  });

  it("has no gaps and no next levels at the top of a track", () => {
    const result = score(answers({ ratings: { a: 5, b: 5 } }));
    expect(result.placement?.id).toBe("staff");
    expect(result.gaps).toEqual([]);
    expect(result.competencies[0]?.expectedNext).toEqual({});
  });
});

describe("scoring: track preference (rule 5)", () => {
  it("has no favoured track without track answers, and places on the first track", () => {
    const result = score(answers({ ratings: { a: 3, b: 3 } }));
    expect(result.favouredTrack).toBeNull();
    expect(result.track).toBe("ic");
  });

  it("favours the track with the most answers and places on it", () => {
    const result = score(answers({ answers: { direction: 2, "direction-again": 2 }, ratings: { a: 3, b: 3 } }));
    expect(result.favouredTrack).toBe("management");
    expect(result.track).toBe("management");
    expect(result.gaps.map((gap) => gap.level)).toEqual(["lead", "lead"]);
  });

  it("breaks a tie by the track listed first", () => {
    expect(score(answers({ answers: { direction: 2, "direction-again": 1 } })).favouredTrack).toBe("ic");
  });

  it("places on the answers file's track, and the option's track over both", () => {
    const preferManagement = answers({ answers: { direction: 2 }, ratings: { a: 3, b: 3 } });
    expect(score({ ...preferManagement, track: "ic" }).track).toBe("ic");
    expect(score({ ...preferManagement, track: "ic" }).favouredTrack).toBe("management");
    expect(score({ ...preferManagement, track: "ic" }, { track: "management" }).track).toBe("management");
  });

  it("has exactly the documented keys", () => {
    const result = score(answers({}));
    expect(Object.keys(result)).toEqual(["ladder", "track", "favouredTrack", "placement", "placements", "fits", "competencies", "gaps", "notAssessed"]);
    expect(result.ladder).toBe("Tiny");
    expect(result.notAssessed).toEqual(["a", "b"]);
  });
});

const FLOAT_LADDER = `
schema: pm-ladder/v1
name: Float
scoring: { threshold: 0.8 }
tracks: [{ id: only, name: Only }]
competencies: [{ id: c1, name: C1 }, { id: c2, name: C2 }, { id: c3, name: C3 }, { id: c4, name: C4 }]
levels:
  - { id: only, title: Only, rank: 1, summary: O., expectations: { c1: 5, c2: 5, c3: 1, c4: 4 } }
questions:
  - { id: c2-1, competency: c2, text: One. }
  - { id: c2-2, competency: c2, text: Two. }
  - { id: c2-3, competency: c2, text: Three. }
  - { id: c4-1, competency: c4, text: One. }
  - { id: c4-2, competency: c4, text: Two. }
  - { id: c4-3, competency: c4, text: Three. }
`;

const TIE_LADDER = `
schema: pm-ladder/v1
name: Tie
scoring: { threshold: 0.8 }
tracks: [{ id: only, name: Only }]
competencies: [{ id: a, name: A }, { id: b, name: B }]
levels:
  - { id: x, title: X, rank: 1, summary: X., expectations: { a: 1, b: 1 } }
  - { id: q, title: Q, rank: 2, summary: Q., expectations: { a: 2, b: 4 } }
  - { id: p, title: P, rank: 2, summary: P., expectations: { a: 4, b: 2 } }
`;
