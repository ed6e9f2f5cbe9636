import type { ValidationResult } from "../../ladder/validate";
import { countBySeverity, formatIssue, formatPath } from "../../issues";
import { sanitize } from "../text";
import type { Theme } from "../theme";
import type { View } from "../view";
import { plural } from "../../words/plural";

/** The JSON shape of `validate`. */
export function validationData(result: ValidationResult) {
  const { errors, warnings } = countBySeverity(result.issues);
  return {
    file: result.file,
    valid: result.valid,
    strict: result.strict,
    errors,
    warnings,
    issues: result.issues.map((issue) => ({
      severity: issue.severity,
      line: issue.line ?? null,
      column: issue.column ?? null,
      path: formatPath(issue.path),
      message: issue.message,
    })),
    counts: result.ladder
      ? {
          tracks: result.ladder.tracks.length,
          levels: result.ladder.levels.length,
          competencies: result.ladder.competencies.length,
          questions: result.ladder.questions.length,
        }
      : null,
  };
}

function renderValidationText(result: ValidationResult, theme: Theme): string {
  const lines = result.issues.map((issue) => {
    const line = sanitize(formatIssue(result.file, issue));
    return issue.severity === "error" ? theme.bad(line) : theme.warn(line);
  });
  const { errors, warnings } = countBySeverity(result.issues);
  const ladder = result.ladder;
  if (result.valid && ladder) {
    const counts = `${plural(ladder.levels.length, "level")}, ${plural(ladder.competencies.length, "competency", "competencies")}, ${plural(ladder.questions.length, "question")}`;
    lines.push(`${theme.good("ok")}: ${counts}${warnings > 0 ? `, ${plural(warnings, "warning")}` : ""}`);
  } else {
    lines.push(`${theme.bad("invalid")}: ${plural(errors, "error")}${warnings > 0 ? `, ${plural(warnings, "warning")}` : ""}${result.strict ? " (--strict: warnings count as errors)" : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

export function validationView(result: ValidationResult, theme: Theme): View {
  return {
    data: () => validationData(result),
    table: () => renderValidationText(result, theme),
  };
}
