import type { IssuePath } from "../issues";

/** A key that repeats an earlier key of the same object, where JSON.parse silently kept the last. */
export interface DuplicateKey {
  /** The repeated key's path, the key itself last. */
  readonly path: IssuePath;
  readonly key: string;
}

function countColons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(":"); at !== -1; at = text.indexOf(":", at + 1)) count += 1;
  return count;
}

/** The keys of `data` and of everything in it, walked without recursion (a line may nest thousands deep). */
function countKeys(data: unknown): number {
  let count = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === "object" && item !== null) pending.push(item);
      continue;
    }
    for (const key in value) {
      count += 1;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === "object" && item !== null) pending.push(item);
    }
  }
  return count;
}

/** Where a container sits in its parent, and what it has seen so far. */
interface Frame {
  readonly segment: string | number;
  /** The keys of an object so far; undefined for an array. */
  readonly keys: Set<string> | undefined;
  expectingKey: boolean;
  lastKey: string;
  index: number;
}

/** The end of the JSON string that starts at `start` (the index of its closing quote). */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  while (text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
  return at;
}

/** The first repeated key of `text`, valid JSON, by a walk of its tokens. */
function scanForDuplicate(text: string): DuplicateKey | undefined {
  const frames: Frame[] = [];
  const segmentIn = (parent: Frame | undefined): string | number => (parent === undefined ? "" : parent.keys ? parent.lastKey : parent.index);
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    const top = frames[frames.length - 1];
    if (char === '"') {
      const end = stringEnd(text, at);
      if (top?.keys && top.expectingKey) {
        const raw = text.slice(at + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) return { path: [...frames.slice(1).map((frame) => frame.segment), key], key };
        top.keys.add(key);
        top.lastKey = key;
        top.expectingKey = false;
      }
      at = end;
    } else if (char === "{" || char === "[") {
      frames.push({ segment: segmentIn(top), keys: char === "{" ? new Set() : undefined, expectingKey: true, lastKey: "", index: 0 });
    } else if (char === "}" || char === "]") {
      frames.pop();
    } else if (char === "," && top) {
      if (top.keys) top.expectingKey = true;
      else top.index += 1;
    }
  }
  return undefined;
}

/**
 * The first key of a JSON text that repeats an earlier key of its object, given
 * the text and what JSON.parse made of it. Every key in the text is followed by a
 * colon, and a repeated key is lost in the data, so the text has no more colons
 * than the data has keys unless a key repeats (or a string holds a colon): only
 * then are the tokens walked to find it. Most lines cost a count of each.
 */
export function findDuplicateKey(text: string, data: unknown): DuplicateKey | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  return countColons(text) > countKeys(data) ? scanForDuplicate(text) : undefined;
}
