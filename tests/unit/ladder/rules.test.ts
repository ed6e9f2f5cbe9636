import { describe, expect, it } from "vitest";
import { validateLadderText } from "../../../src/ladder/validate";
import { formatPath } from "../../../src/issues";
import { readFixture } from "../../helpers/ladders";

function check(name: string) {
  return validateLadderText(readFixture(`invalid/${name}.yaml`), `${name}.yaml`, false);
}

// One broken fixture per rule: the position, the path and the message a person reads.
const cases: [fixture: string, position: string, path: string, message: string][] = [
  ["wrong-schema", "1:9", "schema", 'expected "pm-ladder/v1", got the string "pm-ladder/v2"'],
  ["unknown-top-key", "3:1", "labels", 'unknown key "labels" (did you mean "levels"?)'],
  ["misspelt-expectations", "30:5", "levels[1].expectation", 'unknown key "expectation" (did you mean "expectations"?)'],
  ["expectation-long-form-typo", "32:30", "levels[1].expectations.execution.txt", 'unknown key "txt" (did you mean "text"?); allowed here: score, text'],
  ["missing-summary", "17:5", "levels[0].summary", 'missing required key "summary"'],
  ["blank-title", "18:12", "levels[0].title", "must not be empty or blank"],
  ["rank-not-integer", "28:11", "levels[1].rank", "expected a whole number, got the number 2.5"],
  ["rank-below-one", "20:11", "levels[0].rank", "expected a number >= 1, got the number 0"],
  ["id-not-kebab", "26:9", "levels[1].id", "expected a kebab-case id"],
  ["wrong-type-aliases", "19:14", "levels[0].aliases", 'expected a list, got the string "apm"'],
  ["expectation-wrong-type", "31:17", "levels[1].expectations.strategy", 'expected a score (a whole number), `n/a`, or a mapping with `score` and `text`, got the string "high"'],
  ["no-tracks", "6:9", "tracks", "expected at least 1 item, got 0"],
  ["too-few-options", "54:7", "questions[0].options", "expected at least 2 items, got 1"],
  ["duplicate-yaml-key", "19:5", "levels[0].title", 'duplicate key "title"'],
  ["syntax-error", "19:5", "(document)", "Flow sequence in block collection must be sufficiently indented"],
  ["duplicate-level-id", "33:9", "levels[2].id", 'duplicate id "senior", already used by levels[1]'],
  ["alias-names-two-levels", "27:12", "levels[1].title", '"Senior PM" already names level "junior"'],
  ["unknown-track", "36:14", "levels[2].tracks[0]", 'unknown track "icc" (did you mean "ic"?)'],
  ["unknown-source", "22:15", "levels[0].sources[0]", 'unknown source "handbok" (did you mean "handbook"?)'],
  ["unknown-next", "29:12", "levels[1].next[0]", 'unknown level "stafff" (did you mean "staff"?)'],
  ["next-not-higher", "29:12", "levels[1].next[0]", 'next level "junior" has rank 1; next must point to a higher rank than 2'],
  ["missing-expectation", "23:5", "levels[0].expectations", 'missing expectation for "execution"'],
  ["unknown-expectation", "26:7", "levels[0].expectations.strategyy", 'unknown competency "strategyy" (did you mean "strategy"?)'],
  ["score-off-scale", "39:17", "levels[2].expectations.strategy", "score 6 is outside the scale 1..5"],
  ["option-score-off-scale", "55:32", "questions[0].options[1].score", "score 9 is outside the scale 1..5"],
  ["unknown-question-competency", "51:17", "questions[0].competency", 'unknown competency "stratgy" (did you mean "strategy"?)'],
  ["unknown-option-track", "64:40", "questions[2].options[1].track", 'unknown track "managment" (did you mean "management"?)'],
  ["track-option-without-track", "63:9", "questions[2].options[0]", 'missing required key "track"'],
  ["competency-question-without-competency", "50:5", "questions[0]", 'missing required key "competency"'],
  ["label-outside-scale", "9:21", "scale.labels[\"7\"]", "label key 7 lies outside the scale 1..5"],
  ["threshold-out-of-range", "7:14", "scoring.threshold", "expected a threshold with 0 < threshold <= 1, got 1.5"],
  ["scale-min-above-max", "8:8", "scale.max", "scale max (1) must not be below min (5)"],
  ["top-level-list", "1:1", "(document)", "expected a mapping at the top (schema:, name:, tracks:, …), got a list"],
  ["empty-file", "1:1", "(document)", "got an empty document"],
];

