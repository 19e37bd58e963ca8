import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadForm, type FormRecord } from '../../../src/views/drilldown/drilldownQueries';
import { flaggedCells, indicatorKey } from '../../../src/views/drilldown/flagCells';
import { sliceLines } from '../../../src/sources/sourceText';
import { contractDbSuite } from '../../query/contractDb';

const MEETING = '004_77a491ca9b0fee99.txt#7';
const db = contractDbSuite();
let form: FormRecord;
beforeAll(async () => {
  form = (await loadForm(db.conn, MEETING))!;
});

describe('drill-down of 会议经费 (湘西, 2020)', () => {
  it('loads the form header and funds block', () => {
    expect(form.evaluation).toMatchObject({
      project: '会议经费',
      department: '湘西自治州人民政府办公室',
      implementing_unit: '湘西自治州人民政府办公室',
      budget_full_year: 102.46,
      executed: 54.76,
      execution_rate_raw: '53.45%',
      execution_score: 4,
      total_score: 96,
      score_sum: 94,
      line_start: 1289,
      line_end: 1466,
    });
  });

  it('loads its eight indicators in order, with their source lines', () => {
    expect(form.indicators.map((i) => i.indicator_index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(form.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '招开会议次数', target_raw: '40次', actual_raw: '47次', weight: 7, score: 7, line: 1378 });
    expect(form.indicators[7]).toMatchObject({ level2: '服务对象满意度指标', target_raw: '≧95%', actual_raw: '96%' });
  });

  it('lists its findings high first and highlights the cells they cite', () => {
    expect(form.flags[0]!.severity).toBe('high');
    const ids = form.flags.map((f) => f.rule_id);
    expect(ids).toEqual(expect.arrayContaining(['calc.total', 'calc.exec_score', 'exec.low', 'inflation.low_exec_high_score']));
    const cells = flaggedCells(form.flags);
    expect(cells.form.get('total_score')).toEqual(expect.arrayContaining(['calc.total', 'inflation.low_exec_high_score']));
    expect(cells.form.get('execution_score')).toEqual(['calc.exec_score']);
    expect(cells.form.get('execution_rate')).toEqual(expect.arrayContaining(['exec.low']));
    expect(cells.form.has('budget_initial')).toBe(false);
    for (const flag of form.flags.filter((f) => f.indicator_index !== null)) {
      const marked = [...cells.indicator].filter(([key, rules]) => key.startsWith(`${flag.indicator_index}:`) && rules.includes(flag.rule_id));
      expect(marked.length).toBeGreaterThan(0);
    }
    // 4 (项目是否按时完成) and 7 (可持续性得以延续) stand in nine other 004 forms too: name, target and actual marked;
    // 5's target (未出现超标支出现象) is no measure.
    expect(form.flags.filter((f) => f.indicator_index !== null).map((f) => [f.indicator_index, f.rule_id])).toEqual([
      [4, 'dept.copied_indicators'],
      [7, 'dept.copied_indicators'],
      [5, 'target.vague'],
    ]);
    expect([...cells.indicator.keys()]).toEqual(['4:name', '4:target', '4:actual', '7:name', '7:target', '7:actual', '5:target']);
    const vague = form.flags.find((f) => f.rule_id === 'target.vague');
    expect(vague).toMatchObject({ indicator_index: 5, message_zh: expect.stringContaining('未出现超标支出现象') });
    expect(cells.indicator.get(indicatorKey(5, 'target'))).toEqual(['target.vague']);
  });

  it('marks an unknown rule on the project name or the indicator name', () => {
    const cells = flaggedCells([
      { flag_id: 'new.rule:x#1', rule_id: 'new.rule', severity: 'low', indicator_index: null, message_zh: '', message_en: '', evidence: null },
      { flag_id: 'new.rule:x#1:3', rule_id: 'new.rule', severity: 'low', indicator_index: 3, message_zh: '', message_en: '', evidence: null },
    ]);
    expect(cells.form.get('project')).toEqual(['new.rule']);
    expect(cells.indicator.get(indicatorKey(3, 'name'))).toEqual(['new.rule']);
  });

  it('returns null for an id that is no form', async () => {
    expect(await loadForm(db.conn, "x' OR 1=1 --")).toBeNull();
  });

  it('slices the source lines of the form, numbered from 1', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../data/raw/004_77a491ca9b0fee99.txt'), 'utf8');
    const lines = sliceLines(text, form.evaluation.line_start!, form.evaluation.line_end!);
    expect(lines).toHaveLength(1466 - 1289 + 1);
    expect(lines[0]!.line).toBe(1289);
    expect(lines.find((l) => l.line === 1293)!.text.trim()).toBe('会议经费');
    expect(lines.find((l) => l.line === 1378)!.text).toContain('招开会议次数');
    expect(sliceLines('a\r\nb\nc', 2, 9)).toEqual([
      { line: 2, text: 'b' },
      { line: 3, text: 'c' },
    ]);
  });
});
