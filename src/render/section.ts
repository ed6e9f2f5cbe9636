import { oneLine, wrapText } from "./text";
import type { Theme } from "./theme";

/** A section's heading in a table output: after a blank line, on one line or wrapped to `width`. */
export function section(title: string, theme: Theme, width: number): string {
  return `\n${wrapText(oneLine(title), width).map((line) => theme.heading(line)).join("\n")}\n`;
}
