/** Small statistics helpers for benchmark samples (milliseconds unless said otherwise). */

/** Percentile `p` (0–100) of ascending-sorted values, nearest-rank; NaN for no values. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  const index = Math.min(sorted.length - 1, Math.max(0, rank - 1));
  return sorted[index] ?? Number.NaN;
}

/** A distribution's usual landmarks. */
export interface Summary {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Sorts a copy of `values` and summarises it. */
export function summarize(values: readonly number[] | Float64Array): Summary {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
  };
}

/** The median of `values` (NaN for none). */
export function median(values: readonly number[]): number {
  return summarize(values).p50;
}

/** Formats a number with `digits` decimals, or "–" when it is not finite. */
export function fmt(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** Bytes → MiB. */
export const toMiB = (bytes: number): number => bytes / (1024 * 1024);
