import { describe, expect, it } from 'vitest';
import type { FlagRow } from '../../src/contract/tables';
import { flagsToCsv } from '../../src/rules/flagsCsv';

const flag = (over: Partial<FlagRow>): FlagRow => ({
  flag_id: 'exec.low:a.txt#1', rule_id: 'exec.low', severity: 'high', source_file: 'a.txt', eval_id: 'a.txt#1',
  indicator_index: null, target_table_id: null, project: '会议经费', message_zh: '执行率 53.45%', message_en: 'rate 53.45%', evidence: '{"x":1}', ...over,
});

describe('flagsToCsv', () => {
  it('writes a BOM, the contract header and CRLF rows, quoting what needs it', () => {
    const csv = flagsToCsv([flag({ message_zh: '执行率 53.45%，"低"\n第二行', indicator_index: 3 })]);
    expect(csv.startsWith('\uFEFFflag_id,rule_id,severity,source_file,eval_id,indicator_index,target_table_id,project,message_zh,message_en,evidence\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('exec.low:a.txt#1,exec.low,high,a.txt,a.txt#1,3,,会议经费,"执行率 53.45%，""低""\n第二行",rate 53.45%,"{""x"":1}"');
  });
  it('neutralizes cells a spreadsheet would run as a formula', () => {
    const csv = flagsToCsv([flag({ project: '=HYPERLINK("http://x")', message_zh: '+1', message_en: '-2', evidence: '@SUM(A1)' })]);
    expect(csv.split('\r\n')[1]).toBe(`exec.low:a.txt#1,exec.low,high,a.txt,a.txt#1,,,"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1)`);
  });
});
