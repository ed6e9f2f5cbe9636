import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";

// C0 and C1 control characters except tab and newline, and DEL.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text from a ladder is untrusted when it reaches a terminal: control characters
 * (ESC and so every ANSI sequence) are shown as visible escapes, never obeyed.
 */
export function sanitize(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 ? `^${String.fromCharCode(code + 0x40)}` : `\\x${code.toString(16).padStart(2, "0")}`;
  });
}

/** Terminal columns a string takes (CJK and emoji count double, ANSI codes zero). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export function padDisplay(text: string, width: number, align: "left" | "right" = "left"): string {
  const padding = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + padding : padding + text;
}

/** Word-wrap to `width` columns; words longer than a line are broken. */
export function wrapText(text: string, width: number): string[] {
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true }).split("\n");
}

/** Wrap with a prefix on the first line and the same indent on the others. */
export function wrapIndented(text: string, width: number, firstPrefix: string, indent = " ".repeat(displayWidth(firstPrefix))): string[] {
  const lines = wrapText(text, width - displayWidth(indent));
  return lines.map((line, index) => (index === 0 ? firstPrefix : indent) + line);
}
