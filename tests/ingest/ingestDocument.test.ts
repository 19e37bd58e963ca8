import { describe, expect, it } from 'vitest';
import type { EvaluationRow } from '../../src/contract/tables';
import { splitSourceLines } from '../../src/read/text/sourceLines';
import { NOT_REACHED } from '../../src/parse/recognize';
import { CORPUS, corpusBytes, ingestCorpusFile } from './corpus';

const byProject = (rows: EvaluationRow[], project: string) => {
  const found = rows.filter((r) => r.project === project);
  expect(found, project).toHaveLength(1);
  return found[0] as EvaluationRow;
};

describe('ingestDocument on the corpus: counts', () => {
  it('000: 10 self-evaluation forms and a list of 11 projects', async () => {
    const { rows, report } = await ingestCorpusFile('000_82397be2bbd94de5.txt');
    expect(rows.evaluations).toHaveLength(10);
    expect(rows.project_lists.filter((l) => l.list_kind === 'self_evaluation')).toHaveLength(11);
    expect(report).toMatchObject({ forms: 10, target_tables: 0, status: 'ok' });
  });
  it('001: 10 target tables and a list of 10 with amounts', async () => {
    const { rows, report } = await ingestCorpusFile('001_099530ba672a4441.txt');
    expect(rows.target_tables).toHaveLength(10);
    expect(rows.evaluations).toHaveLength(0);
    const list = rows.project_lists.filter((l) => l.list_kind === 'target');
    expect(list).toHaveLength(10);
    expect(list.find((l) => l.project === '12345政务热线服务项目')?.amount).toBe(492);
    expect(report).toMatchObject({ forms: 0, target_tables: 10 });
  });
  it('002: 12 forms, 003: 18 forms, 004: 11 forms', async () => {
    expect((await ingestCorpusFile('002_ddff5fd3e69ced26.txt')).rows.evaluations).toHaveLength(12);
    expect((await ingestCorpusFile('003_c9a193166346a5e1.txt')).rows.evaluations).toHaveLength(18);
    expect((await ingestCorpusFile('004_77a491ca9b0fee99.txt')).rows.evaluations).toHaveLength(11);
  });
});

