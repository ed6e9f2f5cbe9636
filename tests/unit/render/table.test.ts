import { describe, expect, it } from "vitest";
import { renderColumnsIfFits, renderTable } from "../../../src/render/table";
import { displayWidth } from "../../../src/render/text";
import { Chalk } from "chalk";
import { createTheme, plainTheme } from "../../../src/render/theme";

const columns = [{ header: "ID" }, { header: "TITLE" }, { header: "SUMMARY", flex: true }] as const;

describe("renderTable", () => {
  it("aligns columns by display width, so CJK and emoji titles line up", () => {
    const text = renderTable(columns, [["a", "高级设计师", "x"], ["b", "Designer 🎨", "y"], ["c", "Plain", "z"]], { width: 80, theme: plainTheme });
    expect(text).toBe(
      [
        "ID  TITLE        SUMMARY",
        "a   高级设计师   x",
        "b   Designer 🎨  y",
        "c   Plain        z",
        "",
      ].join("\n"),
    );
  });

  it("wraps the flex column to fit the width", () => {
    const summary = "one two three four five six seven eight nine ten";
    const text = renderTable(columns, [["a", "Title", summary]], { width: 30, theme: plainTheme });
    const lines = text.trimEnd().split("\n");
    expect(lines.every((line) => displayWidth(line) <= 30)).toBe(true);
    expect(lines.slice(1).map((line) => line.slice(11).trim()).join(" ")).toBe(summary);
  });

  it("stacks records when even a wrapped table would not fit", () => {
    const text = renderTable(columns, [["a", "A very long title indeed", "Summary text"]], { width: 20, theme: plainTheme });
    expect(text).toBe(["ID:      a", "TITLE:   A very long", "         title", "         indeed", "SUMMARY: Summary", "         text", ""].join("\n"));
  });

  it("neutralises escape sequences in cells", () => {
    const text = renderTable(columns, [["a", "\u001b[2JBoom", "ok"]], { width: 80, theme: plainTheme });
    expect(text).not.toContain("\u001b");
    expect(text).toContain("^[[2JBoom");
  });

  it("colours only when the theme is enabled", () => {
    expect(renderTable(columns, [["a", "b", "c"]], { width: 80, theme: createTheme(new Chalk({ level: 1 })) })).toContain("\u001b[");
    expect(renderTable(columns, [["a", "b", "c"]], { width: 80, theme: plainTheme })).not.toContain("\u001b[");
  });

  it("shows a tab or a line break in a one-line cell as a space, and aligns the row by it", () => {
    const text = renderTable(columns, [["a", "One\ttab", "x"], ["b", "Two\nlines", "y"], ["c", "CR\r\nLF", "z"]], { width: 80, theme: plainTheme });
    expect(text).toBe(["ID  TITLE      SUMMARY", "a   One tab    x", "b   Two lines  y", "c   CR LF      z", ""].join("\n"));
  });

  it("keeps a flex column at its minimum width, and does not fit when that minimum cannot be met", () => {
    const scored = [{ header: "NAME" }, { header: "SCORE", flex: true, minWidth: 18 }] as const;
    const rows = [["Strategy", "██░░░ 2 Developing and then a long explanation"]];
    const fitted = renderColumnsIfFits(scored, rows, { width: 30, theme: plainTheme })!;
    expect(fitted.split("\n")[1]).toBe("Strategy  ██░░░ 2 Developing");
    expect(renderColumnsIfFits(scored, rows, { width: 27, theme: plainTheme })).toBeUndefined();
  });

  it("splits the width evenly between flex columns rather than by the length of their texts", () => {
    const two = [{ header: "" }, { header: "A", flex: true }, { header: "B", flex: true }] as const;
    const text = renderTable(two, [["X", "short text of some words here", "a much longer text ".repeat(8)]], { width: 50, theme: plainTheme });
    const lines = text.trimEnd().split("\n");
    expect(lines[1]).toBe("X  short text of some       a much longer text a");
    expect(lines.every((line) => displayWidth(line) <= 50)).toBe(true);
  });

  it("wraps a bulleted line under its text, not under its bullet", () => {
    const text = renderTable([{ header: "" }, { header: "LIST", flex: true }], [["X", ["• one two three four five", "• six"]]], { width: 16, theme: plainTheme });
    expect(text).toBe(["   LIST", "X  • one two", "     three four", "     five", "X  • six".replace("X", " "), ""].join("\n"));
  });
});
