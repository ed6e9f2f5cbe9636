import type { Scale } from "../ladder/model";

const FULL = "█";
const HALF = "▌";
const EMPTY = "░";

/** The widest bar: longer scales are drawn to this many cells, so a 1..1,000,000 scale stays one short line. */
const MAX_CELLS = 10;

/**
 * A score drawn on its scale: `███░░` is 3 of 5, a half cell is `▌`. A scale of up
 * to ten points gets one cell per point, counted from 0 (or from the point below
 * the scale's minimum when that is above 1, so that 101..105 is five cells);
 * a longer scale is drawn in proportion on ten cells.
 */
export function renderBar(score: number, scale: Pick<Scale, "min" | "max">): string {
  const origin = scale.min > 1 ? scale.min - 1 : Math.min(0, scale.min);
  const points = scale.max - origin;
  const cells = Math.min(points, MAX_CELLS);
  const value = (Math.max(0, Math.min(points, score - origin)) * cells) / Math.max(1, points);
  const whole = Math.floor(value);
  const half = value - whole >= 0.5 ? 1 : 0;
  return FULL.repeat(whole) + HALF.repeat(half) + EMPTY.repeat(cells - whole - half);
}

/** `3 Proficient`, or the bare score when the scale has no label for it. */
export function scoreLabel(score: number, scale: Pick<Scale, "labels">): string {
  const label = Number.isInteger(score) ? scale.labels[String(score)] : undefined;
  return label === undefined ? formatScore(score) : `${score} ${label}`;
}

/** The scale's range for a heading: `1–5`, or `-2 to 2` when a dash would read as a minus. */
export function scaleRange(scale: Pick<Scale, "min" | "max">): string {
  return scale.min < 0 || scale.max < 0 ? `${scale.min} to ${scale.max}` : `${scale.min}–${scale.max}`;
}

/** Scores print with at most two decimals: 3, 3.5, 3.67. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}
