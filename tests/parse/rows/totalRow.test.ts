import { describe, expect, it } from 'vitest';
import { isTotalRow, readTotalRow } from '../../../src/parse/rows/totalRow';
import { splitRow } from '../../../src/parse/rows/tableRow';

const row = (line: number, text: string) => splitRow({ line, text }, '\t');

describe('totalRow', () => {
  it('reads weight and score, past a stray number (003 line 307)', () => {
    const total = row(307, '2교 /\\ ^^\tε Δπ.\t\t总分\t\t44\t100.00\t99.90\t\t');
    expect(isTotalRow(total)).toBe(true);
    expect(readTotalRow(total, null)).toEqual({ weight: { text: '100.00', line: 307 }, score: { text: '99.90', line: 307 } });
  });

  it('tells a lone number by the column of the last indicator row (003 line 408: the score)', () => {
    const total = row(408, '总分\t\t\t\t\t\t98.25\t');
    expect(readTotalRow(total, { weightIndex: 5, scoreIndex: 6, shift: -1 })).toEqual({ weight: null, score: { text: '98.25', line: 408 } });
    expect(readTotalRow(total, { weightIndex: 6, scoreIndex: 7, shift: 0 })).toEqual({ weight: { text: '98.25', line: 408 }, score: null });
  });
});
