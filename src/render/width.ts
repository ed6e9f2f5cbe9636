import { eastAsianWidth } from "get-east-asian-width";

// string-width would be the obvious choice, but it builds an Intl.Segmenter (ICU
// data: ~20 ms) and compiles large Unicode-property regexes when loaded, which
// alone would blow the start-up budget. Cells here are short labels and
// sentences, so code-point rules over get-east-asian-width's tables suffice.

// Characters one column wide under the rules below, whatever surrounds them: printable
// ASCII, Latin, Greek, Cyrillic and Armenian letters, punctuation such as – — ’ “ …, arrows,
// box drawing, blocks and geometric shapes (the bars ███░░ and marks ▲ ▼). A text of only
// these is as wide as it is long; checking that is one native regex test, and it keeps the
// per-character loop so rarely run that V8 never spends a start-up optimising it.
const NARROW = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u058F\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC]*$/;
const SGR = /\u001B\[[0-9;]*m/g;

function isZeroWidth(codePoint: number): boolean {
  return (
    (codePoint >= 0x0300 && codePoint <= 0x036f) || // combining diacritical marks
    (codePoint >= 0x0483 && codePoint <= 0x0489) || // combining Cyrillic marks
    (codePoint >= 0x1ab0 && codePoint <= 0x1aff) ||
    (codePoint >= 0x1dc0 && codePoint <= 0x1dff) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) || // zero-width space/joiners, direction marks
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0x20d0 && codePoint <= 0x20ff) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || // variation selectors
    (codePoint >= 0xfe20 && codePoint <= 0xfe2f) ||
    codePoint === 0x00ad ||
    codePoint === 0xfeff ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || // skin-tone modifiers join the emoji before them
    (codePoint >= 0xe0000 && codePoint <= 0xe0fff) || // tags, variation selectors supplement
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint < 0xa0)
  );
}

function isEmoji(codePoint: number): boolean {
  return (codePoint >= 0x1f300 && codePoint <= 0x1faff) || (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff);
}

/** Terminal columns a string takes: CJK and emoji count double, combining marks and colour codes zero. */
export function displayWidth(text: string): number {
  const visible = text.includes("\u001B") ? text.replace(SGR, "") : text;
  if (NARROW.test(visible)) return visible.length;
  let width = 0;
  let joined = false;
  for (const char of visible) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint === 0x200d) {
      joined = true; // the next code point is part of the same emoji (ZWJ sequence)
      continue;
    }
    if (joined) {
      joined = false;
      continue;
    }
    if (isZeroWidth(codePoint)) continue;
    width += isEmoji(codePoint) ? 2 : eastAsianWidth(codePoint);
  }
  return width;
}
