import { describe, expect, it } from 'vitest';
import { readTotalRow } from '../../../src/parse/form/totalRow';
import { tabDense } from '../support/rows';

const NO_SUMS = { weight: null, score: null };

describe('totalRow', () => {
  it('reads weight and score, past a stray number (003 line 307)', () => {
    const total = tabDense(307, '2교 /\\ ^^\tε Δπ.\t\t总分\t\t44\t100.00\t99.90\t\t');
    expect(readTotalRow(total, null, NO_SUMS, new Map(), true)).toEqual({ weight: { text: '100.00', line: 307 }, score: { text: '99.90', line: 307 } });
  });

  it('tells a lone OCR number by the column of the last indicator row (003 line 408: the score)', () => {
    const total = tabDense(408, '总分\t\t\t\t\t\t98.25\t');
    expect(readTotalRow(total, { weightIndex: 5, scoreIndex: 6, shift: -1 }, NO_SUMS, new Map(), true)).toEqual({ weight: null, score: { text: '98.25', line: 408 } });
    expect(readTotalRow(total, { weightIndex: 6, scoreIndex: 7, shift: 0 }, NO_SUMS, new Map(), true)).toEqual({ weight: { text: '98.25', line: 408 }, score: null });
  });

  it('reads a clean row in order: 分值, then a blank 得分 (002 因公出国（境）费)', () => {
    expect(readTotalRow(tabDense(914, '总分\t100\t\t'), null, NO_SUMS, new Map(), false)).toEqual({ weight: { text: '100', line: 914 }, score: null });
  });
});
