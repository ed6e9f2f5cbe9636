import type { Issue } from "../issues";
import type { Ladder } from "../ladder/model";
import { DEFAULT_LADDER_LABEL, loadDefaultLadder } from "../io/default-ladder";
import { readTextInput } from "../io/read-input";
import type { CliContext } from "./context";

export interface LadderInput {
  readonly ladder: Ladder;
  readonly label: string;
  readonly warnings: readonly Issue[];
}

/** The ladder a command works on: `--ladder FILE` (or `-`) through the full loader, else the shipped one. */
export async function loadLadderInput(path: string | undefined, context: CliContext): Promise<LadderInput> {
  if (path === undefined) return { ladder: await loadDefaultLadder(), label: DEFAULT_LADDER_LABEL, warnings: [] };
  const { text, label } = await readTextInput(path, context, "ladder");
  const { loadLadder } = await import("../ladder/load");
  return { ...loadLadder(text, label), label };
}
