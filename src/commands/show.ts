import type { CommandIO } from "../cli/command-io";
import { loadLadderInput } from "../cli/ladder-input";
import { writeView } from "../cli/write-view";
import { resolveLevel } from "../core/resolve";
import { showView } from "../render/views/show";

/** `pm-ladder show LEVEL`: everything about one level. */
export async function runShow(levelName: string, io: CommandIO): Promise<void> {
  const { ladder } = await loadLadderInput(io.global.ladder, io.context);
  await writeView(io, showView({ ladder, level: resolveLevel(ladder, levelName) }, io.theme, io.width), "show");
}
