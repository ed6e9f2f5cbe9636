import { distance } from "fastest-levenshtein";

/**
 * The candidates closest to `input` (case-insensitive), best first: prefix and
 * substring matches, then those within a small edit distance.
 */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.trim().toLowerCase();
  if (needle === "") return [];
  const maxDistance = Math.max(2, Math.floor(needle.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const hay = candidate.toLowerCase();
    if (Math.abs(hay.length - needle.length) > maxDistance && !hay.includes(needle)) continue;
    let score: number;
    if (hay.startsWith(needle) || needle.startsWith(hay)) score = 0.5;
    else if (hay.includes(needle)) score = 1;
    else score = distance(needle, hay);
    if (score <= maxDistance) scored.push({ candidate, score });
  }
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const [best] = closestMatches(input, candidates, 1);
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}
