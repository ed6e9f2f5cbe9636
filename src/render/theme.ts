import { Chalk, type ChalkInstance } from "chalk";

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

export function createTheme(level: ColorLevel): Theme {
  const chalk: ChalkInstance = new Chalk({ level });
  return {
    enabled: level > 0,
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

export const plainTheme: Theme = createTheme(0);
