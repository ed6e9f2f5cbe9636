import fc from "fast-check";
import { expect } from "vitest";
import { Document, isMap, isScalar, Pair, parseDocument, type Node, type ToStringOptions } from "yaml";
import { InvalidFileError } from "../../src/errors";
import { hostileTextArbitrary, idArbitrary } from "./ladder-arbitrary";

/**
 * Mutations of valid input files, on the data (before it is written as YAML) and
 * on the text (after), and the one check every mutated file must pass: it loads,
 * or it is refused with located problems; nothing else escapes, nothing hangs,
 * nothing reaches Object.prototype.
 */

type Path = readonly (string | number)[];
type Container = Record<string, unknown> | unknown[];

/** A value to put in place of another; recipes, not values, so a run can be replayed after it mutated one. */
type Replacement =
  | { readonly type: "value"; readonly value: unknown }
  | { readonly type: "huge" }
  | { readonly type: "nested"; readonly depth: number }
  | { readonly type: "proto" };

export type DataMutation =
  | { readonly kind: "delete"; readonly at: number }
  | { readonly kind: "replace"; readonly at: number; readonly with: Replacement }
  | { readonly kind: "duplicate-id"; readonly at: number }
  | { readonly kind: "rename"; readonly at: number; readonly to: { readonly special?: string; readonly typo: number } }
  | { readonly kind: "proto-key"; readonly at: number; readonly key: string };

const replacementArbitrary: fc.Arbitrary<Replacement> = fc.oneof(
  fc.constant({ type: "value" as const, value: null }),
  fc
    .oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1.5, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY))
    .map((value) => ({ type: "value" as const, value })),
  fc.oneof(hostileTextArbitrary, fc.constantFrom("", "2", "1.5", "null", "true", "__proto__")).map((value) => ({ type: "value" as const, value })),
  fc.array(fc.oneof(fc.integer(), hostileTextArbitrary, fc.constant(null), fc.constant({})), { maxLength: 3 }).map((value) => ({ type: "value" as const, value })),
  fc.dictionary(idArbitrary, fc.oneof(fc.integer(), hostileTextArbitrary), { maxKeys: 3, noNullPrototype: true }).map((value) => ({ type: "value" as const, value })),
  fc.boolean().map((value) => ({ type: "value" as const, value })),
  fc.constant({ type: "huge" as const }),
  fc.integer({ min: 1, max: 200 }).map((depth) => ({ type: "nested" as const, depth })),
  fc.constant({ type: "proto" as const }),
);

const specialKeys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "__defineGetter__", "valueOf"] as const;

export const dataMutationArbitrary: fc.Arbitrary<DataMutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), with: replacementArbitrary }) },
  fc.record({ kind: fc.constant("duplicate-id" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("rename" as const),
    at: fc.nat(),
    to: fc.record({ special: fc.option(fc.constantFrom(...specialKeys), { nil: undefined }), typo: fc.nat() }),
  }),
  fc.record({ kind: fc.constant("proto-key" as const), at: fc.nat(), key: fc.constantFrom("__proto__", "constructor", "prototype") }),
);

/** `{ "__proto__": { "polluted": true } }` with `__proto__` as an own key, as a parser that is careless would produce. */
function pollutingMapping(key = "__proto__"): Record<string, unknown> {
  return JSON.parse(`{"${key}": {"polluted": true, "prototype": {"polluted": true}}}`) as Record<string, unknown>;
}

function materialise(replacement: Replacement): unknown {
  switch (replacement.type) {
    case "value":
      return structuredClone(replacement.value);
    case "huge":
      return "x".repeat(100_000);
    case "nested": {
      let value: unknown = [1];
      for (let depth = 1; depth < replacement.depth; depth += 1) value = [value];
      return value;
    }
    case "proto":
      return pollutingMapping();
  }
}

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === "object";
}

/** Every node of plain data with its path, the root first (depth-first, document order). */
function nodesOf(data: unknown): { path: Path; value: unknown }[] {
  const nodes: { path: Path; value: unknown }[] = [];
  const walk = (value: unknown, path: Path) => {
    nodes.push({ path, value });
    if (!isContainer(value) || path.length > 12) return;
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else for (const key of Object.keys(value)) walk(value[key], [...path, key]);
  };
  walk(data, []);
  return nodes;
}

