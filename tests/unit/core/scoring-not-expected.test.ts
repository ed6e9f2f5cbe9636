import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/answers/model";
import { scoreAnswers } from "../../../src/core/scoring";
import { createResultLineWriter } from "../../../src/render/result-line";
import { inlineLadder } from "../../helpers/tiny-ladder";

/** pm (ic) does not expect people; lead (management) does. No questions: ratings only. */
const LADDER = `schema: pm-ladder/v1
name: NA
tracks:
  - { id: ic, name: IC }
  - { id: management, name: Management }
competencies:
  - { id: craft, name: Craft, area: Execution }
  - { id: people, name: People }
levels:
  - { id: junior, title: Junior, rank: 1, summary: Learns., expectations: { craft: 2, people: n/a } }
  - { id: pm, title: PM, rank: 2, tracks: [ic], summary: Ships., expectations: { craft: 4, people: n/a } }
  - { id: lead, title: Lead, rank: 2, tracks: [management], summary: Manages., expectations: { craft: 3, people: { score: 4 } } }
`;

const ladder = inlineLadder(LADDER);
const rate = (ratings: Answers["ratings"], track?: string): Answers => ({ answers: {}, ratings, ...(track === undefined ? {} : { track }) });

describe("scoring with n/a expectations", () => {
  it("leaves n/a out of the fit: a level is measured on what it expects", () => {
    const result = scoreAnswers(ladder, rate({ craft: 4, people: 1 }));
    // pm: 4/4 (people left out); lead: (3 + 1) / 7; junior: 2/2.
    expect(result.fits).toEqual([
      { id: "junior", fit: 1, reached: true },
      { id: "pm", fit: 1, reached: true },
      { id: "lead", fit: 0.5714, reached: false },
    ]);
    expect(result.placements).toMatchObject({ ic: { id: "pm" }, management: { id: "junior" } });
  });

  it("gives expected and expectedNext null where the level has n/a, and makes no gap there", () => {
    const result = scoreAnswers(ladder, rate({ craft: 2, people: 1 }, "ic"));
    expect(result.placement?.id).toBe("junior");
    expect(result.competencies).toEqual([
      { id: "craft", area: "Execution", score: 2, assessed: true, expected: 2, expectedNext: { pm: 4 } },
      { id: "people", area: null, score: 1, assessed: true, expected: null, expectedNext: { pm: null } },
    ]);
    expect(result.gaps).toEqual([{ competency: "craft", level: "pm", score: 2, expected: 4, shortfall: 2 }]);
  });

  it("still measures a gap where the next rung expects the competency", () => {
    const result = scoreAnswers(ladder, rate({ craft: 3, people: 1 }, "management"));
    expect(result.gaps.map((gap) => [gap.competency, gap.level, gap.shortfall])).toEqual([["people", "lead", 3]]);
  });

  it("writes area and the nulls in the JSON line exactly as JSON.stringify does", () => {
    const result = scoreAnswers(ladder, rate({ craft: 2, people: 1 }, "ic"));
    expect(createResultLineWriter(ladder)(result)).toBe(JSON.stringify(result));
  });
});
