import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../../src/render/width";

describe("displayWidth", () => {
  it.each([
    ["plain ASCII", "Senior PM", 9],
    ["CJK", "高级设计师", 10],
    ["emoji", "Designer 🎨", 11],
    ["combining accent", "e\u0301", 1],
    ["ZWJ family emoji", "👨‍👩‍👧", 2],
    ["skin tone", "👍🏽", 2],
    ["colour codes", "\u001b[31mred\u001b[39m", 3],
    ["bars and dashes", "███▌░ 1–5 •", 11],
  ])("%s", (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("agrees with string-width on text made of ASCII, Latin, Greek, Cyrillic, punctuation, arrows, box drawing, CJK, kana and common emoji", () => {
    const char = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0xa0, max: 0x17f }),
      fc.integer({ min: 0x370, max: 0x52f }),
      fc.integer({ min: 0x2010, max: 0x205e }),
      fc.integer({ min: 0x2190, max: 0x21ff }),
      fc.integer({ min: 0x2500, max: 0x25ff }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0x3041, max: 0x3096 }),
      fc.integer({ min: 0xac00, max: 0xd7a3 }),
      fc.constantFrom(0x1f3a8, 0x1f680, 0x1f600, 0x2705, 0x2b50),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (codePoints) => {
        const text = String.fromCodePoint(...codePoints);
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 1_000 },
    );
  });
});
