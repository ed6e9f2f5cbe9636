import type { Scale } from "../ladder/model";

const FULL = "█";
const HALF = "▌";
const EMPTY = "░";

/** A score drawn on its scale, one cell per point: `███░░` is 3 of 5; a half point is `▌`. */
export function renderBar(score: number, scale: Pick<Scale, "min" | "max">): string {
  const origin = Math.min(0, scale.min);
  const cells = scale.max - origin;
  const value = Math.max(0, Math.min(cells, score - origin));
  const whole = Math.floor(value);
  const half = value - whole >= 0.5 ? 1 : 0;
  return FULL.repeat(whole) + HALF.repeat(half) + EMPTY.repeat(cells - whole - half);
}

/** `3 Proficient`, or the bare score when the scale has no label for it. */
export function scoreLabel(score: number, scale: Pick<Scale, "labels">): string {
  const label = Number.isInteger(score) ? scale.labels[String(score)] : undefined;
  return label === undefined ? formatScore(score) : `${score} ${label}`;
}

/** Scores print with at most two decimals: 3, 3.5, 3.67. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}
