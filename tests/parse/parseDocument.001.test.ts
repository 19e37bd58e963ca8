import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';
import { CORPUS_FILES, readCorpus, text } from './corpus';

const doc = parseDocument(readCorpus('001'), CORPUS_FILES['001']);

// Read off the document: 项目名称, 项目期, 年度资金总额, 其中：财政拨款, 其他资金, number of indicators.
const TABLES: [string, string, string, string, string, number][] = [
  ['“放管服”改革和营商环境监督专项经费', '3年', '96.00', '96.00', '0.00', 9],
  ['政务公开工作专项经费', '3年', '72.80', '72.80', '0.00', 9],
  ['政策研究及落实情况监督检查工作经费', '3年', '190.00', '190.00', '0.00', 12],
  ['市本级因公出国(境)经费', '1年', '140.00', '140.00', '0.00', 9],
  ['12345政务热线服务项目', '3年', '492.00', '492.00', '0.00', 9],
  ['行政管理事务专项经费', '3年', '49.00', '49.00', '0.00', 10],
  ['政府公报专项费用', '3年', '23.17', '23.17', '0.00', 9],
  ['外事工作专项经费', '3年', '24.00', '24.00', '0.00', 9],
  ['政务信息工作专项信息', '3年', '15.00', '15.00', '0.00', 9],
  ['政府网站安全运行专项经费', '3年', '12.90', '12.90', '0.00', 9],
];

describe('parseDocument on 001 (淮南市人民政府办公室, 2024 target tables)', () => {
  it('reads 10 target tables, no self-evaluation, and the list of 10 with budgets', () => {
    expect(doc.selfEvaluations).toHaveLength(0);
    expect(doc.targetTables).toHaveLength(10);
    expect(doc.projectLists).toHaveLength(10);
    expect(doc.projectLists.every((entry) => entry.listKind === 'target')).toBe(true);
    expect(doc.projectLists.map((entry) => [entry.seq, entry.project.text, text(entry.amount)])).toEqual([
      [1, '“放管服”改革和营商环境监督专项经费', '96'],
      [2, '政务公开工作专项经费', '72.8'],
      [3, '政策研究及落实情况监督检查工作经费', '190'],
      [4, '市本级因公出国(境)经费', '140'],
      [5, '12345政务热线服务项目', '492'],
      [6, '行政管理事务专项经费', '49'],
      [7, '政府公报专项费用', '23.17'],
      [8, '外事工作专项经费', '24'],
      [9, '政务信息工作专项信息', '15'],
      [10, '政府网站安全运行专项经费', '12.9'],
    ]);
    expect(doc.projectLists[9]?.amount).toEqual({ text: '12.9', line: 49 });
  });

  it('reads the header of every target table', () => {
    expect(
      doc.targetTables.map((table) => [text(table.project), text(table.projectPeriod), text(table.budgetTotal), text(table.budgetFiscal), text(table.budgetOther), table.indicators.length]),
    ).toEqual(TABLES);
    for (const table of doc.targetTables) {
      expect(text(table.department)).toBe('[009]淮南市人民政府办公室');
      expect(text(table.implementingUnit)).toBe('淮南市人民政府办公室');
      expect(text(table.projectSource)).toBe('本级申报项目');
      expect(text(table.year)).toBe('（2024年度）');
      expect(table.goal?.text.length).toBeGreaterThan(20);
    }
  });

  it('reads the 12345 hotline table with its lines and targets', () => {
    const table = doc.targetTables[4];
    expect(table?.formIndex).toBe(5);
    expect(table?.lineStart).toBe(507);
    expect(table?.lineEnd).toBe(608);
    expect(table?.project).toEqual({ text: '12345政务热线服务项目', line: 517 });
    expect(table?.budgetTotal).toEqual({ text: '492.00', line: 532 });
    expect(table?.goal?.text.startsWith('认真贯彻落实党中央、国务院和省委、省政府关于用好便民热线')).toBe(true);
    const first = table?.indicators[0];
    expect([text(first?.level1), text(first?.level2), text(first?.target)]).toEqual(['产出指标', '数量指标', '≥2500个']);
    expect(first?.name).toEqual({ text: '日均受理话务量', line: 559 });
    const last = table?.indicators[8];
    expect([text(last?.level1), text(last?.level2), text(last?.target)]).toEqual(['满意度指标', '满意度指标', '≥90%']);
    expect(last?.name).toEqual({ text: '群众满意度', line: 607 });
  });

  it('carries merged 二级 cells down and strips Word field artefacts', () => {
    const table = doc.targetTables[2];
    expect(table?.indicators.map((indicator) => text(indicator.level2))).toEqual([
      '数量指标',
      '数量指标',
      '质量指标', // printed `[bookmark: _GoBack]质量指标` on line 338
      '质量指标',
      '时效指标',
      '时效指标',
      '成本指标',
      '经济效益指标',
      '社会效益指标',
      '生态效益指标',
      '可持续影响指标',
      '满意度指标',
    ]);
    expect(table?.indicators[2]?.level2?.line).toBe(338);
    expect(table?.indicators[10]?.target).toEqual({ text: '显著', line: 388 });
    expect(doc.targetTables[9]?.indicators[3]?.target?.text).toBe('≤182.31万元');
  });

  it('leaves the closing note outside any table unparsed, with its reason', () => {
    expect(doc.unparsed.map((line) => line.line)).toEqual([1166, 1167]);
    expect(doc.unparsed[0]?.text.startsWith('注：“华侨事务补助”项目')).toBe(true);
    expect(doc.unparsed[0]?.reason).toBe('paragraph outside any form or list');
  });

  it('keeps the document heading that states agency and year', () => {
    expect(doc.headings[0]).toEqual({ text: '淮南市人民政府办公室2024年度项目支出绩效目标', line: 3 });
  });
});