describe("ladder validation rules", () => {
  it("accepts the minimal valid ladder with no warnings", () => {
    const result = validateLadderText(readFixture("ladders/minimal.yaml"), "minimal.yaml", true);
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(cases)("%s: reported at %s, %s", (name, position, path, message) => {
    const result = check(name);
    expect(result.valid).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(`${issue?.line}:${issue?.column}`).toBe(position);
    expect(formatPath(issue?.path ?? [])).toBe(path);
    expect(issue?.message).toContain(message);
    expect(issue?.severity).toBe("error");
  });

  it("reports every problem at once, in file order", () => {
    const result = check("duplicate-competency-id");
    expect(result.issues.map((issue) => issue.line)).toEqual([14, 25, 32, 40, 48, 57]);
    expect(result.issues[0]?.message).toBe('duplicate id "strategy", already used by competencies[0]');
  });
});

describe("schema problems and rule problems in one run", () => {
  const issues = () => check("schema-and-rule-problems").issues.map((issue) => `${issue.line}:${issue.column}  ${formatPath(issue.path)}  ${issue.message}`);

  it("checks the rules on the well-formed parts of a file the schema refused", () => {
    expect(issues()).toEqual([
      "8:9  tracks[1].id  expected a kebab-case id: lowercase letters, digits and hyphens, starting with a letter",
      '13:5  competencies[0].descripton  unknown key "descripton" (did you mean "description"?); allowed here: id, name, area, description, growth',
      '21:14  levels[0].tracks[0]  unknown track "icc" (did you mean "ic"?)',
      "22:31  levels[0].expectations.strategy  score 9 is outside the scale 1..5",
      '22:45  levels[0].expectations.execution  expected a score (a whole number), `n/a`, or a mapping with `score` and `text`, got the string "high"',
      '25:11  levels[1].rank  expected a number, got the string "one"',
      '27:20  levels[1].next[1]  unknown level "nope"',
      '33:5  levels[2].expectations  missing expectation for "execution"; every level needs one for every competency',
      '33:34  levels[2].expectations.bogus  unknown competency "bogus"',
      '36:17  questions[0].competency  unknown competency "stratgy" (did you mean "strategy"?)',
      "38:56  questions[0].options[1].score  score 7 is outside the scale 1..5",
    ]);
  });

  it("a malformed value is reported once, not also as missing, and a malformed rank skips the rank check", () => {
    const lines = issues();
    // `execution: high` is there, only malformed; `rank: one` cannot be compared with junior's.
    expect(lines.filter((line) => line.includes("levels[0].expectations ") || line.includes("missing expectation for \"execution\"; every level") && line.startsWith("22:"))).toEqual([]);
    expect(lines.some((line) => line.includes("next level"))).toBe(false);
  });

  it("a scale label with a key that is no number is named as such, and the other keys are still checked against the scale", () => {
    const text = readFixture("ladders/minimal.yaml").replace("competencies:", "scale: { min: 1, max: 5, labels: { six: Six, 0: Zero } }\ncompetencies:");
    const result = validateLadderText(text, "labels.yaml", false);
    expect(result.issues.map((issue) => `${formatPath(issue.path)}  ${issue.message}`)).toEqual([
      "scale.labels.six  expected a whole-number key on the scale",
      'scale.labels["0"]  label key 0 lies outside the scale 1..5',
    ]);
  });

  it("a required list the schema refused as a whole does not make every reference to it unknown", () => {
    const text = readFixture("ladders/minimal.yaml").replace(/^tracks:\n(  .*\n)+/m, "tracks: ic\n");
    const result = validateLadderText(text, "tracks.yaml", false);
    expect(result.issues.map((issue) => formatPath(issue.path))).toEqual(["tracks"]);
  });
});

describe("YAML slips of a hand-written file", () => {
  const minimal = readFixture("ladders/minimal.yaml");
  const messages = (text: string) => validateLadderText(text, "slip.yaml", false).issues.map((issue) => `${issue.line}:${issue.column}  ${issue.message}`);

  it("an unquoted value with a colon in it says to quote it", () => {
    expect(messages(minimal.replace("summary: Learns the craft.", "summary: Junior: learns the craft."))).toEqual([
      '21:14  Nested mappings are not allowed in compact mappings: a value that contains ": " must be quoted, e.g. summary: "Senior: owns the strategy"',
    ]);
  });

  it("a key without its colon says a key needs one", () => {
    expect(messages(minimal.replace("rank: 1", "rank 1"))).toEqual([
      "20:5  Implicit keys need to be on a single line: a key needs a colon and a space after it (rank: 2), and a list item a dash at the indentation of the others",
    ]);
  });
});

describe("lint", () => {
  const text = readFixture("ladders/lint-warnings.yaml");

  it("warns when an expectation falls along a track and when no question covers a competency", () => {
    const result = validateLadderText(text, "lint.yaml", false);
    expect(result.valid).toBe(true);
    expect(result.issues.map((issue) => [issue.severity, issue.line, issue.message])).toEqual([
      ["warning", 14, 'no question covers competency "execution"; assess will ask for a rating instead'],
      ["warning", 48, 'expectation falls along track "management": 2 here, 3 at lower-ranked "senior" (if intended, say why with `drop:`)'],
    ]);
  });

  it("--strict makes warnings errors", () => {
    const result = validateLadderText(text, "lint.yaml", true);
    expect(result.valid).toBe(false);
    expect(result.issues.every((issue) => issue.severity === "error")).toBe(true);
  });

  it("warns about a track no level is on", () => {
    const ghost = [
      "schema: pm-ladder/v1",
      "name: Ghost",
      "tracks: [{ id: ic, name: IC }, { id: ghost, name: Ghost }]",
      "competencies: [{ id: x, name: X }]",
      "levels: [{ id: one, title: One, rank: 1, tracks: [ic], summary: S., expectations: { x: 1 } }]",
    ].join("\n");
    const result = validateLadderText(ghost, "ghost.yaml", false);
    expect(result.issues.map((issue) => [issue.severity, formatPath(issue.path), issue.message])).toEqual([["warning", "tracks[1].id", 'no level is on track "ghost"; nobody can be placed on it']]);
    // A level that names no tracks is on every track, the ghost too.
    expect(validateLadderText(ghost.replace("tracks: [ic], ", ""), "all.yaml", false).issues).toEqual([]);
  });

  it("warns about two levels with identical expectations", () => {
    const twin = readFixture("ladders/minimal.yaml").replace("      strategy: 4\n      execution: 4\n", "      strategy: 5\n      execution: 4\n");
    const result = validateLadderText(twin, "twin.yaml", false);
    expect(result.issues.map((issue) => issue.message)).toEqual(['expectations are identical to those of level "staff"']);
  });
});
