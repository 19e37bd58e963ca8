import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../src/export/csv';

/** RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

// Header figures of two real forms: 000 (淮南市, 2024) and 004 (湘西, 2020).
const columns = [
  { id: 'project', header: '项目名称' },
  { id: 'budget_full_year', header: '全年预算数' },
  { id: 'executed', header: '全年执行数' },
  { id: 'execution_rate', header: '执行率' },
  { id: 'warnings', header: 'warnings' },
];
const rows = [
  { project: '市本级因公出国(境)经费', budget_full_year: 140, executed: 43.31, execution_rate: 0.30934, warnings: [] },
  { project: '=HYPERLINK("http://x.example","会议经费")', budget_full_year: null, executed: -1.5, execution_rate: null, warnings: ['budget_cell_missing', 'a,b'] },
  { project: '@SUM(A1)\n第二行', budget_full_year: 12.9, executed: 0, execution_rate: 0, warnings: null },
];

describe('toCsv', () => {
  const csv = toCsv(columns, rows);

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back to the same cells, numbers as written', () => {
    const parsed = parseCsv(csv.slice(1));
    expect(parsed).toHaveLength(4);
    expect(parsed[0]).toEqual(['项目名称', '全年预算数', '全年执行数', '执行率', 'warnings']);
    expect(parsed[1]).toEqual(['市本级因公出国(境)经费', '140', '43.31', '0.30934', '']);
    expect(parsed[3]![1]).toBe('12.9');
  });

  it('neutralizes formula-like texts but keeps negative numbers numeric', () => {
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[2]![0]).toBe(`'=HYPERLINK("http://x.example","会议经费")`);
    expect(parsed[2]![2]).toBe('-1.5');
    expect(parsed[2]![3]).toBe('');
    expect(parsed[2]![4]).toBe('budget_cell_missing; a,b');
    expect(parsed[3]![0]).toBe("'@SUM(A1)\n第二行");
  });

  it('neutralizes a formula-like header too (SQL result columns are named by the query)', () => {
    const parsed = parseCsv(toCsv([{ id: 'x', header: '=1+1' }], [{ x: '-x' }]).slice(1));
    expect(parsed).toEqual([["'=1+1"], ["'-x"]]);
  });

  it('quotes a field with a comma, quote or line break', () => {
    expect(csv).toContain('"\'=HYPERLINK(""http://x.example"",""会议经费"")"');
    expect(csv).toContain('"budget_cell_missing; a,b"');
  });
});
