import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from "yaml";
import type { Issue, IssuePath, PathMessage } from "../issues";

/** A parsed YAML file: its plain data, and a way back from a data path to the text. */
export interface YamlSource {
  readonly data: unknown;
  /** Line and column (1-based) of the node at `path`, or of its nearest existing parent. */
  locate(path: IssuePath, atKey?: boolean): { line: number; column: number };
}

/** A mapping's pairs by key as a string, built once per mapping: a file with 100,000 problems in one mapping is located in linear time. */
type PairIndex = (map: YAMLMap) => Map<string, Pair>;

function createPairIndex(): PairIndex {
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  return (map) => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const key = isScalar(item.key) ? String(item.key.value) : undefined;
        if (key !== undefined && !index.has(key)) index.set(key, item as Pair);
      }
      indexes.set(map, index);
    }
    return index;
  };
}

/** YamlSource.locate for one parsed document. */
export function nodeLocator(doc: Document, lineCounter: LineCounter): YamlSource["locate"] {
  const pairsOf = createPairIndex();
  return (path, atKey = false) => locateNode(doc, lineCounter, pairsOf, path, atKey);
}

function locateNode(doc: Document, lineCounter: LineCounter, pairsOf: PairIndex, path: IssuePath, atKey: boolean) {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let index = 0; index < path.length && node; index += 1) {
    if (isAlias(node)) node = node.resolve(doc) as Node | undefined;
    const segment = path[index];
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(segment));
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
