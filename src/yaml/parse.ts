import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar, type YAMLError } from "yaml";
import type { Issue, IssuePath } from "../issues";
import { nodeLocator, type YamlSource } from "./locate";


/** Aliases may be expanded this many times in one file before it counts as an alias bomb. */
const MAX_ALIAS_COUNT = 1_000;

export type YamlParseResult =
  | { readonly ok: true; readonly source: YamlSource }
  | { readonly ok: false; readonly issues: Issue[] };

const TOO_DEEP = "lists and mappings are nested too deeply to read (hundreds of levels); ladders and answers files need at most six";

/** The first line of a yaml error, without the "at line X, column Y" tail and source excerpt. */
function shortMessage(error: YAMLError): string {
  // yaml's parser recurses once per level of nesting and reports the overflow as a syntax error.
  if (error.message.includes("Maximum call stack size exceeded")) return TOO_DEEP;
  if (error.code === "TAB_AS_INDENT") return "a tab is used for indentation; YAML indents with spaces only, so replace it with spaces";
  if (error.code === "MULTIPLE_DOCS") return "a second YAML document starts here (a --- line after content); a file holds one document, so remove the --- or split the file";
  const firstLine = (error.message.split("\n", 1)[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
  // yaml's wording for the two commonest slips of a hand-written file, with the likely fix.
  if (firstLine.startsWith("Nested mappings are not allowed in compact mappings")) {
    return `${firstLine}: a value that contains ": " must be quoted, e.g. summary: "Senior: owns the strategy"`;
  }
  if (error.code === "MULTILINE_IMPLICIT_KEY") {
    return `${firstLine}: a key needs a colon and a space after it (rank: 2), and a list item a dash at the indentation of the others`;
  }
  return firstLine;
}

const UNCLOSED_QUOTE = "this quoted value is never closed, so it runs to the end of the file; add the closing quote";

/**
 * Where the quoted value that runs to the end of the text starts. yaml reports a
 * missing closing quote where the text ends, which says nothing about where it opened.
 */
function unclosedQuoteOffset(doc: Document, textLength: number): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type !== "QUOTE_DOUBLE" && node.type !== "QUOTE_SINGLE") || !node.range || node.range[1] < textLength) return undefined;
      offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** Where the first alias (`*name`) of the document is: the start of any alias bomb. */
function firstAliasOffset(doc: Document, name?: string): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** Where the first merge key (`<<`, under `%YAML 1.1`) is. */
function firstMergeKeyOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || typeof pair.key.value !== "symbol") return undefined;
      offset = pair.key.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * What went wrong when a well-formed document could not become plain data, and where:
 * toJS signals too many alias expansions with a ReferenceError, recurses once per
 * level of nesting, and refuses a merge key (`<<: 1`) whose value is not a mapping.
 */
function conversionProblem(doc: Document, error: unknown): { offset: number | undefined; message: string } {
  const unresolved = error instanceof ReferenceError ? /^Unresolved alias[^:]*: (.*)$/.exec(error.message) : null;
  if (unresolved) {
    const name = unresolved[1]!;
    return { offset: firstAliasOffset(doc, name), message: `unknown alias *${name}: an alias repeats a value marked &${name} earlier in the file, and none is` };
  }
  if (error instanceof ReferenceError) {
    return { offset: firstAliasOffset(doc), message: `aliases expand more than ${MAX_ALIAS_COUNT} times; the file looks like an alias bomb and was not expanded` };
  }
  if (error instanceof RangeError) return { offset: undefined, message: TOO_DEEP };
  if (error instanceof Error && error.message.startsWith("Merge sources")) {
    return { offset: firstMergeKeyOffset(doc), message: "a merge key (<<) must be given a mapping, an alias of one, or a list of those" };
  }
  throw error;
}

/**
 * The key that starts at `offset`, in quotes once, for a message: a quoted key (every JSON key)
 * by its value; any other as written (yaml gives only where it starts), so `1.0` stays `1.0`.
 */
function duplicateKeyText(text: string, offset: number, key: Scalar): string {
  if (key.type === "QUOTE_DOUBLE" || key.type === "QUOTE_SINGLE") return JSON.stringify(String(key.value));
  return `"${(/^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? "").trim()}"`;
}

interface KeyProblem {
  readonly offset: number;
  readonly path: IssuePath;
  readonly message: string;
}

/** A node still to visit, with the way back to its parent (paths are built only for problems). */
interface PendingNode {
  readonly node: unknown;
  readonly parent: PendingNode | undefined;
  readonly segment: string | number;
}