function containerAt(data: unknown, path: Path): Container {
  let current = data;
  for (const segment of path) current = (current as Record<string | number, unknown>)[segment];
  return current as Container;
}

/** Set `key` as an own property, even `__proto__` (plain assignment would replace the prototype). */
function setOwn(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A near miss of a key: a character dropped, doubled, swapped or changed in case, or an `s` added. */
function typo(key: string, seed: number): string {
  if (key.length === 0) return "s";
  const at = seed % key.length;
  switch (seed % 5) {
    case 0:
      return key.slice(0, at) + key.slice(at + 1) || `${key}s`;
    case 1:
      return key.slice(0, at) + key[at]! + key.slice(at);
    case 2:
      return key.length < 2 ? `${key}s` : key.slice(0, at) + (key[at + 1] ?? "") + key[at]! + key.slice(at + 2);
    case 3:
      return key.toUpperCase() === key ? `${key}s` : key.toUpperCase();
    default:
      return `${key}s`;
  }
}

/** Apply one mutation to `data` in place; returns the (possibly new) root. */
export function mutateData(data: unknown, mutation: DataMutation): unknown {
  const nodes = nodesOf(data);
  const choose = <T>(list: readonly T[]) => (list.length === 0 ? undefined : list[mutation.at % list.length]);
  switch (mutation.kind) {
    case "delete": {
      const node = choose(nodes.filter((entry) => entry.path.length > 0));
      if (!node) return data;
      const parent = containerAt(data, node.path.slice(0, -1));
      const key = node.path[node.path.length - 1]!;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return data;
    }
    case "replace": {
      const node = choose(nodes)!;
      if (node.path.length === 0) return materialise(mutation.with);
      setOwn(containerAt(data, node.path.slice(0, -1)), node.path[node.path.length - 1]!, materialise(mutation.with));
      return data;
    }
    case "duplicate-id": {
      const node = choose(nodes.filter((entry) => typeof entry.path[entry.path.length - 1] === "number" && isContainer(entry.value) && Object.hasOwn(entry.value, "id")));
      if (!node) return data;
      const list = containerAt(data, node.path.slice(0, -1)) as unknown[];
      const index = node.path[node.path.length - 1] as number;
      const neighbour = list.length < 2 ? undefined : list[(index + 1) % list.length];
      // A neighbour an earlier mutation replaced (with null, a number…) has no id to copy: clone the element instead.
      if (isContainer(neighbour) && Object.hasOwn(neighbour, "id")) setOwn(list[index] as Container, "id", (neighbour as Record<string, unknown>).id);
      else list.push(structuredClone(list[index]));
      return data;
    }
    case "rename": {
      const node = choose(nodes.filter((entry) => typeof entry.path[entry.path.length - 1] === "string"));
      if (!node) return data;
      const parent = containerAt(data, node.path.slice(0, -1)) as Record<string, unknown>;
      const key = node.path[node.path.length - 1] as string;
      const renamed = mutation.to.special ?? typo(key, mutation.to.typo);
      if (renamed === key) return data;
      const value = parent[key];
      delete parent[key];
      setOwn(parent, renamed, value);
      return data;
    }
    case "proto-key": {
      const node = choose(nodes.filter((entry) => isContainer(entry.value) && !Array.isArray(entry.value)));
      if (!node) return data;
      setOwn(node.value as Container, mutation.key, { polluted: true, prototype: { polluted: true } });
      return data;
    }
  }
}

/**
 * Ways to write the same data that yaml 2.9 reads back as written. Left out because
 * yaml's writer loses text with them (the loader is not at fault):
 * `defaultStringType: BLOCK_LITERAL | BLOCK_FOLDED` writes " " as a block scalar that
 * reads back as ""; a narrow `lineWidth` (20) folds "\nSenior Product Manager" into
 * `>-` with one blank line too many.
 */
export const stringifyOptionsArbitrary: fc.Arbitrary<ToStringOptions> = fc.record(
  {
    lineWidth: fc.constantFrom(0, 80),
    indent: fc.constantFrom(2, 4),
    defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
    collectionStyle: fc.constantFrom("any", "block", "flow"),
  },
  { requiredKeys: [] },
);

/**
 * A key written as an alias of an anchored `__proto__` scalar (`title: &p __proto__`
 * … `*p : …`): a way to spell a `__proto__` key that no scalar key check sees.
 * `at` picks the anchored string value and the mapping (one of its ancestors) that gets the key.
 */
export interface AliasKeyMutation {
  readonly at: number;
  readonly map: number;
}

export const aliasKeyArbitrary: fc.Arbitrary<AliasKeyMutation | undefined> = fc.option(fc.record({ at: fc.nat(), map: fc.nat() }), { nil: undefined, freq: 4 });

/** Write data as YAML, optionally with an alias key to `__proto__` (see AliasKeyMutation). */
export function writeYaml(data: unknown, options: ToStringOptions, aliasKey?: AliasKeyMutation): string {
  const doc = new Document(data);
  if (aliasKey) {
    const candidates: { scalar: Node; maps: Node[] }[] = [];
    const walk = (node: unknown, ancestors: Node[]) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.value) && typeof pair.value.value === "string") candidates.push({ scalar: pair.value, maps: [...ancestors, node] });
          walk(pair.value, [...ancestors, node]);
        }
      } else if (node && typeof node === "object" && "items" in node && Array.isArray(node.items)) {
        for (const item of node.items) walk(item, ancestors);
      }
    };
    walk(doc.contents, []);
    const target = candidates[aliasKey.at % Math.max(1, candidates.length)];
    if (target && isScalar(target.scalar)) {
      target.scalar.value = "__proto__";
      const alias = doc.createAlias(target.scalar, "p");
      const map = target.maps[aliasKey.map % target.maps.length]!;
      if (isMap(map)) map.items.push(new Pair(alias, doc.createNode({ polluted: true })));
    }
  }
  return doc.toString(options);
}

