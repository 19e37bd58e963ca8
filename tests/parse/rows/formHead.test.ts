import { describe, expect, it } from 'vitest';
import { readFundsHeader, readFundsTotal, readProject } from '../../../src/parse/rows/formHead';
import { readGrade } from '../../../src/parse/rows/gradeRow';
import { splitRow } from '../../../src/parse/rows/tableRow';

const row = (line: number, text: string) => splitRow({ line, text }, '\t');

describe('formHead', () => {
  it('reads the funds row by the header roles, joining an amount OCR split (003 lines 365–366)', () => {
    const columns = readFundsHeader(row(365, '\t\t\t年初预算数\t全年预算数\t全年执行\t\t分数\t执行率(%)\t得分'))!;
    const { funds, warnings } = readFundsTotal(row(366, '\t\t年度资金总额:\t1,733.50\t3,233.50\t3,232.7\t4\t10.00\t99.97\t9.99'), columns);
    expect(Object.values(funds).map((cell) => cell?.text)).toEqual(['1,733.50', '3,233.50', '3,232.74', '10.00', '99.97', '9.99']);
    expect(warnings).toEqual(['amount_split_joined']);
  });

  it('keeps an amount whole when the stray digit after it is noise (003 line 210: `211.24|1`)', () => {
    const columns = readFundsHeader(row(209, '\t\t\t年初预算数\t全年预算数\t全年执行\t\t分数\t执行率(%)\t得分'))!;
    const { funds, warnings } = readFundsTotal(row(210, '\t\t年度资金总额:\t839.00\t289.00\t211.24\t1\t10.00\t73.09\t7.30'), columns);
    expect(funds.executed).toEqual({ text: '211.24', line: 210 });
    expect(warnings).toEqual([]);
  });

  it('reads the project name, null when OCR left none (003 lines 1, 38)', () => {
    expect(readProject(row(38, '项目名称\t\t\t\t\t\t\t\t\t')).project).toBeNull();
    const first = readProject(row(1, '项目\t名称\t\t\t政务服务线」\t上办理宣传推广\t·项目\t\t\t'));
    expect(first.project).toEqual({ text: '政务服务线」上办理宣传推广·项目', line: 1 });
    expect(first.leadingGap).toBe(2);
    expect(first.warnings).toEqual(['project_name_fragment']);
  });

  it('reads the grade after a misread label end, and none after a label alone (003 lines 308, 74)', () => {
    expect(readGrade(row(308, '评分等\t纵\t\t\t优\t\t\t\t'))).toEqual({ text: '优', line: 308 });
    expect(readGrade(row(74, '评分等\t评分等级\t\t\t\t\t\t\t'))).toBeNull();
  });
});