function pathOf(entry: PendingNode): (string | number)[] {
  const path: (string | number)[] = [];
  for (let current: PendingNode | undefined = entry; current?.parent; current = current.parent) path.push(current.segment);
  return path.reverse();
}

/**
 * Keys that repeat an earlier key of the same mapping, and `__proto__` keys (as
 * plain data they would silently replace an object's prototype, so they are
 * refused wherever they appear). yaml's own `uniqueKeys` compares each key with
 * every earlier one (quadratic in a mapping's size); this is one pass with a Set
 * per mapping. Keys compare as yaml's do: scalars by value (so 1 and "1" differ),
 * other keys never collide.
 */
function keyProblems(doc: Document, text: string): KeyProblem[] {
  const found: KeyProblem[] = [];
  const pending: PendingNode[] = [{ node: doc.contents, parent: undefined, segment: "" }];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const { node } = entry;
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        // An alias key (`*name: …`) is the scalar it points to: it can spell `__proto__` or repeat a key too.
        const keyNode = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
        const key = isScalar(keyNode) ? keyNode.value : undefined;
        const segment = typeof key === "number" ? key : String(key);
        if (isMap(keyNode) || isSeq(keyNode)) {
          // Plain data cannot hold such a key, and yaml would stringify it, nested keys taking exponential time.
          const offset = (pair.key as Node).range?.[0] ?? 0;
          found.push({ offset, path: pathOf(entry), message: "a key must be a name or a number, not a list or mapping" });
        } else if (isScalar(keyNode)) {
          const offset = (pair.key as Node).range?.[0] ?? 0;
          if (seen.has(key)) {
            const message = `duplicate key ${duplicateKeyText(text, offset, keyNode)}; a key may appear only once in a mapping`;
            found.push({ offset, path: [...pathOf(entry), segment], message });
          } else {
            seen.add(key);
          }
          if (key === "__proto__") {
            found.push({ offset, path: [...pathOf(entry), segment], message: `"__proto__" cannot be a key: the name is reserved; rename or remove it` });
          }
        }
        pending.push({ node: pair.value, parent: entry, segment });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => pending.push({ node: isPair(item) ? item.value : item, parent: entry, segment: index }));
    }
  }
  return found;
}

/** Parse YAML text keeping source positions; syntax errors, duplicate or reserved keys and alias bombs become located issues. */
export function parseYamlSource(text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let doc: Document;
  try {
    doc = parseDocument(body, { lineCounter, uniqueKeys: false, prettyErrors: true, logLevel: "error" });
  } catch (error) {
    // Most deep nesting comes back as a syntax error, but some shapes overflow the parser's own stack.
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, issues: [{ path: [], message: TOO_DEEP, severity: "error", line: 1, column: 1 }] };
  }

  const allSyntaxProblems = [...doc.errors, ...doc.warnings];
  // A tab in the indentation derails the parser for the lines after it: its errors there are noise.
  const tabs = allSyntaxProblems.filter((problem) => problem.code === "TAB_AS_INDENT");
  const syntaxProblems = tabs.length > 0 ? tabs : allSyntaxProblems;
  // After a syntax error the recovered structure is a guess: its keys would only add noise.
  const badKeys = syntaxProblems.length > 0 ? [] : keyProblems(doc, body);
  if (syntaxProblems.length > 0 || badKeys.length > 0) {
    const syntaxIssues: Issue[] = syntaxProblems.map((problem) => {
      const opening = problem.code === "MISSING_CHAR" ? unclosedQuoteOffset(doc, body.length) : undefined;
      if (opening !== undefined) {
        const position = lineCounter.linePos(opening);
        return { path: [], message: UNCLOSED_QUOTE, severity: "error", line: position.line, column: position.col };
      }
      return { path: [], message: shortMessage(problem), severity: "error", line: problem.linePos?.[0].line, column: problem.linePos?.[0].col };
    });
    const keyIssues: Issue[] = badKeys.map(({ offset, path, message }) => {
      const position = lineCounter.linePos(offset);
      return { path, message, severity: "error", line: position.line, column: position.col };
    });
    const issues = [...syntaxIssues, ...keyIssues];
    return { ok: false, issues: issues.sort((x, y) => (x.line ?? 0) - (y.line ?? 0) || (x.column ?? 0) - (y.column ?? 0)) };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const { offset, message } = conversionProblem(doc, error);
    const position = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
    return { ok: false, issues: [{ path: [], message, severity: "error", line: position.line, column: position.col }] };
  }

  return { ok: true, source: { data, locate: nodeLocator(doc, lineCounter) } };
}
