import * as z from "zod";
import type { PathMessage } from "../issues";
import { describeValue } from "../words/describe-value";
import { valueAt } from "../plain-data";
import { didYouMean } from "../words/suggest";
import { plural } from "../words/plural";

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

/** Strip wrappers (optional, default, pipe…) until a schema that has structure. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.core.$ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.core.$ZodType;
    } else {
      return current;
    }
  }
}

/** The keys a strict object schema allows at `path`, for "did you mean" hints. */
function knownKeysAt(root: z.core.$ZodType, path: readonly (string | number)[]): string[] {
  let schemas: z.core.$ZodType[] = [unwrap(root)];
  for (const segment of path) {
    const next: z.core.$ZodType[] = [];
    for (const schema of schemas) {
      if (schema instanceof z.ZodObject) {
        const child = (schema.shape as Record<string, z.core.$ZodType>)[String(segment)];
        if (child) next.push(unwrap(child));
      } else if (schema instanceof z.ZodArray) {
        next.push(unwrap(schema.element as z.core.$ZodType));
      } else if (schema instanceof z.ZodRecord) {
        next.push(unwrap(schema.valueType as z.core.$ZodType));
      }
    }
    schemas = next.flatMap((schema) =>
      schema instanceof z.ZodUnion ? (schema.options as z.core.$ZodType[]).map(unwrap) : [schema],
    );
  }
  return schemas.flatMap((schema) => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []));
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, data: unknown, path: Path): string {
  const small = issue.code === "too_small";
  const bound = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const got = valueAt(data, path);
  switch (issue.origin) {
    case "array":
      return `expected ${small ? "at least" : "at most"} ${plural(bound, "item")}, got ${Array.isArray(got) ? got.length : 0}`;
    case "string":
      return small && bound === 1 ? "must not be empty" : `expected ${small ? "at least" : "at most"} ${plural(bound, "character")}`;
    default: {
      const relation = small ? (issue.inclusive ? ">=" : ">") : issue.inclusive ? "<=" : "<";
      return `expected a number ${relation} ${bound}, got ${describeValue(got)}`;
    }
  }
}

function expectedMessage(expected: string, got: unknown, path: Path): string {
  if (got === undefined) {
    const key = path[path.length - 1];
    return `missing required key "${String(key)}"`;
  }
  const names: Record<string, string> = {
    string: "a string",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    object: "a mapping",
    array: "a list",
    record: "a mapping",
  };
  return `expected ${names[expected] ?? expected}, got ${describeValue(got)}`;
}

const MISSING_KEY = /^missing required key "(.+)"$/;
const TYPO_FOR = /^unknown key ".+" \(did you mean "(.+)"\?\)/;

/** `expectation:` for `expectations:` is one mistake, not two: drop the "missing" report the typo explains. */
function withoutMissingKeysExplainedByTypos(problems: PathMessage[]): PathMessage[] {
  const parentOf = (problem: PathMessage) => JSON.stringify(problem.path.slice(0, -1));
  const explained = new Set(
    problems.flatMap((problem) => {
      const typo = TYPO_FOR.exec(problem.message);
      return typo ? [`${parentOf(problem)}:${typo[1]}`] : [];
    }),
  );
  return problems.filter((problem) => {
    const missing = MISSING_KEY.exec(problem.message);
    return !missing || !explained.has(`${parentOf(problem)}:${missing[1]}`);
  });
}

/**
 * Turn zod's issues into plain `{path, message}` problems with messages meant for
 * people: what was expected, what was found, and the nearest known key for a typo.
 */
export function zodIssuesToProblems(issues: readonly ZodIssue[], schema: z.core.$ZodType, data: unknown): PathMessage[] {
  const problems: PathMessage[] = [];
  const visit = (issue: ZodIssue, prefix: Path) => {
    const path: Path = [...prefix, ...(issue.path as Path)];
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          problems.push({
            path: [...path, key],
            atKey: true,
            message: `unknown key "${key}"${didYouMean(key, known)}; allowed here: ${known.join(", ")}`,
          });
        }
        return;
      }
      case "invalid_union": {
        // Report the branch the value was evidently meant for (its type matched), else the union's own
        // message; a value that is not a branch's literal (`n/a`) was not meant for that branch either.
        const meant = issue.errors.find((branch) =>
          branch.some((inner) => (inner.code !== "invalid_type" && inner.code !== "invalid_value") || inner.path.length > 0),
        );
        if (meant) for (const inner of meant) visit(inner, path);
        else problems.push({ path, message: `${issue.message}, got ${describeValue(valueAt(data, path))}` });
        return;
      }
      case "invalid_type":
        problems.push({ path, message: expectedMessage(issue.expected, valueAt(data, path), path) });
        return;
      case "too_small":
      case "too_big":
        problems.push({ path, message: sizeMessage(issue, data, path) });
        return;
      case "invalid_key": {
        // A record's key failed its own schema: say why, at the key (zod says only "Invalid key in record").
        problems.push({ path, atKey: true, message: issue.issues.map((inner) => inner.message).join("; ") });
        return;
      }
      case "invalid_value":
        problems.push({
          path,
          message: `expected ${issue.values.map((value) => JSON.stringify(value)).join(" or ")}, got ${describeValue(valueAt(data, path))}`,
        });
        return;
      default:
        problems.push({ path, message: issue.message });
    }
  };
  for (const issue of issues) visit(issue, []);
  return withoutMissingKeysExplainedByTypos(problems);
}
