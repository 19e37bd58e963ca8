import { describe, expect, inject, it } from 'vitest';
import { benchSize } from '../../src/bench/runBench';

/** Every number of a result, with its path, to find one that is missing. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, path ? `${path}.${k}` : k));
  return [];
}

describe('npm run bench at S (smoke: the app does not crash and every figure is there)', () => {
  it('measures 10,000 synthetic evaluations in Chromium beside native DuckDB', async () => {
    const result = await benchSize('S', { appDir: inject('appDir'), changes: 6, log: () => {} });
    expect(result.evaluations).toBe(10_000);
    const figures = numbers(result);
    expect(figures.length).toBeGreaterThan(60);
    expect(figures.filter(([, n]) => !Number.isFinite(n)).map(([path]) => path)).toEqual([]);
    expect(result.recall).not.toBeNull();
  }, 600_000);
});
