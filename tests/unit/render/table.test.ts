import { describe, expect, it } from "vitest";
import { renderTable } from "../../../src/render/table";
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
});
