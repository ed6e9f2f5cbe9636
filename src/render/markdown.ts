import { oneLine, sanitize } from "./text";

/** Make text safe inside a markdown table cell: markdown characters and pipes escaped, line breaks as <br>. */
export function escapeMarkdownCell(value: string): string {
  return escapeMarkdownText(value).replace(/\r?\n/g, "<br>");
}

/** Escape characters that would start markdown formatting in running text. */
export function escapeMarkdownText(value: string): string {
  return sanitize(value).replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/** escapeMarkdownText for text that must stay on one line: a heading or a list item (a line break would end it). */
export function escapeMarkdownLine(value: string): string {
  return escapeMarkdownText(oneLine(value));
}

export function renderMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
  return [line(header), `|${header.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n") + "\n";
}

export function renderMarkdownList(items: readonly string[]): string {
  return items.map((item) => `- ${escapeMarkdownLine(item)}`).join("\n") + "\n";
}
