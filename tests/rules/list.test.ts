import { describe, expect, it } from 'vitest';
import { evaluation, flagsFor, listEntry, targetTable, withParams } from './support/fixtures';

describe('list.missing_form', () => {
  const hotline = evaluation({ form_index: 1, project: '12345政务服务便民热线运营费用' });
  const entries = [
    listEntry({ seq: 1, project: '12345政务服务热线项目' }),
    listEntry({ seq: 4, project: '政策研究及落实情况监督检查工作经费', amount: 190, line: 12 }),
  ];
  it('flags a listed project with no form (no form shares a character with it)', async () => {
    const flags = await flagsFor({ evaluations: [hotline], project_lists: entries }, 'list.missing_form');
    expect(flags.map((f) => [f.flag_id, f.eval_id, f.project, f.message_zh])).toEqual([
      [
        'list.missing_form:fixture.txt#self_evaluation#4', null, '政策研究及落实情况监督检查工作经费',
        '自评表清单第 4 项「政策研究及落实情况监督检查工作经费」（190.00 万元）在本文件中没有对应的自评表',
      ],
    ]);
  });
  it('names the closest form when one shares characters: 政务信息 vs 政务公开 (similarity 0.29 without 工作/专项/经费)', async () => {
    const flags = await flagsFor({ evaluations: [evaluation({ project: '政务公开工作专项经费' })], project_lists: [listEntry({ seq: 8, project: '政务信息工作专项信息' })] }, 'list.missing_form');
    expect(flags.map((f) => f.message_zh)).toEqual(['自评表清单第 8 项「政务信息工作专项信息」在本文件中没有对应的自评表（最相近的是「政务公开工作专项经费」，相似度 0.29）']);
  });
  it('checks a target list against the target tables of its file', async () => {
    const targetList = [listEntry({ source_file: 'targets.txt', list_kind: 'target', seq: 1, project: '“放管服”改革和营商环境监督专项经费' }), listEntry({ source_file: 'targets.txt', list_kind: 'target', seq: 2, project: '外事工作专项经费' })];
    const flags = await flagsFor({ target_tables: [targetTable({ project: '放管服改革和营商环境监督专项经费' })], project_lists: targetList }, 'list.missing_form');
    expect(flags.map((f) => f.project)).toEqual(['外事工作专项经费']);
  });
  it('takes the similarity threshold from the settings', async () => {
    expect(await flagsFor({ evaluations: [hotline], project_lists: entries.slice(0, 1) }, 'list.missing_form')).toEqual([]);
    expect(await flagsFor({ evaluations: [hotline], project_lists: entries.slice(0, 1) }, 'list.missing_form', withParams({ 'list.missing_form.min_similarity': 0.9 }))).toHaveLength(1);
  });
});

describe('list.duplicate', () => {
  const twice = (year2: number, name2 = '外事工作专项经费') => ({
    evaluations: [
      evaluation({ form_index: 3, project: '外事工作专项经费', budget_full_year: 30 }),
      evaluation({ form_index: 7, project: name2, budget_full_year: 24, year: year2 }),
    ],
  });
  it('gives one finding per group, on its first form, listing every form and its budget', async () => {
    const flags = await flagsFor(twice(2024), 'list.duplicate');
    expect(flags.map((f) => f.eval_id)).toEqual(['fixture.txt#3']);
    expect(flags[0]?.message_zh).toBe('项目「外事工作专项经费」在测试市人民政府办公室 2024 年有 2 张自评表：#3（30.00 万元）、#7（24.00 万元）');
    expect(JSON.parse(flags[0]?.evidence ?? '')).toEqual({ forms: 2, eval_ids: ['fixture.txt#3', 'fixture.txt#7'], budgets_full_year: [30, 24] });
  });
  it('matches names regardless of punctuation, and not across years', async () => {
    expect(await flagsFor(twice(2024, '“外事”工作专项经费'), 'list.duplicate')).toHaveLength(1);
    expect(await flagsFor(twice(2023), 'list.duplicate')).toEqual([]);
  });
});
