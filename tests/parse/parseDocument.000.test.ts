import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';
import { CORPUS_FILES, headerCells, readCorpus, text } from './corpus';

const doc = parseDocument(readCorpus('000'), CORPUS_FILES['000']);

// Read off the document: project, 主管部门, 实施单位, 年初 / 全年 / 执行, 分值, 执行率, 得分, 总分 分值 / 得分.
const HEADERS = [
  ['12345政务服务便民热线运营费用', '淮南市人民政府办公室', '淮南市人民政府办公室', '492', '492', '492', '10', '100%', '10', '100', '100'],
  ['“放管服”改革和营商环境监督专项经费', '009-淮南市人民政府办公室', '009001-淮南市人民政府办公室', '96.00', '96.00', '45.44', '10', '47.33%', '4.73', '100', '94.73'],
  ['政务公开工作专项经费', '009-淮南市人民政府办公室', '009001-淮南市人民政府办公室', '72.80', '72.80', '54.56', '10', '74.95%', '7.49', '100', '97.49'],
  ['行政管理事务专项经费', '009-淮南市人民政府办公室', '009001-淮南市人民政府办公室', '49.00', '49.00', '44.01', '10', '89.82%', '8.98', '100', '98.98'],
  ['外事工作专项经费', '淮南市人民政府办公室', '淮南市人民政府办公室', '24.00', '24.00', '13.96', '10', '58.15%', '5.82', '100', '95.82'],
  ['政府公报专项费用', '009-淮南市人民政府办公室', '009001-淮南市人民政府办公室', '23.17', '23.17', '15.18', '10', '65.51%', '6.55', '100', '96.55'],
  ['政务公开工作专项经费', '009-淮南市人民政府办公室', '淮南市人民政府办公室', '99.20', '99.20', '73.62', '10', '74.21%', '7.42', '100', '97.42'],
  ['政府网站安全运行专项经费', '009-淮南市人民政府办公室', '淮南市人民政府办公室', '12.90', '104.20', '104.20', '10', '100.00%', '10.00', '100', '100'],
  ['华侨事务补助', '淮南市人民政府办公室', '淮南市人民政府办公室', '2.34', '2.34', '1.68万元', null, '74.34%', '7.43', '97.43', '97.43'],
  ['市本级因公出国(境)经费', '009-淮南市人民政府办公室', '009001-淮南市人民政府办公室', '140.00', '140.00', '43.31', '10', '30.934%', '3.09', '100', '93.09'],
];

describe('parseDocument on 000 (淮南市人民政府办公室, 2024, Word-table text)', () => {
  it('reads the list of 11 projects and 10 self-evaluation forms', () => {
    expect(doc.layout).toBe('cell-per-line');
    expect(doc.targetTables).toHaveLength(0);
    expect(doc.selfEvaluations).toHaveLength(10);
    expect(doc.projectLists).toHaveLength(11);
    expect(doc.projectLists.every((entry) => entry.listKind === 'self_evaluation' && entry.amount === null)).toBe(true);
    expect(doc.projectLists.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(doc.projectLists[0]?.project).toEqual({ text: '12345政务服务热线项目', line: 7 });
    expect(doc.projectLists[10]?.project).toEqual({ text: '市本级因公出国(境)经费', line: 37 });
  });

  it('lists two projects that have no form, and one name with two forms of different amounts', () => {
    const formProjects = new Set(doc.selfEvaluations.map((form) => text(form.project)));
    const listedWithoutForm = doc.projectLists.map((entry) => entry.project.text).filter((name) => !formProjects.has(name));
    expect(listedWithoutForm).toContain('政策研究及落实情况监督检查工作经费');
    expect(listedWithoutForm).toContain('政务信息工作专项信息');
    const twice = doc.selfEvaluations.filter((form) => text(form.project) === '政务公开工作专项经费');
    expect(twice.map((form) => text(form.funds.budgetFullYear))).toEqual(['72.80', '99.20']);
  });

  it('reads the header cells of every form as printed', () => {
    const read = doc.selfEvaluations.map(headerCells);
    expect(read).toEqual(HEADERS);
    expect(doc.selfEvaluations.every((form) => form.grade === null && form.warnings.length === 0)).toBe(true);
    expect(doc.selfEvaluations.map((form) => form.formIndex)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives each form its own year line and its line range', () => {
    const form = doc.selfEvaluations[9];
    expect(form?.year).toEqual({ text: '（2024年度）', line: 1682 });
    expect(form?.lineStart).toBe(1682);
    expect(form?.lineEnd).toBe(1860);
    expect(form?.funds.executed).toEqual({ text: '43.31', line: 1717 });
    expect(form?.totalScore).toEqual({ text: '93.09', line: 1860 });
    expect(doc.selfEvaluations.every((each) => each.year?.text.replace(/\s/g, '') === '（2024年度）')).toBe(true);
  });

  it('reads the indicators of 市本级因公出国(境)经费 with their lines', () => {
    const form = doc.selfEvaluations[9];
    expect(form?.indicators).toHaveLength(9);
    const first = form?.indicators[0];
    expect(text(first?.level1)).toBe('产出指标(50分)');
    expect(text(first?.level2)).toBe('数量指标');
    expect(first?.name).toEqual({ text: '出国次数', line: 1770 });
    expect([text(first?.target), text(first?.actual), text(first?.weight), text(first?.score)]).toEqual(['≥2次', '4', '10', '10']);
    const cost = form?.indicators[3];
    expect([text(cost?.level2), text(cost?.name), text(cost?.target), text(cost?.actual)]).toEqual(['成本指标', '控制成本', '≤140万元', '43.31']);
    const satisfaction = form?.indicators[8];
    expect([text(satisfaction?.level1), text(satisfaction?.level2), text(satisfaction?.name), text(satisfaction?.target), text(satisfaction?.actual)]).toEqual([
      '满意度指标(10分)',
      '服务对象满意度',
      '公众满意度',
      '≥90%',
      '95',
    ]);
  });

  it('joins split label cells with line breaks, carries merged labels down and drops 此项目不涉及', () => {
    const form = doc.selfEvaluations[0];
    expect(form?.indicators).toHaveLength(8);
    expect(form?.indicators[0]?.level1).toEqual({ text: '产\n出\n指\n标\n(50分)', line: 120 });
    expect(form?.indicators[0]?.name).toEqual({ text: '接通率', line: 126 });
    expect(text(form?.indicators[1]?.level1)).toBe('产\n出\n指\n标\n(50分)');
    expect(text(form?.indicators[4]?.level2)).toBe('经济效益\n指标');
    expect(form?.indicators.map((indicator) => indicator.name.text)).not.toContain('此项目不涉及');
    expect(text(form?.indicators[6]?.level2)).toBe('可持续影\n响指标');
    expect(text(form?.indicators[7]?.level2)).toBe('服务对象\n满意度指标');
    expect(form?.indicators[7]?.name).toEqual({ text: '群众和社会满意率', line: 216 });
  });

  it('does not count an indicator row with no name and no values as an indicator', () => {
    // 政务公开工作专项经费 (72.80): 经济效益 has an empty row scored 0.
    const form = doc.selfEvaluations[2];
    expect(form?.indicators).toHaveLength(8);
    expect(form?.indicators.every((indicator) => indicator.name.text !== '')).toBe(true);
  });
});
