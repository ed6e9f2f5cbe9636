import { InvalidFileError } from "../errors";
import { loadLadder } from "./load";
import type { Ladder } from "./model";

/** Build time: the shipped ladder must load with no error and no lint warning (`validate --strict`). */
export function compileLadder(text: string, file: string): Ladder {
  const { ladder, warnings } = loadLadder(text, file);
  if (warnings.length > 0) throw new InvalidFileError(file, "ladder (strict)", warnings);
  return ladder;
}
