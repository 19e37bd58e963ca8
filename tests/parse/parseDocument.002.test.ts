import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';
import { CORPUS_FILES, fundsCells, readCorpus, text } from './corpus';

const doc = parseDocument(readCorpus('002'), CORPUS_FILES['002']);

// Read off the document: project, 年初 / 全年 / 执行, 分值, 执行率, 得分, 总分 分值 / 得分, number of indicators.
const HEADERS = [
  ['宣传交流工作经费', '11', '11', '1.7', '10', '15.45', '1.5', '100', '47.84', 12],
  ['驻村帮扶工作人员经费', '14', '14', '9.8', '10', '70%', '7', '100', '69', 13],
  ['赴台工作经费', '6', '6', '0', '10', '0%', '0', '100', '0', 0],
  ['因公出国（境）费', '73', '73', '0', '10', '0%', '0', '100', null, 0],
  ['公益二类事业单位政府购买服务', '45.5', '45.5', '45.5', '10', '100%', '10', '100', '100', 7],
  ['对台工作特费', '8', '8', '0.09', '10', '1.12%', '0.07', '100', '72.13', 12],
  ['残疾人就业保障金', '1.98', '1.98', '1.98', '10', '100%', '10', '100', '100', 6],
  ['两节慰问费', '1', '1', '0', '10', '0%', '0', '100', '0', 0],
  ['专项事务工作经费', '5.8', '5.8', '5.44', '10', '94%', '9.38', '100', '99.38', 7],
  ['外事培训费', '5', '5', '0.71', '10', '14.2%', '0.35', '100', '72.35', 10],
  ['外事接待费', '10', '10', '2.04', '10', '20.04%', '2.04', '100', '72.45', 7],
  ['外事宣传费', '6.5', '6.5', '3.06', '10', '47%', '4.7', '100', '87.4', 7],
];

describe('parseDocument on 002 (大同市人民政府外事办公室, 2021)', () => {
  it('reads 12 self-evaluation forms and nothing else', () => {
    expect(doc.selfEvaluations).toHaveLength(12);
    expect(doc.targetTables).toHaveLength(0);
    expect(doc.projectLists).toHaveLength(0);
  });

  it('reads the header cells of every form as printed', () => {
    expect(doc.selfEvaluations.map((form) => [text(form.project), ...fundsCells(form), form.indicators.length])).toEqual(HEADERS);
    for (const form of doc.selfEvaluations) {
      expect(text(form.department)).toBe('大同市人民政府外事办公室');
      expect(text(form.implementingUnit)).toBe('大同市人民政府外事办公室');
      expect(form.year?.text.replace(/\s/g, '')).toBe('填列单位（公章）：（2021年度）');
      expect(form.grade).toBeNull();
    }
  });

  it('reads 对台工作特费 (1.12%, total 72.13) with its indicators and lines', () => {
    const form = doc.selfEvaluations[5];
    expect(form?.lineStart).toBe(1167);
    expect(form?.funds.rate).toEqual({ text: '1.12%', line: 1195 });
    expect(form?.totalScore).toEqual({ text: '72.13', line: 1376 });
    const first = form?.indicators[0];
    expect(first?.name).toEqual({ text: '指标1：接待台湾商团批次', line: 1253 });
    expect([text(first?.level1), text(first?.level2), text(first?.target), text(first?.actual), text(first?.weight), text(first?.score)]).toEqual([
      '产出指标',
      '数量指标',
      '≥8',
      '1',
      '6.25',
      '0.7',
    ]);
    const cost = form?.indicators[7];
    expect([text(cost?.level2), text(cost?.target), text(cost?.actual), text(cost?.score)]).toEqual(['成本指标', '1万/批次', '0.09万/批次', '0.1']);
  });

  it('infers the blank 效益指标 cell from the 二级 label, with a warning on each row', () => {
    const form = doc.selfEvaluations[5];
    const social = form?.indicators.filter((indicator) => text(indicator.level2) === '社会效益\n指标') ?? [];
    expect(social.map((indicator) => indicator.name.text)).toEqual(['指标1：群众认可度', '指标2：两岸交流']);
    for (const indicator of social) {
      expect(text(indicator.level1)).toBe('效益指标');
      expect(indicator.warnings).toEqual(['level1_inferred']);
    }
    expect(form?.indicators[0]?.warnings).toEqual([]);
    // In the first form the 效益指标 cell is printed, so nothing is inferred.
    const printed = doc.selfEvaluations[0]?.indicators[7];
    expect(printed?.level1).toEqual({ text: '效益指标', line: 158 });
    expect(printed?.warnings).toEqual([]);
  });

  it('joins a row split by an empty paragraph in a cell', () => {
    const split = doc.selfEvaluations[0]?.indicators[4];
    expect(split?.name).toEqual({ text: '指标2：是否按预定进度完成', line: 129 });
    expect([text(split?.level2), text(split?.target), text(split?.actual), text(split?.weight), text(split?.score)]).toEqual(['时效指标', '是', '是', '5', '5']);
    expect(split?.target?.line).toBe(131);
  });

  it('drops placeholder indicators (指标1：, 指标3：, ……) but keeps a numbered one with values', () => {
    expect(doc.selfEvaluations[2]?.indicators).toEqual([]); // 赴台工作经费, 0% executed
    const training = doc.selfEvaluations[9]?.indicators.map((indicator) => indicator.name.text);
    expect(training).not.toContain('指标3：');
    expect(training).not.toContain('……');
    expect(training).toContain('指标1：');
    const cost = doc.selfEvaluations[9]?.indicators.find((indicator) => indicator.name.text === '指标1：');
    expect([text(cost?.target), text(cost?.actual)]).toEqual(['3570元/人', '3550元/人']);
  });

  it('keeps the deviation note and reads the 项目绩效分析 narrative as narrative, not data', () => {
    const note = doc.selfEvaluations[1]?.indicators[7];
    expect(note?.deviationNote).toEqual({ text: '因驻村人员返回', line: 412 });
    // The narrative lines (216–248) are inside the first form and consumed.
    expect(doc.selfEvaluations[0]?.lineEnd).toBe(248);
    expect(doc.consumed).toContain(219);
    expect(doc.consumed).toContain(241);
    expect(doc.unparsed).toEqual([]);
  });
});
