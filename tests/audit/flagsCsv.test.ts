import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTableSql, type FlagRow } from '../../src/contract/tables';
import { NodeConnection } from '../../src/db/nodeConnection';
import { writeFlagsCsv } from '../../src/audit/flagsCsv';
import { insertRows } from '../rules/support/fixtures';

const flag = (over: Partial<FlagRow>): FlagRow => ({
  flag_id: 'exec.low:a.txt#1', rule_id: 'exec.low', severity: 'high', source_file: 'a.txt', eval_id: 'a.txt#1',
  indicator_index: null, target_table_id: null, project: '会议经费', message_zh: '执行率 53.45%', message_en: 'rate 53.45%', evidence: '{"x":1}', ...over,
});

const dir = mkdtempSync(join(tmpdir(), 'evallens-flags-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CSV DuckDB writes for a flags table holding `flags`. */
async function csvOf(flags: FlagRow[]): Promise<string> {
  const conn = await NodeConnection.open();
  try {
    await conn.run(createTableSql('flags'));
    await insertRows(conn, 'flags', flags);
    const file = join(dir, 'flags.csv');
    await writeFlagsCsv(conn, file, join(dir, 'scratch.csv'));
    return readFileSync(file, 'utf8');
  } finally {
    conn.close();
  }
}

describe('writeFlagsCsv', () => {
  it('writes a BOM, the contract header and CRLF rows, quoting what needs it, and leaves no scratch file', async () => {
    const csv = await csvOf([flag({ message_zh: '执行率 53.45%，"低"\n第二行', indicator_index: 3 })]);
    expect(csv.startsWith('\uFEFFflag_id,rule_id,severity,source_file,eval_id,indicator_index,target_table_id,project,message_zh,message_en,evidence\r\n')).toBe(true);
    // DuckDB also quotes a cell holding `#` (its comment character): spreadsheets read "a.txt#1" as a.txt#1.
    expect(csv.split('\r\n')[1]).toBe('"exec.low:a.txt#1",exec.low,high,a.txt,"a.txt#1",3,,会议经费,"执行率 53.45%，""低""\n第二行",rate 53.45%,"{""x"":1}"');
    expect(readdirSync(dir)).toEqual(['flags.csv']);
  });
  it('neutralizes cells a spreadsheet would run as a formula', async () => {
    const csv = await csvOf([flag({ project: '=HYPERLINK("http://x")', message_zh: '+1', message_en: '-2', evidence: '@SUM(A1)' })]);
    expect(csv.split('\r\n')[1]).toBe(`"exec.low:a.txt#1",exec.low,high,a.txt,"a.txt#1",,,"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1)`);
  });
  it('writes the rows in the contract order (source file, form, rule, flag)', async () => {
    const csv = await csvOf([flag({ flag_id: 'b', source_file: 'b.txt' }), flag({ flag_id: 'a2', rule_id: 'exec.zero' }), flag({ flag_id: 'a1' })]);
    expect(csv.trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[0])).toEqual(['a1', 'a2', 'b']);
  });
});
