import { describe, expect, it } from 'vitest';
import { findGarbledRows, type ScoredRow } from '../../../src/parse/form/garbledRows';

const row = (line: number, weight: number, score: number, damage: number, twin = false): ScoredRow => ({
  line,
  weight,
  score,
  damage,
  twin,
});

// 003 form 18 (督查科业务经费), lines 426–447: total 98.31, funds score 8.31, no printed total weight.
const FORM_18 = [
  row(426, 15, 15, 2, true), // 100.00(0/) twice
  row(427, 15, 15, 0, true),
  row(428, 15, 15, 1, true), // score cell `.00 15.00`
  row(429, 15, 15, 3, true), // 1 印形规范、 有 咐
  row(430, 10, 10, 0, true),
  row(431, 10, 10, 5, true), // no name, no target
  row(432, 10, 10, 1, true), // 100 00(%)
  row(433, 10, 10, 3, true), // no name
  row(435, 10, 10, 0, true),
  row(438, 10, 10, 1, true), // 达成指标 10.0
  row(441, 5, 5, 0, true),
  row(443, 5, 5, 0, true),
  row(447, 10, 10, 0, false),
];

describe('findGarbledRows', () => {
  it('drops the fewest, most suspect damaged rows that make the scores add up (003 form 18)', () => {
    const dropped = findGarbledRows(FORM_18, { weight: null, score: 98.31 - 8.31 });
    expect(dropped?.map((r) => r.line)).toEqual([431, 429, 433, 426]);
  });

  it('drops nothing when the sums do not exceed the printed total', () => {
    expect(findGarbledRows(FORM_18.slice(8), { weight: 90, score: 90 })).toEqual([]);
    expect(findGarbledRows(FORM_18, { weight: null, score: null })).toEqual([]);
  });

  it('never drops a clean row, even a twin: a real excess is kept and reported (null)', () => {
    const clean = [row(1, 10, 10, 0, true), row(2, 10, 10, 0, true), row(3, 80, 80, 0)];
    expect(findGarbledRows(clean, { weight: 90, score: 90 })).toBeNull();
  });

  it('needs both sums to match when both are printed', () => {
    // Weights 100, scores 99: dropping row 2 leaves 90/90, dropping row 3 leaves 90/89.
    const rows = [row(1, 20, 20, 0), row(2, 10, 9, 1), row(3, 10, 10, 2), row(4, 60, 60, 0)];
    expect(findGarbledRows(rows, { weight: 90, score: 90 })?.map((r) => r.line)).toEqual([2]);
    expect(findGarbledRows(rows, { weight: 90, score: 89 })?.map((r) => r.line)).toEqual([3]);
    expect(findGarbledRows(rows, { weight: 90, score: 88 })).toBeNull();
  });
});
