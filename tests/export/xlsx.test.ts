import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/export/download';
import { toXlsx } from '../../src/export/xlsx';

const columns = [
  { id: 'project', header: '项目名称' },
  { id: 'executed', header: '全年执行数' },
  { id: 'execution_rate', header: '执行率' },
];
const rows = [
  { project: '市本级因公出国(境)经费', executed: 43.31, execution_rate: 0.30934 },
  { project: '+cmd|" /C calc"!A0', executed: -2, execution_rate: null },
  { project: '-1+1', executed: 0, execution_rate: 0 },
];

describe('toXlsx', () => {
  const book = read(toXlsx('records/evaluations', columns, rows), { type: 'array' });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const matrix = utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });

  it('writes one sheet with a sanitized name', () => {
    expect(book.SheetNames).toEqual(['records evaluations']);
  });

  it('keeps numbers as numbers and Chinese text intact', () => {
    expect(matrix[0]).toEqual(['项目名称', '全年执行数', '执行率']);
    expect(matrix[1]).toEqual(['市本级因公出国(境)经费', 43.31, 0.30934]);
    expect(sheet['B2']?.t).toBe('n');
    expect(sheet['B3']?.v).toBe(-2);
  });

  it('neutralizes formula-like texts and writes no formula', () => {
    expect(matrix[2]![0]).toBe(`'+cmd|" /C calc"!A0`);
    expect(matrix[3]![0]).toBe(`'-1+1`);
    expect(Object.values(sheet).some((cell) => typeof cell === 'object' && cell !== null && 'f' in cell)).toBe(false);
  });
});

describe('exportFileName', () => {
  it('names the file after the view and the date', () => {
    expect(exportFileName('records-evaluations', 'xlsx', new Date(2026, 10, 23))).toBe('evallens-records-evaluations-2026-11-23.xlsx');
    expect(exportFileName('风险线索 findings', 'csv', new Date(2026, 0, 5))).toBe('evallens-findings-2026-01-05.csv');
  });
});
