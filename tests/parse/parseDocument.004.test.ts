import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';
import { CORPUS_FILES, headerCells, readCorpus, text } from './corpus';

const doc = parseDocument(readCorpus('004'), CORPUS_FILES['004']);

// Read off the document: 项目支出名称, 主管部门, 实施单位, 年初 / 全年 / 执行, 分值, 执行率, 得分, 总分 分值 / 得分.
const OFFICE = '湘西自治州人民政府办公室';
const HEADERS = [
  ['网络平台运行及维护费', OFFICE, OFFICE, '67', '67', '67', '10', '100%', '10', '100', '98'],
  ['政府办综合协调专项经费', OFFICE, OFFICE, '270', '505.22', '467.84', '10', '92.60%', '9', '100', '97'],
  ['政府办综合协调专项经费', OFFICE, '湖南省湘西州人民政府驻长沙办事处', '91.57', '106.59', '106.59', '10', '100%', '10', '100', '98'],
  ['州挂职干部工作经费', OFFICE, OFFICE, '100', '102', '102', '10', '100%', '10', '100', '98'],
  ['推进办项目经费', OFFICE, '州推进办', null, '40', '33.9', '10', '84.75%', '8', '100', '96'],
  ['大数据中心政府网站和政务新媒体、电子政务外网、视频会议、政府网络等建设', OFFICE, '州大数据中心', '300', '719.81', '604.64', '10', '84%', '8', '100', '98'],
  ['会议经费', OFFICE, OFFICE, null, '102.46', '54.76', '10', '53.45%', '4', '100', '96'],
  ['招商引资经费', OFFICE, '湘西州人民政府驻北京联络处、驻上海联络处及驻深圳办事处', null, '126.55', '126.55', '10', '100%', '10', '100', '98'],
  ['客房运营及大楼维护和接待服务', OFFICE, '湘西州人民政府驻北京联络处', '225', '125', '125', '10', '100%', '10', '100', '98'],
  ['信息服务专项经费', '湘西自治州政府办', '湘西州人民政府驻深圳办事处', '31.5', '31.5', '31.5', '10', '100%', '10', '100', '98'],
  ['引进推介招商车辆运行信息网络专项经费', OFFICE, '湘西州人民政府驻上海联络处', '27', '27', '27', '10', '100%', '10', '100', '98'],
];

describe('parseDocument on 004 (湘西自治州人民政府办公室, 2020)', () => {
  it('reads 11 self-evaluation forms (附件4-1 … 4-11)', () => {
    expect(doc.selfEvaluations).toHaveLength(11);
    expect(doc.targetTables).toHaveLength(0);
    expect(doc.projectLists).toHaveLength(0);
  });

  it('reads the header cells of every form as printed, the 项目支|出名称 variant included', () => {
    expect(doc.selfEvaluations.map(headerCells)).toEqual(HEADERS);
    expect(doc.selfEvaluations.every((form) => text(form.year) === '（2020年度）')).toBe(true);
  });

  it('keeps 会议经费 to what is certain: no initial budget, warning budget_cell_missing', () => {
    const form = doc.selfEvaluations[6];
    expect(form?.funds.budgetInitial).toBeNull();
    expect(form?.funds.budgetFullYear).toEqual({ text: '102.46', line: 1316 });
    expect(form?.funds.executed).toEqual({ text: '54.76', line: 1317 });
    expect(form?.warnings).toEqual(['budget_cell_missing']);
    expect(doc.selfEvaluations.filter((each) => each.warnings.includes('budget_cell_missing')).map((each) => text(each.project))).toEqual([
      '推进办项目经费',
      '会议经费',
      '招商引资经费',
    ]);
  });

  it('reads the indicators of 会议经费, with ≧ and the deviation note', () => {
    const form = doc.selfEvaluations[6];
    expect(form?.indicators).toHaveLength(8);
    const first = form?.indicators[0];
    expect(first?.name).toEqual({ text: '招开会议次数', line: 1378 });
    expect([text(first?.level1), text(first?.level2), text(first?.target), text(first?.actual), text(first?.weight), text(first?.score)]).toEqual([
      '产出指标\n(50分)',
      '数量指标',
      '40次',
      '47次',
      '7',
      '7',
    ]);
    const social = form?.indicators[5];
    expect([text(social?.level1), text(social?.level2)]).toEqual(['效益指标\n（30分）', '社会效\n益指标']);
    expect(social?.name).toEqual({ text: '项工作得以推进协调', line: 1430 });
    const satisfaction = form?.indicators[7];
    expect([text(satisfaction?.level1), text(satisfaction?.target), text(satisfaction?.actual), text(satisfaction?.score)]).toEqual([
      '满意度\n指标\n（10分）',
      '≧95%',
      '96%',
      '10',
    ]);
    expect(satisfaction?.deviationNote).toEqual({ text: '社会公众对项目欠了解，落意度不够', line: 1457 });
  });

  it('consumes the sign-off line after each form as part of the form', () => {
    const form = doc.selfEvaluations[0];
    expect(form?.lineStart).toBe(2);
    expect(form?.lineEnd).toBe(169);
    expect(doc.consumed).toContain(169);
    expect(doc.consumed).toContain(1); // 附件4-1： caption
    expect(doc.unparsed).toEqual([]);
  });
});