export type TextMutation =
  | { readonly kind: "insert"; readonly at: number; readonly snippet: string }
  | { readonly kind: "replace"; readonly at: number; readonly length: number; readonly snippet: string }
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "duplicate-line"; readonly at: number }
  | { readonly kind: "crlf" }
  | { readonly kind: "cr" }
  | { readonly kind: "prefix"; readonly snippet: string }
  | { readonly kind: "nest"; readonly at: number; readonly open: string; readonly depth: number };

const snippetArbitrary = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "\t",
    ":",
    ": ",
    "&a ",
    "*a",
    "*a ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "\n",
    "\r",
    "\u0085",
    "\u2028",
    "\ufeff",
    "#",
    " #",
    "---\n",
    "...\n",
    "? ",
    "- ",
    "|",
    ">",
    "|-\n",
    '"',
    "'",
    "\\",
    "!",
    "!!binary ",
    "!!set ",
    "!!omap ",
    "!!timestamp ",
    "!!js/function ",
    "!<tag:yaml.org,2002:str> ",
    "%TAG ! tag:example.com,2000:\n",
    "\n<<: *a\n",
    "\n<<: 1\n",
    "<<: ",
    "\n__proto__: {polluted: true}\n",
    "\n  __proto__:\n    polluted: true\n",
    "\nconstructor: {prototype: {polluted: true}}\n",
    "&a [*a]",
    "? [a, b]\n: c\n",
    "{a: 1}: b\n",
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 4 }),
  hostileTextArbitrary,
);

/** A chain of aliases each expanding the one before ten times: a billion laughs, if expanded. */
const ALIAS_BOMB = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(10).fill(`*${String.fromCharCode(97 + index)}`).join(", ")}]`).join("\n")}\n`;

const nestingOpeners = fc.constantFrom("[", "{", "- ", "{a: ", "? ");

