import { InvalidFileError } from "../errors";
import type { Issue } from "../issues";
import { loadLadder } from "./load";
import type { Ladder } from "./model";

export interface ValidationResult {
  readonly file: string;
  readonly strict: boolean;
  /** No errors, and with `strict` no warnings either. */
  readonly valid: boolean;
  readonly issues: readonly Issue[];
  readonly ladder: Ladder | undefined;
}

/** Check a ladder's text: every error, or the lint warnings of a loadable ladder. Never throws for a bad file. */
export function validateLadderText(text: string, file: string, strict: boolean): ValidationResult {
  try {
    const { ladder, warnings } = loadLadder(text, file);
    const issues = strict ? warnings.map((issue) => ({ ...issue, severity: "error" as const })) : warnings;
    return { file, strict, valid: !strict || warnings.length === 0, issues, ladder };
  } catch (error) {
    if (error instanceof InvalidFileError) return { file, strict, valid: false, issues: error.issues, ladder: undefined };
    throw error;
  }
}
