import { describe, expect, it } from "vitest";
import { createAnswersChecker } from "../../../src/answers/check";
import { loadAnswers } from "../../../src/answers/load";
import { InvalidFileError } from "../../../src/errors";
import { tinyLadder } from "../../helpers/tiny-ladder";

const ladder = tinyLadder();

/** The located problem lines of an invalid answers file, as the user sees them. */
function problems(text: string): string[] {
  try {
    loadAnswers(text, "me.yaml", ladder);
  } catch (error) {
    if (error instanceof InvalidFileError) return [...error.details];
    throw error;
  }
  throw new Error("expected the answers file to be refused");
}

describe("loadAnswers", () => {
  it("reads a valid file: answers, ratings and track", () => {
    const text = "schema: pm-ladder/answers-v1\ntrack: management\nanswers:\n  a-choice: 3\n  a-rating: 5\n  direction: 2\nratings:\n  b: 4\n";
    expect(loadAnswers(text, "me.yaml", ladder)).toEqual({
      track: "management",
      answers: { "a-choice": 3, "a-rating": 5, direction: 2 },
      ratings: { b: 4 },
    });
  });

  it("reads JSON too, and a file with only ratings", () => {
    expect(loadAnswers('{"ratings": {"a": 2}}', "me.json", ladder)).toEqual({ answers: {}, ratings: { a: 2 } });
  });

  it("refuses an unknown question id, at its key, with the nearest id", () => {
    expect(problems("answers:\n  a-choise: 2\n")).toEqual(['me.yaml:2:3  answers.a-choise  unknown question "a-choise" (did you mean "a-choice"?)']);
  });

  it("refuses an option number out of range", () => {
    expect(problems("answers:\n  a-choice: 7\n")).toEqual(["me.yaml:2:13  answers.a-choice  option 7 does not exist; the question has 3 options"]);
    expect(problems("answers:\n  b-choice: 0\n")).toEqual(["me.yaml:2:13  answers.b-choice  option 0 does not exist; the question has 2 options, numbered from 1"]);
  });

  it("refuses a score off the scale, for a rating question and for a rating", () => {
    expect(problems("answers:\n  a-rating: 6\nratings:\n  b: 0\n")).toEqual([
      "me.yaml:2:13  answers.a-rating  score 6 is outside the scale 1..5 (a rating question is answered with a score)",
      "me.yaml:4:6  ratings.b  score 0 is outside the scale 1..5",
    ]);
  });

  it("refuses an unknown competency and an unknown track", () => {
    expect(problems("track: mgmt\nratings:\n  alpha: 3\n")).toEqual([
      'me.yaml:1:8  track  unknown track "mgmt"; the tracks are: ic, management',
      'me.yaml:3:3  ratings.alpha  unknown competency "alpha"',
    ]);
    expect(problems("track: manegement\n")).toEqual(['me.yaml:1:8  track  unknown track "manegement" (did you mean "management"?); the tracks are: ic, management']);
  });

  it("refuses wrong types with what was expected and what was found", () => {
    expect(problems('answers:\n  a-choice: "2"\n  b-choice: 1.5\nratings: [3]\n')).toEqual([
      'me.yaml:2:13  answers.a-choice  expected a number, got the string "2"',
      "me.yaml:3:13  answers.b-choice  expected a whole number, got the number 1.5",
      "me.yaml:4:10  ratings  expected a mapping, got a list",
    ]);
  });

  it("refuses an unknown top-level key with the nearest known one, and a wrong schema", () => {
    expect(problems("schema: pm-ladder/v1\nanswer:\n  a-choice: 1\n")).toEqual([
      'me.yaml:1:9  schema  expected "pm-ladder/answers-v1", got the string "pm-ladder/v1"',
      'me.yaml:2:1  answer  unknown key "answer" (did you mean "answers"?); allowed here: schema, track, answers, ratings',
    ]);
  });

  it("reports the ladder's problems too when the schema refuses the file: every problem in one run", () => {
    const text = "answer: {}\ntrak: ic\nanswers:\n  a-choise: 2\n  a-choice: 0\n  a-rating: 6\nratings:\n  b: -1\n  alpha: 3\n";
    expect(problems(text)).toEqual([
      'me.yaml:1:1  answer  unknown key "answer" (did you mean "answers"?); allowed here: schema, track, answers, ratings',
      'me.yaml:2:1  trak  unknown key "trak" (did you mean "track"?); allowed here: schema, track, answers, ratings',
      'me.yaml:4:3  answers.a-choise  unknown question "a-choise" (did you mean "a-choice"?)',
      "me.yaml:5:13  answers.a-choice  option 0 does not exist; the question has 3 options, numbered from 1",
      "me.yaml:6:13  answers.a-rating  score 6 is outside the scale 1..5 (a rating question is answered with a score)",
      "me.yaml:8:6  ratings.b  score -1 is outside the scale 1..5",
      'me.yaml:9:3  ratings.alpha  unknown competency "alpha"',
    ]);
    expect(problems("track: 7\nanswers: [1]\nratings:\n  alpha: x\n  b: 9\n")).toEqual([
      "me.yaml:1:8  track  expected a string, got the number 7",
      "me.yaml:2:10  answers  expected a mapping, got a list",
      'me.yaml:4:3  ratings.alpha  unknown competency "alpha"',
      'me.yaml:4:10  ratings.alpha  expected a number, got the string "x"',
      "me.yaml:5:6  ratings.b  score 9 is outside the scale 1..5",
    ]);
  });

  it("reports a malformed value once: as malformed, not also as out of range", () => {
    expect(problems("schema: x\nanswers:\n  a-choice: 1.5\n  b-choice: -2.5\n")).toEqual([
      'me.yaml:1:9  schema  expected "pm-ladder/answers-v1", got the string "x"',
      "me.yaml:3:13  answers.a-choice  expected a whole number, got the number 1.5",
      "me.yaml:4:13  answers.b-choice  expected a whole number, got the number -2.5",
    ]);
  });

  it("reads an empty answers: or ratings: (null) as none", () => {
    expect(loadAnswers("answers: ~\nratings:\n", "me.yaml", ladder)).toEqual({ answers: {}, ratings: {} });
    expect(loadAnswers("track: ic\nanswers:\nratings:\n  b: 4\n", "me.yaml", ladder)).toEqual({ track: "ic", answers: {}, ratings: { b: 4 } });
    expect(loadAnswers('{"answers": null, "ratings": {"a": 2}}', "me.json", ladder)).toEqual({ answers: {}, ratings: { a: 2 } });
  });

  it("refuses an empty file and a top-level list", () => {
    expect(problems("")).toEqual(["me.yaml:1:1  (document)  expected a mapping at the top (answers:, ratings:, track:), got an empty document"]);
    expect(problems("- 1\n")).toEqual(["me.yaml:1:1  (document)  expected a mapping at the top (answers:, ratings:, track:), got a list"]);
  });

  it("refuses YAML syntax errors and duplicate keys, located", () => {
    expect(problems("answers:\n  a-choice: 1\n  a-choice: 2\n")).toEqual(['me.yaml:3:3  answers.a-choice  duplicate key "a-choice"; a key may appear only once in a mapping']);
    // Quoted keys, as every JSON key is, are named in quotes once.
    expect(problems('{"ratings":{"a":5,"a":1}}')).toEqual(['me.yaml:1:19  ratings.a  duplicate key "a"; a key may appear only once in a mapping']);
    expect(problems("ratings:\n  'a:b': 1\n  'a:b': 2\n")).toEqual(['me.yaml:3:3  ratings["a:b"]  duplicate key "a:b"; a key may appear only once in a mapping']);
  });

  it("refuses a __proto__ key, located, rather than dropping it or letting it replace a prototype", () => {
    expect(problems('{"answers": {"__proto__": 1}}')).toEqual(['me.yaml:1:14  answers.__proto__  "__proto__" cannot be a key: the name is reserved; rename or remove it']);
    expect(problems("ratings:\n  __proto__: {polluted: 1}\n")).toEqual([
      'me.yaml:2:3  ratings.__proto__  "__proto__" cannot be a key: the name is reserved; rename or remove it',
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("reports every problem at once and names the file in the message", () => {
    try {
      loadAnswers("answers:\n  nope: 1\n  a-choice: 9\n", "me.yaml", ladder);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidFileError);
      expect((error as InvalidFileError).message).toBe("me.yaml is not a valid answers file: 2 errors");
    }
  });
});

describe("createAnswersChecker (plain objects, e.g. JSON Lines)", () => {
  const check = createAnswersChecker(ladder);

  it("returns the answers of valid data", () => {
    expect(check({ answers: { "b-choice": 2 } })).toEqual({ ok: true, answers: { answers: { "b-choice": 2 }, ratings: {} } });
  });

  it("returns problems with paths instead of throwing", () => {
    expect(check({ answers: { "a-choice": 4 }, ratings: { b: "x" } })).toEqual({
      ok: false,
      problems: [
        { path: ["ratings", "b"], message: 'expected a number, got the string "x"' },
        { path: ["answers", "a-choice"], message: "option 4 does not exist; the question has 3 options", atKey: false },
      ],
    });
    expect(check({ answers: { "a-choice": 4 } })).toEqual({
      ok: false,
      problems: [{ path: ["answers", "a-choice"], message: "option 4 does not exist; the question has 3 options", atKey: false }],
    });
    expect(check(null)).toMatchObject({ ok: false, problems: [{ path: [] }] });
  });
});
