import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { writeView } from "../cli/write-view";
import { levelsOnTrack } from "../core/levels";
import { resolveTrack } from "../core/resolve";
import { levelsView } from "../render/views/levels";

export interface LevelsOptions {
  readonly track?: string;
}

/** `pm-ladder levels [--track T]`: the rungs in rank order. */
export async function runLevels(options: LevelsOptions, io: CommandIO): Promise<void> {
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  const track = options.track === undefined ? undefined : resolveTrack(ladder, options.track);
  await writeView(io, levelsView({ ladder, track, levels: levelsOnTrack(ladder, track) }, io.theme, io.width), "levels");
}