export const textMutationArbitrary: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), snippet: snippetArbitrary }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }), snippet: snippetArbitrary }) },
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.constant({ kind: "crlf" as const }),
  fc.constant({ kind: "cr" as const }),
  fc.record({ kind: fc.constant("prefix" as const), snippet: fc.constantFrom("%YAML 1.1\n---\n", "%YAML 1.1\n---\n<<: 1\n", "\ufeff", "--- !!set\n", "--- |\n", "---\n---\n", ALIAS_BOMB, "x: &a x\n") }),
  fc.record({ kind: fc.constant("nest" as const), at: fc.nat(), open: nestingOpeners, depth: fc.integer({ min: 1, max: 60 }) }),
);

/** Lists or mappings nested far deeper than any ladder (hundreds to thousands of levels), in flow or block style, as the value at a place in the data. */
export interface DeepNesting {
  /** Picks the mapping value that the nesting replaces. */
  readonly at: number;
  readonly style: "flow-list" | "flow-mapping" | "block-list" | "block-key";
  readonly depth: number;
}

export const deepNestingArbitrary: fc.Arbitrary<DeepNesting> = fc.record({
  at: fc.nat(),
  style: fc.constantFrom("flow-list", "flow-mapping", "block-list", "block-key"),
  depth: fc.integer({ min: 100, max: 5_000 }),
});

/** Stands in for the nesting in the data until the text is written; yaml writes it as it is. */
const NESTING_MARK = "nesting-goes-here";

/** The paths of every value held in a mapping below `data`. */
function mappingValuePaths(data: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  if (data === null || typeof data !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((value, index) => [index, value]) : Object.entries(data);
  return entries.flatMap(([key, value]) => [...(Array.isArray(data) ? [] : [[...path, key]]), ...mappingValuePaths(value, [...path, key])]);
}

/**
 * The text of `data` with one of its mapping values replaced by the nesting: well-formed
 * YAML, and nested for real (not inside a quoted or block string, where it would be text).
 */
export function withDeepNesting(data: unknown, nesting: DeepNesting): string {
  const paths = mappingValuePaths(data);
  const path = paths[nesting.at % paths.length]!;
  const marked = structuredClone(data) as Record<string | number, unknown>;
  let parent = marked;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = NESTING_MARK;
  const text = new Document(marked).toString({ lineWidth: 0 });
  return text.replace(new RegExp(`^(.*?)${NESTING_MARK}$`, "m"), (_line, before: string) => {
    const { depth } = nesting;
    if (nesting.style === "flow-list") return `${before}${"[".repeat(depth)}x${"]".repeat(depth)}`;
    if (nesting.style === "flow-mapping") return `${before}${"{a: ".repeat(depth)}x${"}".repeat(depth)}`;
    // Block style starts on the next line, indented below its key (a key after `- ` sits two columns in).
    const indent = " ".repeat(/^[ -]*/.exec(before)![0].length + 2);
    return `${before}\n${indent}${(nesting.style === "block-list" ? "- " : "? ").repeat(depth)}x`;
  });
}

export function mutateText(text: string, mutation: TextMutation): string {
  const at = "at" in mutation ? mutation.at % (text.length + 1) : 0;
  switch (mutation.kind) {
    case "insert":
      return text.slice(0, at) + mutation.snippet + text.slice(at);
    case "replace":
      return text.slice(0, at) + mutation.snippet + text.slice(at + mutation.length);
    case "truncate":
      return text.slice(0, at);
    case "duplicate-line": {
      const lines = text.split("\n");
      const index = mutation.at % lines.length;
      lines.splice(index, 0, lines[index]!);
      return lines.join("\n");
    }
    case "crlf":
      return text.replace(/\n/g, "\r\n");
    case "cr":
      return text.replace(/\n/g, "\r");
    case "prefix":
      return mutation.snippet + text;
    case "nest":
      return text.slice(0, at) + mutation.open.repeat(mutation.depth) + text.slice(at);
  }
}

/** Every mutation of one case: data mutations, how the data is written, then text mutations. */
export interface MutationPlan {
  readonly data: readonly DataMutation[];
  readonly options: ToStringOptions;
  readonly aliasKey: AliasKeyMutation | undefined;
  readonly text: readonly TextMutation[];
}

export const mutationPlanArbitrary: fc.Arbitrary<MutationPlan> = fc
  .record({
    data: fc.array(dataMutationArbitrary, { maxLength: 3 }),
    options: stringifyOptionsArbitrary,
    aliasKey: aliasKeyArbitrary,
    text: fc.array(textMutationArbitrary, { maxLength: 3 }),
  })
  .filter((plan) => plan.data.length + plan.text.length > 0 || plan.aliasKey !== undefined);

/** The text of `data` after every mutation of the plan; `data` is not touched. */
export function applyPlan(data: unknown, plan: MutationPlan): string {
  let mutated = structuredClone(data);
  for (const mutation of plan.data) mutated = mutateData(mutated, mutation);
  let text = writeYaml(mutated, plan.options, plan.aliasKey);
  for (const mutation of plan.text) text = mutateText(text, mutation);
  return text;
}

/** Whether yaml itself reads the text without syntax errors or warnings (and without overflowing its stack). */
export function isWellFormedYaml(text: string): boolean {
  try {
    const doc = parseDocument(text.startsWith("\ufeff") ? text.slice(1) : text, { uniqueKeys: false });
    return doc.errors.length === 0 && doc.warnings.length === 0;
  } catch {
    // Some deep nesting overflows yaml's parser: not text yaml reads cleanly.
    return false;
  }
}

/** Whether plain data holds an own `__proto__` key anywhere: the loaders promise to refuse those. */
export function hasProtoKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== "object" || depth > 50) return false;
  if (Object.hasOwn(value, "__proto__")) return true;
  return Object.values(value).some((child) => hasProtoKey(child, depth + 1));
}

