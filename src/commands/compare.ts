import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { writeView } from "../cli/write-view";
import { compareLevels, type CompareOrder } from "../core/compare";
import { describeSameLevel, requireDistinct, resolveDistinctLevels } from "../core/distinct-levels";
import { sanitize } from "../render/text";
import type { Layout } from "../render/views/compare-parts";
import { compareView } from "../render/views/compare";

export interface CompareOptions {
  readonly sort: CompareOrder;
  readonly layout: Layout;
}

/**
 * `pm-ladder compare A B [C…]`: levels side by side, in the order named. Names of
 * the same level are compared once, with a note on stderr; fewer than two distinct
 * levels is an error.
 */
export async function runCompare(names: readonly string[], options: CompareOptions, io: CommandIO): Promise<void> {
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  const distinct = resolveDistinctLevels(ladder, names);
  const levels = requireDistinct(distinct, 2, "compare");
  for (const same of distinct.duplicates) io.err(`note: ${sanitize(describeSameLevel(same))}; comparing it once\n`);
  const comparison = compareLevels(ladder, levels, options.sort);
  await writeView(io, compareView({ ladder, comparison }, options.layout, io.theme, io.width), "compare");
}
