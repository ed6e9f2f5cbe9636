/** A short phrase for what a value is, for "expected X, got Y" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return value.length > 30 ? "a string" : `the string ${JSON.stringify(value)}`;
    case "number":
      // YAML's .inf and .nan, or a JSON number too large for a double.
      return Number.isFinite(value) ? `the number ${value}` : `${value}, which is not a finite number`;
    case "boolean":
      return `${value}`;
    case "object":
      return "a mapping";
    default:
      return typeof value;
  }
}
