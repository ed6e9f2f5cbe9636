import { distance } from "fastest-levenshtein";

interface Candidate {
  readonly name: string;
  readonly lower: string;
}

/**
 * A matcher searches for at most this many distinct names: each search compares
 * against every candidate, so a generated file with 10,000 distinct typos among
 * 1,000 levels would otherwise cost 10 million edit distances (~3 s). Past it,
 * problems are still reported, without the "did you mean".
 */
export const MAX_NAME_SEARCHES = 1_000;

/**
 * Nearest-name search over one fixed set of names, prepared once: a file with
 * thousands of unknown references asks the same set thousands of times, so the
 * names are lowercased once up front and each distinct input is answered once.
 * Only names whose length is within the edit bound are compared by edit distance
 * (bit-parallel, cheap for short names); others can only match as a prefix or
 * substring.
 */
export class NameMatcher {
  private readonly all: Candidate[] = [];
  private readonly answers = new Map<string, string[]>();
  private searchesLeft: number;

  constructor(candidates: Iterable<string>, maxSearches = MAX_NAME_SEARCHES) {
    this.searchesLeft = maxSearches;
    const seen = new Set<string>();
    for (const name of candidates) {
      if (seen.has(name)) continue;
      seen.add(name);
      this.all.push({ name, lower: name.toLowerCase() });
    }
  }

  /** The names closest to `input` (case-insensitive), best first: prefix and substring matches, then small edit distances. */
  closest(input: string, limit = 3): string[] {
    const needle = input.trim().toLowerCase();
    if (needle === "") return [];
    let ranked = this.answers.get(needle);
    if (!ranked) {
      if (this.searchesLeft === 0) return [];
      this.searchesLeft -= 1;
      ranked = this.rank(needle);
      this.answers.set(needle, ranked);
    }
    return ranked.slice(0, limit);
  }

  private rank(needle: string): string[] {
    const maxDistance = Math.max(2, Math.floor(needle.length / 3));
    const scored: { candidate: Candidate; score: number }[] = [];
    const consider = (candidate: Candidate, score: number) => {
      if (score <= maxDistance) scored.push({ candidate, score });
    };
    for (const candidate of this.all) {
      const hay = candidate.lower;
      const near = Math.abs(hay.length - needle.length) <= maxDistance;
      if (hay.startsWith(needle) || (near && needle.startsWith(hay))) consider(candidate, 0.5);
      else if (hay.includes(needle)) consider(candidate, 1);
      else if (near) consider(candidate, distance(needle, hay));
    }
    // Stable sort: equal scores keep the order of the candidates.
    scored.sort((a, b) => a.score - b.score);
    return scored.map((entry) => entry.candidate.name);
  }

  /** ` (did you mean "x"?)` or an empty string. */
  didYouMean(input: string): string {
    const [best] = this.closest(input, 1);
    return best === undefined ? "" : ` (did you mean "${best}"?)`;
  }
}

/** The candidates closest to `input` (case-insensitive), best first; see NameMatcher. */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3): string[] {
  return new NameMatcher(candidates).closest(input, limit);
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  return new NameMatcher(candidates).didYouMean(input);
}
