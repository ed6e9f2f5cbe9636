const NAMED: Readonly<Record<string, string>> = { t: "\t", n: "\n", r: "\r", "\\": "\\" };

/** Read TSV as pm-ladder writes it: a header line, then records; \t \n \r \\ \xHH \uHHHH escapes undone. */
export function readTsv(text: string): Record<string, string>[] {
  const unescape = (field: string) =>
    field.replace(/\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|([tnr\\]))/g, (_, hex2?: string, hex4?: string, named?: string) =>
      named !== undefined ? (NAMED[named] ?? named) : String.fromCharCode(parseInt((hex2 ?? hex4)!, 16)),
    );
  const [header, ...lines] = text.replace(/\n$/, "").split("\n").map((line) => line.split("\t").map(unescape));
  if (!header) return [];
  for (const line of lines) if (line.length !== header.length) throw new Error(`TSV record has ${line.length} fields, header has ${header.length}: ${line.join("|")}`);
  return lines.map((line) => Object.fromEntries(header.map((name, index) => [name, line[index] ?? ""])));
}
