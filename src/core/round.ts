/** Rounded to 4 decimals: how every fit, score and mean of a result is given. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
