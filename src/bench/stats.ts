/** Median and 95th percentile (nearest rank) of a sample, in its unit. */
export interface Spread {
  p50: number;
  p95: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { p50: rank(0.5), p95: rank(0.95), n: sorted.length };
}
