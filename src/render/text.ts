import { displayWidth } from "./width";

export { displayWidth };

// C0 and C1 control characters except tab and newline, DEL, and the bidirectional
// embeddings, overrides, isolates and marks (the Bidi_Control characters: they reorder the text around them on screen).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, "0")}`;
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/**
 * Text from a ladder is untrusted when it reaches a terminal: control characters
 * (ESC and so every ANSI sequence) are shown as visible escapes, never obeyed.
 */
export function sanitize(text: string): string {
  return text.replace(CONTROL, visibleEscape);
}

// A tab would jump to the terminal's next tab stop and a line break would end the row or
// list item it sits in; \r\n is one break.
const TAB_OR_LINE_BREAK = /\r\n|[\t\n\r\u2028\u2029]/g;

/** Text shown where it must stay one line (a table cell, a list item, a heading): sanitised, each tab or line break a space. */
export function oneLine(text: string): string {
  return sanitize(text.replace(TAB_OR_LINE_BREAK, " "));
}

export function padDisplay(text: string, width: number, align: "left" | "right" = "left"): string {
  const padding = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + padding : padding + text;
}

/** Split a word wider than `width` into pieces that fit. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece !== "" && displayWidth(piece + char) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  return piece === "" ? pieces : [...pieces, piece];
}

/** Word-wrap plain text to `width` columns (by display width); words longer than a line are broken. */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      const wordWidth = displayWidth(word);
      if (line !== "" && lineWidth + 1 + wordWidth <= limit) {
        line += ` ${word}`;
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (line !== "") lines.push(line);
      const pieces = wordWidth > limit ? breakWord(word, limit) : [word];
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? "";
      lineWidth = displayWidth(line);
    }
    lines.push(line);
  }
  return lines;
}

/** Wrap with a prefix on the first line and an indent on the others; every line fits `width`, whichever of the two is wider. */
export function wrapIndented(text: string, width: number, firstPrefix: string, indent = " ".repeat(displayWidth(firstPrefix))): string[] {
  const lines = wrapText(text, width - Math.max(displayWidth(firstPrefix), displayWidth(indent)));
  return lines.map((line, index) => (index === 0 ? firstPrefix : indent) + line);
}
