import { readFileSync } from "node:fs";
import { loadLadder } from "../../src/ladder/load";
import type { Ladder } from "../../src/ladder/model";
import { fixture } from "./run-cli";

/** Load a fixture ladder through the real loader. */
export function loadFixtureLadder(name: string): Ladder {
  return loadLadder(readFileSync(fixture(`ladders/${name}`), "utf8"), name).ladder;
}

export function readFixture(name: string): string {
  return readFileSync(fixture(name), "utf8");
}
