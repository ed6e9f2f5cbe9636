/** Read TSV as pm-ladder writes it: a header line, then records; \t \n \r \\ escapes undone. */
export function readTsv(text: string): Record<string, string>[] {
  const unescape = (field: string) => field.replace(/\\([tnr\\])/g, (_, char: string) => ({ t: "\t", n: "\n", r: "\r", "\\": "\\" })[char] ?? char);
  const [header, ...lines] = text.replace(/\n$/, "").split("\n").map((line) => line.split("\t").map(unescape));
  if (!header) return [];
  for (const line of lines) if (line.length !== header.length) throw new Error(`TSV record has ${line.length} fields, header has ${header.length}: ${line.join("|")}`);
  return lines.map((line) => Object.fromEntries(header.map((name, index) => [name, line[index] ?? ""])));
}
