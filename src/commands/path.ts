import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { writeView } from "../cli/write-view";
import { compareLevels } from "../core/compare";
import { requireDistinct, resolveDistinctLevels } from "../core/distinct-levels";
import { findPath } from "../core/path";
import { resolveTrack } from "../core/resolve";
import { pathView } from "../render/views/path";
import type { CompareOptions } from "./compare";

export interface PathOptions extends Pick<CompareOptions, "sort"> {
  readonly track?: string;
}

/** `pm-ladder path FROM TO [--track T]`: the rungs between two levels along a track, with what each step adds. */
export async function runPath(fromName: string, toName: string, options: PathOptions, io: CommandIO): Promise<void> {
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  const [from, to] = requireDistinct(resolveDistinctLevels(ladder, [fromName, toName]), 2, "path");
  const track = options.track === undefined ? undefined : resolveTrack(ladder, options.track);
  const path = findPath(ladder, from!, to!, track);
  const comparison = compareLevels(ladder, path.levels, options.sort);
  await writeView(io, pathView({ ladder, path, comparison }, io.theme, io.width), "path");
}
