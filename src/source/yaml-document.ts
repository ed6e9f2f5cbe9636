import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Issue, IssuePath, PathMessage } from "./issues";

/** Aliases may be expanded this many times in one file before it counts as an alias bomb. */
const MAX_ALIAS_COUNT = 1_000;

/** A parsed YAML file: its plain data, and a way back from a data path to the text. */
export interface YamlSource {
  readonly data: unknown;
  /** Line and column (1-based) of the node at `path`, or of its nearest existing parent. */
  locate(path: IssuePath, atKey?: boolean): { line: number; column: number };
}

export type YamlParseResult =
  | { readonly ok: true; readonly source: YamlSource }
  | { readonly ok: false; readonly issues: Issue[] };

/** The first line of a yaml error, without the "at line X, column Y" tail and source excerpt. */
function shortMessage(message: string): string {
  const firstLine = message.split("\n", 1)[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, "");
}

/** The key that starts at `offset`, as written (yaml reports only where it starts). */
function duplicateKeyText(text: string, offset: number): string {
  return (/^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? "").trim();
}

/**
 * Offsets of keys that repeat an earlier key of the same mapping. yaml's own
 * `uniqueKeys` compares each key with every earlier one (quadratic in a mapping's
 * size); this is one pass with a Set per mapping. Keys compare as yaml's do:
 * scalars by value (so 1 and "1" differ), other keys never collide.
 */
function duplicateKeyOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value)) offsets.push(pair.key.range?.[0] ?? 0);
          else seen.add(pair.key.value);
        }
        pending.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(isPair(item) ? item.value : item);
    }
  }
  return offsets.sort((a, b) => a - b);
}

/** Parse YAML text keeping source positions; syntax errors, duplicate keys and alias bombs become located issues. */
export function parseYamlSource(text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const doc = parseDocument(body, { lineCounter, uniqueKeys: false, prettyErrors: true });

  const problems = [...doc.errors, ...doc.warnings];
  const duplicates = duplicateKeyOffsets(doc);
  if (problems.length > 0 || duplicates.length > 0) {
    const syntaxIssues: Issue[] = problems.map((problem) => ({
      path: [],
      message: shortMessage(problem.message),
      severity: "error",
      line: problem.linePos?.[0].line,
      column: problem.linePos?.[0].col,
    }));
    const duplicateIssues: Issue[] = duplicates.map((offset) => {
      const position = lineCounter.linePos(offset);
      return {
        path: [],
        message: `duplicate key "${duplicateKeyText(body, offset)}"; a key may appear only once in a mapping`,
        severity: "error",
        line: position.line,
        column: position.col,
      };
    });
    const issues = [...syntaxIssues, ...duplicateIssues];
    return { ok: false, issues: issues.sort((x, y) => (x.line ?? 0) - (y.line ?? 0) || (x.column ?? 0) - (y.column ?? 0)) };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return {
        ok: false,
        issues: [
          {
            path: [],
            message: `too many alias expansions (more than ${MAX_ALIAS_COUNT}); the file looks like an alias bomb and was not expanded`,
            severity: "error",
          },
        ],
      };
    }
    throw error;
  }

  return {
    ok: true,
    source: {
      data,
      locate: (path, atKey = false) => locateNode(doc, lineCounter, path, atKey),
    },
  };
}

function locateNode(doc: Document, lineCounter: LineCounter, path: IssuePath, atKey: boolean) {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let index = 0; index < path.length && node; index += 1) {
    if (isAlias(node)) node = node.resolve(doc) as Node | undefined;
    const segment = path[index];
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (isLast && atKey) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment] as Node | undefined;
      if (!node) break;
      offset = node.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const position = lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}

/** Attach line and column to issues that only know their data path; the result is in file order. */
export function locateIssues(source: YamlSource, problems: readonly PathMessage[], severity: Issue["severity"]): Issue[] {
  const located = problems.map((problem) => ({
    path: problem.path,
    message: problem.message,
    severity,
    ...source.locate(problem.path, problem.atKey),
  }));
  return located.sort((a, b) => a.line - b.line || a.column - b.column);
}
