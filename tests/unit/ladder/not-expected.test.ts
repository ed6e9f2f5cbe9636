import { describe, expect, it } from "vitest";
import { competencyAreas } from "../../../src/ladder/model";
import { validateLadderText } from "../../../src/ladder/validate";
import { inlineLadder } from "../../helpers/tiny-ladder";

const ladderWith = (ic: string, manager = "people: 3") => `schema: pm-ladder/v1
name: Areas
tracks:
  - { id: ic, name: IC }
  - { id: management, name: Management }
competencies:
  - { id: craft, name: Craft, area: Execution }
  - { id: people, name: People, area: Leadership }
  - { id: shipping, name: Shipping, area: Execution }
levels:
  - id: pm
    title: PM
    rank: 1
    tracks: [ic]
    summary: Ships.
    expectations:
      craft: 2
      shipping: 2
      ${ic}
  - id: manager
    title: Manager
    rank: 2
    tracks: [management]
    summary: Manages.
    expectations:
      craft: 2
      shipping: 2
      ${manager}
`;

const problems = (text: string) => validateLadderText(text, "areas.yaml", true).issues.map((issue) => `${issue.line}:${issue.column} ${issue.path.join(".")} ${issue.message}`);

describe("n/a and the long form in the file", () => {
  it("accepts n/a in the short and the long form, with text and examples", () => {
    expect(problems(ladderWith("people: n/a"))).toEqual([]);
    expect(problems(ladderWith("people: { score: n/a, text: Not a manager. }"))).toEqual([]);
    expect(problems(ladderWith("people: { score: 2, text: Mentors., examples: [Onboarded a new PM, Runs the guild] }"))).toEqual([]);
  });

  it("normalises every expectation to score (null for n/a), text and examples", () => {
    const short = inlineLadder(ladderWith("people: n/a"));
    expect(short.levels[0]!.expectations).toEqual({ craft: { score: 2, examples: [] }, shipping: { score: 2, examples: [] }, people: { score: null, examples: [] } });
    const long = inlineLadder(ladderWith("people: { score: n/a, text: Not a manager., examples: [None] }"));
    expect(long.levels[0]!.expectations.people).toEqual({ score: null, text: "Not a manager.", examples: ["None"] });
    const scored = inlineLadder(ladderWith("people: { score: 2, examples: [Onboarded a PM] }"));
    expect(scored.levels[0]!.expectations.people).toEqual({ score: 2, examples: ["Onboarded a PM"] });
  });

  it("refuses another word, a blank example, and an unknown key, each located", () => {
    expect(problems(ladderWith("people: none"))).toEqual([
      "19:15 levels.0.expectations.people expected a score (a whole number), `n/a`, or a mapping with `score` and `text`, got the string \"none\"",
    ]);
    expect(problems(ladderWith("people: { score: na }"))).toEqual([
      "19:24 levels.0.expectations.people.score expected a score (a whole number) or `n/a` (not expected at this level), got the string \"na\"",
    ]);
    expect(problems(ladderWith('people: { score: 2, examples: [" "] }'))).toEqual([
      "19:38 levels.0.expectations.people.examples.0 must not be empty or blank; write the text, or leave out the key where it is optional",
    ]);
    expect(problems(ladderWith("people: { score: 2, example: [x] }"))[0]).toContain('unknown key "example" (did you mean "examples"?)');
  });

  it("refuses a level that expects nothing", () => {
    const text = ladderWith("people: n/a").replace("craft: 2\n      shipping: 2\n      people: n/a", "craft: n/a\n      shipping: { score: n/a }\n      people: n/a");
    expect(problems(text)).toEqual(["16:5 levels.0.expectations every expectation is n/a; a level expects at least one competency (give it a score)"]);
  });
});

describe("competencyAreas", () => {
  it("groups competencies by area in order of first appearance, ladder order within", () => {
    const groups = competencyAreas(inlineLadder(ladderWith("people: n/a")));
    expect(groups.map((group) => [group.area, group.competencies.map((competency) => competency.id)])).toEqual([
      ["Execution", ["craft", "shipping"]],
      ["Leadership", ["people"]],
    ]);
  });

  it("is one group with area null when the ladder has no areas", () => {
    const ladder = inlineLadder(ladderWith("people: n/a").replace(/, area: \w+/g, ""));
    expect(competencyAreas(ladder).map((group) => [group.area, group.competencies.length])).toEqual([[null, 3]]);
  });

  it("keeps competencies without an area together, where the first of them stands", () => {
    const ladder = inlineLadder(ladderWith("people: n/a").replace(", area: Execution }\n  - { id: people", " }\n  - { id: people"));
    expect(competencyAreas(ladder).map((group) => [group.area, group.competencies.map((competency) => competency.id)])).toEqual([
      [null, ["craft"]],
      ["Leadership", ["people"]],
      ["Execution", ["shipping"]],
    ]);
  });
});
