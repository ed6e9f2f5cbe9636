// Large ladders: the rewrites that keep loading linear must give the same answers as the
// plain definitions they replace (checked against brute force on random ladders).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLadder } from "../../../src/ladder/model";
import type { LadderFile } from "../../../src/ladder/schema";
import { MAX_NAME_SEARCHES, NameMatcher, closestMatches } from "../../../src/words/suggest";
import { parseYamlSource } from "../../../src/yaml/parse";

const TRACKS = ["ic", "management", "design"];

/** The format's definition of default next rungs, written the obvious (quadratic) way: per track of the level, the lowest-ranked levels above it there. */
function bruteForceNext(levels: readonly { id: string; rank: number; tracks: readonly string[] }[], level: (typeof levels)[number]): string[] {
  const next = new Set<string>();
  for (const track of level.tracks) {
    const above = levels.filter((other) => other.rank > level.rank && other.tracks.includes(track));
    const lowest = Math.min(...above.map((other) => other.rank));
    for (const other of above) if (other.rank === lowest) next.add(other.id);
  }
  return levels.filter((other) => next.has(other.id)).map((other) => other.id);
}

const levelsArbitrary = fc.array(
  fc.record({ rank: fc.integer({ min: 1, max: 6 }), tracks: fc.option(fc.subarray(TRACKS, { minLength: 1 }), { nil: undefined }) }),
  { minLength: 1, maxLength: 25 },
);

function ladderFile(levels: readonly { rank: number; tracks: string[] | undefined }[]): LadderFile {
  return {
    schema: "pm-ladder/v1",
    name: "Random",
    tracks: TRACKS.map((id) => ({ id, name: id })),
    competencies: [{ id: "craft", name: "Craft" }],
    levels: levels.map((level, index) => ({
      id: `level-${index}`,
      title: `Level ${index}`,
      rank: level.rank,
      summary: "A level.",
      expectations: { craft: 1 },
      ...(level.tracks === undefined ? {} : { tracks: level.tracks }),
    })),
  };
}

describe("default next rungs on any ladder", () => {
  it("match the definition: per track of the level, the lowest-ranked levels above it on that track, in file order", () => {
    fc.assert(
      fc.property(levelsArbitrary, (levels) => {
        const ladder = buildLadder(ladderFile(levels));
        const plain = levels.map((level, index) => ({ id: `level-${index}`, rank: level.rank, tracks: level.tracks ?? TRACKS }));
        for (const level of ladder.levels) {
          const entry = plain.find((candidate) => candidate.id === level.id)!;
          expect(level.next).toEqual(bruteForceNext(plain, entry));
        }
      }),
    );
  });
});

describe("NameMatcher", () => {
  const ids = ["strategy", "execution", "influence", "people-leadership", "data", "Discovery"];

  it("ranks prefixes, then substrings, then small edit distances, ignoring case", () => {
    const matcher = new NameMatcher(ids);
    expect(matcher.closest("strat")).toEqual(["strategy"]);
    expect(matcher.closest("leadership")).toEqual(["people-leadership"]);
    expect(matcher.closest("executoin")).toEqual(["execution"]);
    expect(matcher.closest("DISCOVRY")).toEqual(["Discovery"]);
    expect(matcher.closest("zzzzzzzz")).toEqual([]);
  });

  it("answers a repeated question the same way, and within the limit asked", () => {
    const matcher = new NameMatcher(["level-1", "level-2", "level-3", "level-4"]);
    expect(matcher.closest("level-", 2)).toEqual(["level-1", "level-2"]);
    expect(matcher.closest("level-", 3)).toEqual(["level-1", "level-2", "level-3"]);
    expect(matcher.didYouMean("levle-3")).toBe(' (did you mean "level-3"?)');
    expect(matcher.didYouMean("nothing-like-it")).toBe("");
  });

  it("gives the same answers as the one-shot helper on random names", () => {
    const name = fc.stringMatching(/^[a-z][a-z-]{0,10}$/);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), fc.array(name, { minLength: 1, maxLength: 10 }), (candidates, inputs) => {
        const matcher = new NameMatcher(candidates);
        for (const input of inputs) expect(matcher.closest(input, 5)).toEqual(closestMatches(input, candidates, 5));
      }),
    );
  });

  it("searches a bounded number of distinct names, so 10,000 typos among 1,000 names stay cheap", () => {
    const matcher = new NameMatcher(Array.from({ length: 1000 }, (_, index) => `level-${String(index).padStart(5, "0")}`));
    const hints = Array.from({ length: 10_000 }, (_, index) => matcher.didYouMean(`level-${String(index % 5000).padStart(5, "0")}x`));
    expect(hints[0]).toBe(' (did you mean "level-00000"?)');
    expect(hints[MAX_NAME_SEARCHES - 1]).toBe(' (did you mean "level-00999"?)');
    expect(hints[MAX_NAME_SEARCHES]).toBe("");
    // A name asked before keeps its answer.
    expect(hints[5000]).toBe(' (did you mean "level-00000"?)');
  });
});

describe("duplicate YAML keys", () => {
  it("are found in nested mappings and in mappings inside lists, each at its key", () => {
    const text = ["a: 1", "b:", "  c: 1", "  c: 2", "list:", "  - x: 1", "    x: 2", "a: 3", ""].join("\n");
    const result = parseYamlSource(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.message])).toEqual([
      [4, 3, 'duplicate key "c"; a key may appear only once in a mapping'],
      [7, 5, 'duplicate key "x"; a key may appear only once in a mapping'],
      [8, 1, 'duplicate key "a"; a key may appear only once in a mapping'],
    ]);
  });

  it("compare keys as YAML values: 1 and \"1\" are different keys", () => {
    expect(parseYamlSource('1: a\n"1": b\n').ok).toBe(true);
    expect(parseYamlSource("x: 1\ny: 2\n").ok).toBe(true);
  });

  // How the check's cost grows with the keys: bench/unknown-keys.mjs. yaml's own uniqueKeys
  // check is quadratic: 20,000 keys took 4 s, 50,000 would take ~25 s, past the test's timeout.
  it("are found in a mapping of 50,000 keys", () => {
    const text = `${Array.from({ length: 50_000 }, (_, index) => `key-${index}: ${index}`).join("\n")}\nkey-7: again\n`;
    const result = parseYamlSource(text);
    expect(result.ok ? [] : result.issues.map((issue) => issue.line)).toEqual([50_001]);
  });
});
