const SPECIAL = /[\\\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/**
 * Escape a value so that it stays one TSV field and is safe on a terminal:
 * backslash, tab, newline and carriage return as \\ \t \n \r, any other control
 * character as \xHH (bidirectional controls as \uHHHH). Reversible.
 */
export function escapeTsvField(value: string): string {
  return value.replace(SPECIAL, (char) => {
    const named = NAMED[char];
    if (named !== undefined) return named;
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** A header line, then one record a line, fields separated by tabs. */
export function renderTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeTsvField).join("\t")).join("\n") + "\n";
}
