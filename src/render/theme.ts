import type { ChalkInstance } from "chalk";

export type ColorLevel = 0 | 1 | 2 | 3;

/** Semantic colours: call sites say what a thing is, the theme says how it looks. */
export interface Theme {
  readonly enabled: boolean;
  readonly heading: (text: string) => string;
  readonly label: (text: string) => string;
  readonly id: (text: string) => string;
  readonly muted: (text: string) => string;
  readonly accent: (text: string) => string;
  readonly good: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly bad: (text: string) => string;
}

const identity = (text: string) => text;

/**
 * The theme for one colour decision: given a chalk instance, its colours; without
 * one, plain text. (chalk is only loaded when colour is on: in a pipe it is not
 * needed, and loading it costs start-up time.)
 */
export function createTheme(chalk: ChalkInstance | undefined): Theme {
  if (!chalk || chalk.level === 0) {
    return { enabled: false, heading: identity, label: identity, id: identity, muted: identity, accent: identity, good: identity, warn: identity, bad: identity };
  }
  return {
    enabled: true,
    heading: chalk.bold.underline,
    label: chalk.bold,
    id: chalk.cyan,
    muted: chalk.dim,
    accent: chalk.magenta,
    good: chalk.green,
    warn: chalk.yellow,
    bad: chalk.red,
  };
}

export const plainTheme: Theme = createTheme(undefined);

/** Load chalk only when colour is on. */
export async function loadTheme(level: ColorLevel): Promise<Theme> {
  if (level === 0) return plainTheme;
  const { Chalk } = await import("chalk");
  return createTheme(new Chalk({ level }));
}
