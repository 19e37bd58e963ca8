import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/tables';
import { evaluation, flagsFor, indicator, targetIndicator, targetTable, withParams, type FixtureData } from './support/fixtures';

const form = evaluation({ project: '12345政务服务便民热线运营费用', budget_initial: 492, budget_full_year: 492, executed: 492 });
const table = targetTable({ project: '12345政务热线服务项目', budget_total: 492 });
const satisfactionT = (over: Partial<Row<'target_indicators'>> = {}) =>
  targetIndicator(table, { indicator_index: 2, level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target_raw: '≥95%', target_value: 95, target_unit: '%', ...over });
const satisfactionE = (over: Partial<Row<'indicators'>> = {}) =>
  indicator(form, { indicator_index: 2, level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target_raw: '≥95%', actual_raw: '98%', target_value: 95, target_unit: '%', actual_value: 98, actual_unit: '%', ...over });

const planned = (evalIndicators: Row<'indicators'>[], tableIndicators: Row<'target_indicators'>[], over: Partial<Row<'target_tables'>> = {}): FixtureData => ({
  evaluations: [form],
  indicators: evalIndicators,
  target_tables: [{ ...table, ...over }],
  target_indicators: tableIndicators,
});

describe('plan.indicator_changed', () => {
  it('flags an indicator added in the self-evaluation and one dropped from the target table', async () => {
    const flags = await flagsFor(planned([indicator(form), indicator(form, { indicator_index: 2, name: '热线接通率', target_raw: '≥90%' })], [targetIndicator(table), satisfactionT()]), 'plan.indicator_changed');
    expect(flags.map((f) => [f.flag_id, f.indicator_index, f.target_table_id, f.message_zh])).toEqual([
      ['plan.indicator_changed:fixture.txt#1:added:2', 2, 'targets.txt#1', '自评指标「热线接通率」（≥90%）不在公开的绩效目标表「12345政务热线服务项目」中，为新增指标'],
      ['plan.indicator_changed:fixture.txt#1:removed:2', null, 'targets.txt#1', '公开的绩效目标表「12345政务热线服务项目」中的指标「群众满意度」（≥95%）在自评表中被删去'],
    ]);
  });
  it('matches the same indicators, also by a similar name, and ignores unlinked forms', async () => {
    expect(await flagsFor(planned([indicator(form), satisfactionE()], [targetIndicator(table), satisfactionT()]), 'plan.indicator_changed')).toEqual([]);
    expect(await flagsFor(planned([indicator(form), satisfactionE({ name: '群众满意率' })], [targetIndicator(table), satisfactionT()]), 'plan.indicator_changed')).toEqual([]);
    expect(await flagsFor(planned([indicator(form)], [targetIndicator(table), satisfactionT()], { year: 2023 }), 'plan.indicator_changed')).toEqual([]);
  });
  it('takes the similarity thresholds from the settings (群众满意率 vs 群众满意度: 0.75)', async () => {
    const data = planned([indicator(form), satisfactionE({ name: '群众满意率' })], [targetIndicator(table), satisfactionT()]);
    const both = (v: number) => withParams({ 'plan.indicator_changed.min_similarity': v, 'plan.indicator_changed.min_similarity_same_level': v });
    expect(await flagsFor(data, 'plan.indicator_changed', both(0.75))).toEqual([]);
    expect(await flagsFor(data, 'plan.indicator_changed', both(0.76))).toHaveLength(2);
    // Under the same 二级指标 the lower threshold pairs them still.
    expect(await flagsFor(data, 'plan.indicator_changed', withParams({ 'plan.indicator_changed.min_similarity': 0.76 }))).toEqual([]);
  });
  it('pairs a renamed indicator under the same 二级指标 (群众满意度 → 群众和社会满意率: 0.36), not under another', async () => {
    const renamed = satisfactionE({ name: '群众和社会满意率', target_raw: '≥98%', target_value: 98 });
    expect(await flagsFor(planned([indicator(form), renamed], [targetIndicator(table), satisfactionT()]), 'plan.indicator_changed')).toEqual([]);
    const elsewhere = satisfactionE({ name: '群众和社会满意率', level2: '社会效益指标', target_raw: '≥98%', target_value: 98 });
    expect(await flagsFor(planned([indicator(form), elsewhere], [targetIndicator(table), satisfactionT()]), 'plan.indicator_changed')).toHaveLength(2);
    expect(
      await flagsFor(planned([indicator(form), renamed], [targetIndicator(table), satisfactionT()]), 'plan.indicator_changed', withParams({ 'plan.indicator_changed.min_similarity_same_level': 0.37 })),
    ).toHaveLength(2);
  });
});

describe('plan.target_loosened', () => {
  it('flags a figure replaced by a word (≥95% → 满意)', async () => {
    const flags = await flagsFor(planned([satisfactionE({ target_raw: '满意', target_op: null, target_value: null, target_unit: null })], [satisfactionT()]), 'plan.target_loosened');
    expect(flags.map((f) => [f.indicator_index, f.message_zh])).toEqual([[2, '指标「群众满意度」公开目标 ≥95%，自评目标 满意（数值目标换成了文字）']]);
  });
  it('flags a raised ceiling (≤182.31万元 → ≤182.68万元) and a lowered floor', async () => {
    const costT = targetIndicator(table, { level2: '成本指标', name: '项目成本', target_raw: '≤182.31万元', target_op: '<=', target_value: 182.31, target_unit: '万元' });
    const costE = indicator(form, { level2: '成本指标', name: '项目成本', target_raw: '≤182.68万元', target_op: '<=', target_value: 182.68, target_unit: '万元', actual_value: 180, actual_unit: '万元' });
    expect((await flagsFor(planned([costE], [costT]), 'plan.target_loosened')).map((f) => f.message_zh)).toEqual([
      '指标「项目成本」公开目标 ≤182.31万元，自评目标 ≤182.68万元（上限提高）',
    ]);
    expect((await flagsFor(planned([satisfactionE({ target_raw: '≥90%', target_value: 90 })], [satisfactionT()]), 'plan.target_loosened')).map((f) => f.message_zh)).toEqual([
      '指标「群众满意度」公开目标 ≥95%，自评目标 ≥90%（下限降低）',
    ]);
  });
  it('leaves the same target and a stricter one alone', async () => {
    expect(await flagsFor(planned([satisfactionE()], [satisfactionT()]), 'plan.target_loosened')).toEqual([]);
    expect(await flagsFor(planned([satisfactionE({ target_raw: '≥96%', target_value: 96 })], [satisfactionT()]), 'plan.target_loosened')).toEqual([]);
  });
});

describe('plan.budget_changed', () => {
  const named = (budgetTotal: number) => ({
    evaluations: [evaluation({ project: '政府公报专项费用', budget_initial: 23.17 })],
    target_tables: [targetTable({ project: '政府公报专项费用', budget_total: budgetTotal })],
  });
  it('flags a target-table budget other than the initial budget', async () => {
    const flags = await flagsFor(named(25), 'plan.budget_changed');
    expect(flags.map((f) => [f.target_table_id, f.message_zh])).toEqual([['targets.txt#1', '公开的绩效目标表「政府公报专项费用」年度资金总额 25.00 万元，自评表年初预算 23.17 万元']]);
  });
  it('accepts equal budgets and 0.01 off, flags 0.02 off', async () => {
    expect(await flagsFor(named(23.17), 'plan.budget_changed')).toEqual([]);
    expect(await flagsFor(named(23.18), 'plan.budget_changed')).toEqual([]);
    expect(await flagsFor(named(23.19), 'plan.budget_changed')).toHaveLength(1);
  });
});
