import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { requireDistinct, resolveDistinctLevels } from "../cli/level-names";
import { writeView } from "../cli/write-view";
import { compareLevels } from "../core/compare";
import { findPath, type NoPath } from "../core/path";
import { resolveTrack } from "../core/resolve";
import { UserError } from "../errors";
import type { Level } from "../ladder/model";
import { pathView } from "../render/views/path";
import type { CompareOptions } from "./compare";

export interface PathOptions extends Pick<CompareOptions, "sort"> {
  readonly track?: string;
}

/** What to run instead when there is no path. */
function insteadHint(instead: NoPath["instead"], from: Level, to: Level): string {
  switch (instead.kind) {
    case "compare":
      return `compare them instead: pm-ladder compare ${from.id} ${to.id}`;
    case "reverse":
      return `turn it round: pm-ladder path ${to.id} ${from.id}`;
    case "track":
      return `leave out --track, or pass --track ${instead.track}`;
    case "next":
      return `see where ${from.id} leads: pm-ladder next ${from.id}`;
  }
}

/** `pm-ladder path FROM TO [--track T]`: the rungs between two levels along a track, with what each step adds. */
export async function runPath(fromName: string, toName: string, options: PathOptions, io: CommandIO): Promise<void> {
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  const [from, to] = requireDistinct(resolveDistinctLevels(ladder, [fromName, toName]), 2, "path");
  const track = options.track === undefined ? undefined : resolveTrack(ladder, options.track);
  const path = findPath(ladder, from!, to!, track);
  if ("message" in path) throw new UserError(path.message, { hint: insteadHint(path.instead, from!, to!) });
  const comparison = compareLevels(ladder, path.levels, options.sort);
  await writeView(io, pathView({ ladder, path, comparison }, io.theme, io.width), "path");
}
