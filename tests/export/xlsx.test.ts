import { CFB, read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/export/download';
import { toXlsx } from '../../src/export/xlsx';

const columns = [
  { id: 'project', header: '项目名称' },
  { id: 'executed', header: '全年执行数' },
  { id: 'execution_rate', header: '执行率' },
];
const FORMULAS = ['+cmd|" /C calc"!A0', '-1+1', '=HYPERLINK("http://x.example","会议经费")', '@SUM(A1)'];
const rows = [
  { project: '市本级因公出国(境)经费', executed: 43.31, execution_rate: 0.30934 },
  { project: FORMULAS[0], executed: -2, execution_rate: null },
  { project: FORMULAS[1], executed: 0, execution_rate: 0 },
  { project: FORMULAS[2], executed: 1, execution_rate: 1 },
  { project: FORMULAS[3], executed: 2, execution_rate: 1 },
];

/** The text of one part of the XLSX (a zip) as written, e.g. the sheet's XML. */
function part(xlsx: Uint8Array, path: string): string {
  const zip = CFB.read(xlsx, { type: 'array' });
  const index = zip.FullPaths.findIndex((p: string) => p.endsWith(`/${path}`));
  if (index < 0) throw new Error(`${path} not in the file`);
  return Buffer.from(zip.FileIndex[index]!.content as Uint8Array).toString('utf8');
}

describe('toXlsx', () => {
  const file = toXlsx('records/evaluations', columns, rows);
  const book = read(file, { type: 'array', cellFormula: true });
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

  it('stores formula-like texts as they are, in text cells, and writes no formula', () => {
    expect(matrix.slice(2).map((r) => r[0])).toEqual(FORMULAS);
    for (const [i, text] of FORMULAS.entries()) expect(sheet[`A${i + 3}`]).toMatchObject({ t: 's', v: text });
    expect(Object.values(sheet).some((cell) => typeof cell === 'object' && cell !== null && 'f' in cell)).toBe(false);
    // In the file itself: every text cell is a shared string (t="s"), and there is no <f> element.
    const xml = part(file, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml.match(/<c r="A\d+"[^>]*>/g)).toEqual(Array.from({ length: 6 }, (_, i) => `<c r="A${i + 1}" t="s">`));
    expect(part(file, 'xl/sharedStrings.xml')).toContain('<t>=HYPERLINK(&quot;http://x.example&quot;,&quot;会议经费&quot;)</t>');
  });
});

describe('exportFileName', () => {
  it('names the file after the view and the date', () => {
    expect(exportFileName('records-evaluations', 'xlsx', new Date(2026, 10, 23))).toBe('evallens-records-evaluations-2026-11-23.xlsx');
    expect(exportFileName('风险线索 findings', 'csv', new Date(2026, 0, 5))).toBe('evallens-findings-2026-01-05.csv');
  });
});