/** The parsed data of text yaml reads without errors; undefined otherwise. */
export function parsedData(text: string): unknown {
  try {
    const doc = parseDocument(text.startsWith("\ufeff") ? text.slice(1) : text, { uniqueKeys: false });
    return doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 1_000 }) : undefined;
  } catch {
    return undefined;
  }
}

/** Longest a loader may take on one small file, however hostile. */
export const MAX_LOAD_MS = 2_000;

const prototypeKeys = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
};

/** Nothing reached the shared prototypes. */
export function expectNoPollution(): void {
  expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys.object);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(prototypeKeys.array);
}

/**
 * Run a loader on hostile text: it returns a value (given back), or throws an
 * InvalidFileError whose issues are all there, have messages and sensible
 * positions (every one located when yaml reads the text cleanly). Any other
 * exception is rethrown as is, so its stack shows where it came from.
 */
export function loadOrLocatedErrors<T>(text: string, load: () => T): T | undefined {
  const start = performance.now();
  let result: T | undefined;
  let failure: unknown;
  try {
    result = load();
  } catch (error) {
    failure = error;
  }
  const elapsed = performance.now() - start;
  expectNoPollution();
  expect(elapsed, "one load took too long").toBeLessThan(MAX_LOAD_MS);
  if (failure === undefined) return result;
  if (!(failure instanceof InvalidFileError)) throw failure;

  const lineCount = text.split(/\r\n|\r|\n/).length;
  const wellFormed = isWellFormedYaml(text);
  expect(failure.issues.length).toBeGreaterThan(0);
  for (const issue of failure.issues) {
    expect(typeof issue.message).toBe("string");
    expect(issue.message.trim()).not.toBe("");
    expect(issue.severity).toBe("error");
    if (wellFormed) expect(issue.line, `issue not located: ${issue.message}`).toBeDefined();
    if (issue.line !== undefined) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.line).toBeLessThanOrEqual(lineCount);
      expect(issue.column).toBeGreaterThanOrEqual(1);
    }
  }
  return undefined;
}

/**
 * fast-check parameters for these properties: `numRuns` cases, every one of them run
 * (the seed is fixed in tests/setup/fast-check.ts), and a bound on the whole run in case
 * shrinking a failure goes on too long (a failing case of hostile input can take a second
 * to load, and shrinking may replay it hundreds of times). An interrupted run fails: it
 * reports the failure it was shrinking, or that it stopped short of `numRuns`.
 */
export function hostileRunParameters<T>(numRuns: number): fc.Parameters<T> {
  return { numRuns, markInterruptAsFailure: true, plugins: [fc.interruptAfterTimeLimit(40_000) as fc.Plugin<T>] };
}
