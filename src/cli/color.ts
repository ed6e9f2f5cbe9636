import type { ColorLevel } from "../render/theme";

/**
 * The one colour decision of a run: `--no-color` > NO_COLOR (non-empty) >
 * FORCE_COLOR > TERM=dumb > whether the stream is a terminal. chalk ignores
 * NO_COLOR, so it never decides on its own.
 */
export function decideColor(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, isTTY: boolean): ColorLevel {
  if (argv.includes("--no-color")) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const level = Number.parseInt(force, 10);
    return level >= 1 && level <= 3 ? (level as ColorLevel) : 1;
  }
  if (env.TERM === "dumb" || !isTTY) return 0;
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  return env.TERM?.includes("256") ? 2 : 1;
}
