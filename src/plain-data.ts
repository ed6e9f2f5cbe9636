/** A mapping of plain parsed data: an object, not null, not a list. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at `path` inside plain parsed data, or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
