/** Escape a value so that it stays one TSV field: backslash, tab, newline and carriage return. */
export function escapeTsvField(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** A header line, then one record a line, fields separated by tabs. */
export function renderTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeTsvField).join("\t")).join("\n") + "\n";
}
