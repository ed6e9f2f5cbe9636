/** A position in a parsed file: keys of mappings and indexes of lists. */
export type IssuePath = readonly (string | number)[];

export type Severity = "error" | "warning";

/** One problem found in a file, located where possible. */
export interface Issue {
  readonly path: IssuePath;
  readonly message: string;
  readonly severity: Severity;
  /** 1-based line and column; absent when the problem has no place in the text. */
  readonly line?: number;
  readonly column?: number;
}

/** An issue before it is located: what the schema and the rules produce. */
export interface PathMessage {
  readonly path: IssuePath;
  readonly message: string;
  /** Point at the key itself (e.g. an unknown key) rather than at its value. */
  readonly atKey?: boolean;
}

/** `levels[3].expectations.strategy`; `(document)` for the whole file. */
export function formatPath(path: IssuePath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === "" ? "(document)" : text;
}

/** `FILE:LINE:COL  path  message`, the line every problem is reported as. */
export function formatIssue(file: string, issue: Issue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  const tag = issue.severity === "warning" ? "warning: " : "";
  return `${where}  ${formatPath(issue.path)}  ${tag}${issue.message}`;
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === "error") errors += 1;
  return { errors, warnings: issues.length - errors };
}