describe('ingestDocument on the corpus: normalized header values', () => {
  it('市本级因公出国(境)经费 (000, 2024): 140.00 / 140.00 / 43.31, 30.934%, total 93.09', async () => {
    const e = byProject((await ingestCorpusFile('000_82397be2bbd94de5.txt')).rows.evaluations, '市本级因公出国(境)经费');
    expect(e).toMatchObject({
      year: 2024, region: '淮南市', department: '淮南市人民政府办公室', department_code: '009', implementing_unit: '淮南市人民政府办公室',
      budget_initial: 140, budget_full_year: 140, executed: 43.31, execution_rate_reported: 0.30934, execution_rate_raw: '30.934%',
      execution_weight: 10, execution_score: 3.09, total_weight: 100, total_score: 93.09, grade: null,
      execution_rate: null, score_sum: null, indicator_count: null, // derived in SQL by the store
    });
  });
  it('12345 hotline (000): no code printed, so department_code is NULL; cost target ≤492万元 parsed', async () => {
    const { rows } = await ingestCorpusFile('000_82397be2bbd94de5.txt');
    const e = byProject(rows.evaluations, '12345政务服务便民热线运营费用');
    expect(e).toMatchObject({ department_code: null, department: '淮南市人民政府办公室', budget_full_year: 492, executed: 492 });
    const cost = rows.indicators.find((i) => i.eval_id === e.eval_id && i.level2 === '成本指标');
    expect(cost).toMatchObject({ level1: '产出指标', name: '成本支出总量', target_raw: '≤492万元', target_op: '<=', target_value: 492, target_unit: '万元', actual_raw: '492万元', actual_value: 492, actual_kind: 'numeric', weight: 10, score: 10 });
    const econ = rows.indicators.find((i) => i.eval_id === e.eval_id && i.level2 === '经济效益指标');
    expect(econ).toMatchObject({ level1: '效益指标', target_raw: '显著', target_op: null, target_value: null, actual_raw: '达成预期指标', actual_kind: 'boilerplate' });
  });
  it('12345政务热线服务项目 (001, target table): [009] code, 492.00 / 492.00 / 0.00, 3年, targets parsed', async () => {
    const { rows } = await ingestCorpusFile('001_099530ba672a4441.txt');
    const table = rows.target_tables.find((t) => t.project === '12345政务热线服务项目');
    expect(table).toMatchObject({
      year: 2024, region: '淮南市', department: '淮南市人民政府办公室', department_code: '009', implementing_unit: '淮南市人民政府办公室',
      budget_total: 492, budget_fiscal: 492, budget_other: 0, project_period: '3年',
    });
    expect(table?.goal_text).toMatch(/^认真贯彻落实党中央/);
    const indicators = rows.target_indicators.filter((i) => i.target_table_id === table?.target_table_id);
    expect(indicators).toHaveLength(9);
    expect(indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '日均受理话务量', target_raw: '≥2500个', target_op: '>=', target_value: 2500, target_unit: '个', line: 559 });
    expect(indicators[3]).toMatchObject({ level2: '成本指标', target_raw: '≤492万元', target_op: '<=', target_value: 492, target_unit: '万元' });
    expect(indicators[1]).toMatchObject({ target_raw: '畅通', target_op: null, target_value: null, target_unit: null });
  });
  it('对台工作特费 (002, 2021): reported 1.12% → 0.0112, total 72.13', async () => {
    const e = byProject((await ingestCorpusFile('002_ddff5fd3e69ced26.txt')).rows.evaluations, '对台工作特费');
    expect(e).toMatchObject({ year: 2021, region: '大同市', department: '大同市人民政府外事办公室', budget_full_year: 8, executed: 0.09, execution_rate_reported: 0.0112, total_score: 72.13 });
  });
  it('全区因公出国(境)经费 (003, 2023): 839.00 → 289.00, 211.24, grade 优, OCR-garbled department corrected', async () => {
    const { rows } = await ingestCorpusFile('003_c9a193166346a5e1.txt');
    const e = rows.evaluations.find((r) => r.budget_initial === 839) as EvaluationRow;
    expect(e.project_raw).toContain('全区因公');
    expect(e).toMatchObject({ year: 2023, region: '上海市普陀区', department: '上海市普陀区人民政府办公室', budget_full_year: 289, executed: 211.24, execution_rate_reported: 0.7309, grade: '优' });
    expect(e.warnings).toContain('department_ocr_corrected');
    expect(rows.evaluations.every((r) => r.department === '上海市普陀区人民政府办公室')).toBe(true);
  });
  it('会议经费 (004, 2020): the missing budget cell is NULL with warning budget_cell_missing', async () => {
    const e = byProject((await ingestCorpusFile('004_77a491ca9b0fee99.txt')).rows.evaluations, '会议经费');
    expect(e).toMatchObject({ year: 2020, region: '湘西自治州', budget_initial: null, budget_full_year: 102.46, executed: 54.76, execution_rate_reported: 0.5345, execution_score: 4, total_score: 96 });
    expect(e.warnings).toContain('budget_cell_missing');
  });
  it('004: `湘西自治州政府办` is the same department as 湘西自治州人民政府办公室', async () => {
    const { rows } = await ingestCorpusFile('004_77a491ca9b0fee99.txt');
    expect(new Set(rows.evaluations.map((r) => r.department))).toEqual(new Set(['湘西自治州人民政府办公室']));
    expect(rows.evaluations.find((r) => r.implementing_unit === '湘西州人民政府驻深圳办事处')?.department).toBe('湘西自治州人民政府办公室');
  });
  it('002: a blank 一级 cell is inferred from the 二级 label', async () => {
    const { rows } = await ingestCorpusFile('002_ddff5fd3e69ced26.txt');
    expect(rows.indicators.every((i) => i.level1 !== null && i.level2 !== null)).toBe(true);
    expect(rows.evaluations.filter((e) => e.warnings?.includes('level1_inferred')).map((e) => e.project)).toEqual([
      '驻村帮扶工作人员经费',
      '公益二类事业单位政府购买服务',
      '对台工作特费',
      '残疾人就业保障金',
      '专项事务工作经费',
      '外事培训费',
      '外事接待费',
      '外事宣传费',
    ]);
    const training = rows.indicators.find((i) => i.name === '培训次数');
    expect(training).toMatchObject({ target_raw: '≥7次', target_op: '>=', target_value: 7, target_unit: '次', actual_value: 1, actual_unit: '次', weight: 10, score: 1 });
  });
});

describe('ingestDocument on the corpus: nothing is lost', () => {
  for (const file of CORPUS) {
    it(`${file}: every non-blank line is consumed or unparsed, exactly once`, async () => {
      const { rows, report } = await ingestCorpusFile(file);
      const text = new TextDecoder().decode(corpusBytes(file));
      const nonBlank = splitSourceLines(text).filter((l) => l.text.trim() !== '').length;
      expect((report.lines_consumed as number) + (report.lines_unparsed as number)).toBe(nonBlank);
      expect(rows.unparsed_lines).toHaveLength(report.lines_unparsed as number);
      expect(new Set(rows.unparsed_lines.map((u) => u.line)).size).toBe(rows.unparsed_lines.length);
      expect(rows.unparsed_lines.every((u) => u.reason !== '' && u.reason !== NOT_REACHED)).toBe(true);
      expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    });
  }
});
