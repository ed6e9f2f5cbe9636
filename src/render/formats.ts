/** Every output format a command may offer (`--format`). */
export const FORMATS = ["table", "json", "yaml", "tsv", "markdown"] as const;
export type Format = (typeof FORMATS)[number];
