import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Ladder } from "../ladder/model";

/** The package root: the nearest folder above this module that holds the shipped ladder.yaml. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "ladder.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("pm-ladder: the shipped ladder.yaml is missing from the package");
    dir = parent;
  }
}

export const DEFAULT_LADDER_LABEL = "ladder.yaml (built-in)";

export function defaultLadderPath(): string {
  return join(packageRoot(), "ladder.yaml");
}

/**
 * The shipped ladder. The build validates it and writes its model as JSON, so the
 * common path reads JSON and never loads yaml or zod; if ladder.yaml changed since
 * the build (or there was none), it goes through the full loader instead.
 */
export async function loadDefaultLadder(): Promise<Ladder> {
  const root = packageRoot();
  const sourcePath = join(root, "ladder.yaml");
  const compiledPath = join(root, "dist", "default-ladder.json");
  const compiled = statSync(compiledPath, { throwIfNoEntry: false });
  if (compiled && compiled.mtimeMs >= statSync(sourcePath).mtimeMs) {
    return JSON.parse(readFileSync(compiledPath, "utf8")) as Ladder;
  }
  const { loadLadder } = await import("../ladder/load");
  return loadLadder(readFileSync(sourcePath, "utf8"), DEFAULT_LADDER_LABEL).ladder;
}
