import { describe, expect, it } from "vitest";
import { renderBar, scoreLabel, formatScore } from "../../../src/render/bar";
import { escapeMarkdownCell, renderMarkdownList, renderMarkdownTable } from "../../../src/render/markdown";
import { oneLine, sanitize, wrapText } from "../../../src/render/text";
import { renderTsv } from "../../../src/render/tsv";

describe("renderTsv", () => {
  it("writes a header and one record a line, escaping tabs, newlines and backslashes", () => {
    expect(renderTsv(["a", "b"], [["x\ty", "line1\nline2\\"]])).toBe("a\tb\nx\\ty\tline1\\nline2\\\\\n");
  });

  it("escapes every other control character as \\xHH and bidirectional controls as \\uHHHH", () => {
    expect(renderTsv(["a"], [["\u001b[2J\r\u0007\u009b\u202eX\u2066"]])).toBe("a\n\\x1b[2J\\r\\x07\\x9b\\u202eX\\u2066\n");
    expect(renderTsv(["a"], [["\u200fX\u200e\u061c"]])).toBe("a\n\\u200fX\\u200e\\u061c\n");
  });
});

describe("markdown", () => {
  it("escapes pipes and line breaks in cells", () => {
    expect(escapeMarkdownCell("a|b\nc")).toBe("a\\|b<br>c");
  });

  it("escapes emphasis and HTML in cells, as in running text, so a ladder's text reaches a wiki as text", () => {
    expect(escapeMarkdownCell("Be|ta *md* <b>html</b>")).toBe("Be\\|ta \\*md\\* \\<b\\>html\\</b\\>");
  });

  it("keeps a list item with a line break in it one item", () => {
    expect(renderMarkdownList(["Name with\na break", "# not a heading\r\n- nor an item"])).toBe("- Name with a break\n- \\# not a heading - nor an item\n");
  });

  it("renders a table with a separator row", () => {
    expect(renderMarkdownTable(["A", "B"], [["1", "2"]])).toBe("| A | B |\n| --- | --- |\n| 1 | 2 |\n");
  });
});

describe("oneLine", () => {
  it("makes tabs and line breaks spaces, so one-line text measures and shows as it prints", () => {
    expect(oneLine("One\ttab\r\nand\nbreaks\u2028\u001b[2J")).toBe("One tab and breaks ^[[2J");
  });
});

describe("sanitize", () => {
  it.each([
    ["clear screen", "\u001b[2J", "^[[2J"],
    ["window title (OSC)", "\u001b]0;pwned\u0007", "^[]0;pwned^G"],
    ["C1 CSI", "\u009b31m", "\\x9b31m"],
    ["carriage return", "a\rb", "a^Mb"],
    ["backspace", "ab\b\b", "ab^H^H"],
    ["right-to-left override", "a\u202Eb", "a<U+202E>b"],
    ["right-to-left, left-to-right and Arabic letter marks", "a\u200Fb\u200Ec\u061Cd", "a<U+200F>b<U+200E>c<U+061C>d"],
    ["first-strong isolate", "a\u2068b\u2069", "a<U+2068>b<U+2069>"],
  ])("shows %s as visible text", (_name, input, shown) => {
    expect(sanitize(input)).toBe(shown);
  });

  it("keeps tabs, newlines and Unicode text, right-to-left scripts included", () => {
    expect(sanitize("a\tb\n高级 🎨 שלום مرحبا")).toBe("a\tb\n高级 🎨 שלום مرحبا");
  });
});

describe("bars and scores", () => {
  it("draws one cell per point of the scale", () => {
    expect(renderBar(3, { min: 1, max: 5 })).toBe("███░░");
    expect(renderBar(0, { min: 0, max: 3 })).toBe("░░░");
    expect(renderBar(3.5, { min: 1, max: 5 })).toBe("███▌░");
  });

  it("clamps scores outside the scale", () => {
    expect(renderBar(9, { min: 1, max: 5 })).toBe("█████");
  });

  it("draws a scale that starts high from the point below its minimum", () => {
    expect(renderBar(101, { min: 101, max: 105 })).toBe("█░░░░");
    expect(renderBar(105, { min: 101, max: 105 })).toBe("█████");
    expect(renderBar(-2, { min: -2, max: 2 })).toBe("░░░░");
  });

  it("draws a long scale in proportion on ten cells, whatever its length", () => {
    expect(renderBar(50, { min: 1, max: 100 })).toBe("█████░░░░░");
    expect(renderBar(1_000_000_000, { min: 1, max: 1_000_000_000 })).toBe("██████████");
    expect(renderBar(1, { min: 1, max: 1_000_000_000 })).toBe("░░░░░░░░░░");
    expect(renderBar(7, { min: 0, max: 10 })).toBe("███████░░░");
  });

  it("labels whole scores and rounds the rest", () => {
    expect(scoreLabel(3, { labels: { 3: "Proficient" } })).toBe("3 Proficient");
    expect(scoreLabel(3.333, { labels: { 3: "Proficient" } })).toBe("3.33");
    expect(formatScore(2)).toBe("2");
  });
});

describe("wrapText", () => {
  it("wraps at word boundaries by display width", () => {
    expect(wrapText("高级设计师 高级设计师", 10)).toEqual(["高级设计师", "高级设计师"]);
  });
});
