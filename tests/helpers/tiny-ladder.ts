import { loadLadder } from "../../src/ladder/load";
import type { Ladder } from "../../src/ladder/model";
import { loadFixtureLadder } from "./ladders";

/**
 * tests/fixtures/ladders/assess-small.yaml: a ladder small enough to score by hand. Scale 1..5, threshold 0.9.
 * junior (1) a2 b2 · mid (2) a3 b3 · staff (3, ic) a5 b4 · lead (3, management) a4 b5.
 * Questions: a-choice (scores 1, 3, 5) and a-rating on `a`; b-choice (scores 2, 4) on `b`;
 * two track questions, each option 1 = ic, 2 = management.
 */
export function tinyLadder(): Ladder {
  return loadFixtureLadder("assess-small.yaml");
}

/** Load a ladder from inline YAML through the real loader. */
export function inlineLadder(yaml: string): Ladder {
  return loadLadder(yaml, "inline.yaml").ladder;
}
