import { displayWidth, oneLine, padDisplay, wrapIndented, wrapText } from "./text";
import type { Theme } from "./theme";

export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
  /** May wrap to make the table fit; other columns keep their natural width. */
  readonly flex?: boolean;
  /** The narrowest a flex column may wrap to, e.g. so that a score line is never split. */
  readonly minWidth?: number;
  /** Colour for this column's cells, applied after alignment. */
  readonly style?: (text: string) => string;
}

/** A cell: one line of text, or several lines given as a list. Each line is shown on one line (tabs and breaks as spaces). */
export type Cell = string | readonly string[];

export interface TableOptions {
  readonly width: number;
  readonly theme: Theme;
}

const GAP = "  ";
const MIN_FLEX_WIDTH = 12;
const BULLET = "• ";

function cellLines(cell: Cell | undefined): string[] {
  return (typeof cell === "string" ? [cell] : (cell ?? [])).map(oneLine);
}

/**
 * Share `available` columns between the flex columns: each gets at least its minimum
 * and at most its natural width, and the narrow ones are satisfied first so that
 * the rest is split evenly, not in proportion to how long each text happens to be.
 */
function shareFlexWidths(natural: readonly number[], minimum: readonly number[], available: number): number[] | undefined {
  const at = (level: number) => natural.map((width, index) => Math.min(width, Math.max(minimum[index] ?? 0, level)));
  const total = (widths: readonly number[]) => widths.reduce((sum, width) => sum + width, 0);
  if (total(at(0)) > available) return undefined;
  let level = 0;
  while (level < Math.max(...natural) && total(at(level + 1)) <= available) level += 1;
  const widths = at(level);
  let left = available - total(widths);
  for (const [index, width] of widths.entries()) {
    if (left > 0 && width < (natural[index] ?? 0)) {
      widths[index] = width + 1;
      left -= 1;
    }
  }
  return widths;
}

function columnWidths(columns: readonly Column[], rows: readonly string[][][], width: number): number[] | undefined {
  const natural = columns.map((column, index) => Math.max(displayWidth(column.header), ...rows.flatMap((row) => (row[index] ?? []).map(displayWidth))));
  const gaps = GAP.length * (columns.length - 1);
  if (natural.reduce((sum, columnWidth) => sum + columnWidth, 0) + gaps <= width) return natural;

  const flexIndexes = columns.flatMap((column, index) => (column.flex ? [index] : []));
  if (flexIndexes.length === 0) return undefined;
  const fixed = natural.reduce((sum, columnWidth, index) => (columns[index]?.flex ? sum : sum + columnWidth), 0);
  const flexNatural = flexIndexes.map((index) => natural[index] ?? 0);
  const flexMinimum = flexIndexes.map((index, position) => Math.min(flexNatural[position] ?? 0, Math.max(MIN_FLEX_WIDTH, columns[index]?.minWidth ?? 0)));
  const shared = shareFlexWidths(flexNatural, flexMinimum, width - fixed - gaps);
  if (!shared) return undefined;
  const widths = [...natural];
  flexIndexes.forEach((index, position) => (widths[index] = shared[position] ?? 0));
  return widths;
}

/** Word-wrap one line of a flex cell; a bulleted line keeps its continuation under the text, not under the bullet. */
function wrapCellLine(line: string, width: number): string[] {
  return line.startsWith(BULLET) ? wrapIndented(line.slice(BULLET.length), width, BULLET) : wrapText(line, width);
}

/** One record a block, `header: value` per line: what a table becomes when the terminal is too narrow for it. */
function renderStacked(columns: readonly Column[], rows: readonly string[][][], { width, theme }: TableOptions): string {
  const labelWidth = Math.max(...columns.map((column) => displayWidth(column.header))) + 2;
  const blocks = rows.map((row) =>
    columns
      .map((column, index) => {
        const lines = (row[index] ?? []).flatMap((line) => wrapCellLine(line, Math.max(10, width - labelWidth)));
        const style = column.style ?? ((text: string) => text);
        return (lines.length > 0 ? lines : [""])
          .map((line, lineIndex) => (lineIndex === 0 ? theme.label(padDisplay(`${column.header}:`, labelWidth)) : " ".repeat(labelWidth)) + style(line))
          .join("\n");
      })
      .join("\n"),
  );
  return `${blocks.join("\n\n")}\n`;
}

function renderColumns(columns: readonly Column[], rows: readonly string[][][], widths: readonly number[], theme: Theme): string {
  const lines: string[] = [];
  const last = columns.length - 1;
  lines.push(
    columns
      .map((column, index) => theme.label(padDisplay(column.header, index === last ? 0 : (widths[index] ?? 0), column.align)))
      .join(GAP)
      .trimEnd(),
  );
  for (const row of rows) {
    const wrapped = columns.map((column, index) => {
      const cell = row[index] ?? [];
      return column.flex ? cell.flatMap((line) => wrapCellLine(line, widths[index] ?? 1)) : cell;
    });
    const height = Math.max(...wrapped.map((cell) => cell.length));
    for (let lineIndex = 0; lineIndex < height; lineIndex += 1) {
      const parts = columns.map((column, index) => {
        const text = wrapped[index]?.[lineIndex] ?? "";
        const padded = index === last && column.align !== "right" ? text : padDisplay(text, widths[index] ?? 0, column.align);
        return column.style && text !== "" ? column.style(padded) : padded;
      });
      lines.push(parts.join(GAP).trimEnd());
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Columns aligned by display width (CJK and emoji line up), flex columns wrapped to
 * fit `width`; undefined when even wrapped they would not fit.
 * Cells are sanitised: ladder text cannot inject terminal escapes.
 */
export function renderColumnsIfFits(columns: readonly Column[], cells: readonly (readonly Cell[])[], options: TableOptions): string | undefined {
  const rows = cells.map((row) => row.map(cellLines));
  const widths = columnWidths(columns, rows, options.width);
  return widths && renderColumns(columns, rows, widths, options.theme);
}

/** A table in columns when it fits `width` (see renderColumnsIfFits), else each row as a stacked block. */
export function renderTable(columns: readonly Column[], cells: readonly (readonly Cell[])[], options: TableOptions): string {
  return renderColumnsIfFits(columns, cells, options) ?? renderStacked(columns, cells.map((row) => row.map(cellLines)), options);
}
