import { displayWidth, padDisplay, sanitize, wrapText } from "./text";
import type { Theme } from "./theme";

export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
  /** May wrap to make the table fit; other columns keep their natural width. */
  readonly flex?: boolean;
  /** Colour for this column's cells, applied after alignment. */
  readonly style?: (text: string) => string;
}

export interface TableOptions {
  readonly width: number;
  readonly theme: Theme;
}

const GAP = "  ";
const MIN_FLEX_WIDTH = 12;

function columnWidths(columns: readonly Column[], rows: readonly string[][], width: number): number[] | undefined {
  const natural = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => Math.max(...(row[index] ?? "").split("\n").map(displayWidth)))),
  );
  const total = natural.reduce((sum, columnWidth) => sum + columnWidth, 0) + GAP.length * (columns.length - 1);
  if (total <= width) return natural;

  const flexIndexes = columns.flatMap((column, index) => (column.flex ? [index] : []));
  const fixed = natural.reduce((sum, columnWidth, index) => (columns[index]?.flex ? sum : sum + columnWidth), 0);
  const available = width - fixed - GAP.length * (columns.length - 1);
  if (flexIndexes.length === 0 || available < MIN_FLEX_WIDTH * flexIndexes.length) return undefined;

  const flexNatural = flexIndexes.reduce((sum, index) => sum + (natural[index] ?? 0), 0);
  const widths = [...natural];
  let left = available;
  flexIndexes.forEach((index, position) => {
    const share = position === flexIndexes.length - 1 ? left : Math.max(MIN_FLEX_WIDTH, Math.floor((available * (natural[index] ?? 0)) / flexNatural));
    widths[index] = Math.min(natural[index] ?? share, share);
    left -= widths[index] ?? 0;
  });
  return widths;
}

/** One record a block, `header: value` per line: what a table becomes when the terminal is too narrow for it. */
function renderStacked(columns: readonly Column[], rows: readonly string[][], { width, theme }: TableOptions): string {
  const labelWidth = Math.max(...columns.map((column) => displayWidth(column.header))) + 2;
  const blocks = rows.map((row) =>
    columns
      .map((column, index) => {
        const lines = wrapText(row[index] ?? "", Math.max(10, width - labelWidth));
        const style = column.style ?? ((text: string) => text);
        return lines
          .map((line, lineIndex) => (lineIndex === 0 ? theme.label(padDisplay(`${column.header}:`, labelWidth)) : " ".repeat(labelWidth)) + style(line))
          .join("\n");
      })
      .join("\n"),
  );
  return `${blocks.join("\n\n")}\n`;
}

/**
 * Columns aligned by display width (CJK and emoji line up), flex columns wrapped
 * to fit `width`; too narrow for that, each row becomes a stacked block instead.
 * Cells are sanitised: ladder text cannot inject terminal escapes.
 */
export function renderTable(columns: readonly Column[], rawRows: readonly string[][], options: TableOptions): string {
  const rows = rawRows.map((row) => row.map(sanitize));
  const widths = columnWidths(columns, rows, options.width);
  if (!widths) return renderStacked(columns, rows, options);

  const lines: string[] = [];
  const last = columns.length - 1;
  lines.push(
    columns
      .map((column, index) => {
        const text = padDisplay(column.header, index === last ? 0 : (widths[index] ?? 0), column.align);
        return options.theme.label(text);
      })
      .join(GAP),
  );
  for (const row of rows) {
    const cellLines = columns.map((column, index) => {
      const text = row[index] ?? "";
      return column.flex ? text.split("\n").flatMap((part) => wrapText(part, widths[index] ?? 1)) : text.split("\n");
    });
    const height = Math.max(...cellLines.map((cell) => cell.length));
    for (let lineIndex = 0; lineIndex < height; lineIndex += 1) {
      const parts = columns.map((column, index) => {
        const text = cellLines[index]?.[lineIndex] ?? "";
        const padded = index === last && column.align !== "right" ? text : padDisplay(text, widths[index] ?? 0, column.align);
        return column.style && text !== "" ? column.style(padded) : padded;
      });
      lines.push(parts.join(GAP).trimEnd());
    }
  }
  return `${lines.join("\n")}\n`;
}
