import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { writeView } from "../cli/write-view";
import { compareLevels } from "../core/compare";
import { nextRungs } from "../core/next";
import { resolveLevel } from "../core/resolve";
import { nextView } from "../render/views/next";
import type { CompareOptions } from "./compare";

/** The same --sort and --layout as `compare`. */
export type NextOptions = CompareOptions;

/** `pm-ladder next LEVEL`: each next rung, per track, with what changes; the top of a track says so. */
export async function runNext(levelName: string, options: NextOptions, io: CommandIO): Promise<void> {
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  const next = nextRungs(ladder, resolveLevel(ladder, levelName));
  const comparisons = next.rungs.map((rung) => compareLevels(ladder, [next.level, rung.level], options.sort));
  await writeView(io, nextView({ ladder, next, comparisons }, options.layout, io.theme, io.width), "next");
}
