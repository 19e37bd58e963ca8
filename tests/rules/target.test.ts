import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/tables';
import { evaluation, flagsFor, indicator, withParams } from './support/fixtures';

const one = (over: Partial<Row<'indicators'>>, form = evaluation()) => ({ evaluations: [form], indicators: [indicator(form, over)] });
const satisfaction = (target: number, actual: number, over: Partial<Row<'indicators'>> = {}) =>
  one({ level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target_raw: `≥${target}%`, actual_raw: `${actual}%`, target_value: target, target_unit: '%', actual_value: actual, actual_unit: '%', ...over });

describe('target.over_achieved', () => {
  it('flags 100% against ≥80% at full marks with no note', async () => {
    const flags = await flagsFor(satisfaction(80, 100), 'target.over_achieved');
    expect(flags.map((f) => f.message_zh)).toEqual(['指标「满意度」目标 ≥80%，实际 100%，为目标的 1.25 倍，得满分且无偏差说明']);
  });
  it('flags exactly 1.2 times, not 1.19 times; a note or lost points clear it', async () => {
    expect(await flagsFor(satisfaction(80, 96), 'target.over_achieved')).toHaveLength(1);
    expect(await flagsFor(satisfaction(80, 95.2), 'target.over_achieved')).toEqual([]);
    expect(await flagsFor(satisfaction(80, 100, { deviation_note: '调查样本较小' }), 'target.over_achieved')).toEqual([]);
    expect(await flagsFor(satisfaction(80, 100, { score: 29 }), 'target.over_achieved')).toEqual([]);
    expect(await flagsFor(satisfaction(80, 96), 'target.over_achieved', withParams({ 'target.over_achieved.ratio': 1.25 }))).toEqual([]);
  });
  it('leaves ≤ targets alone', async () => {
    expect(await flagsFor(one({ target_raw: '≤10个', target_op: '<=', actual_raw: '20个', actual_value: 20, score: 0 }), 'target.over_achieved')).toEqual([]);
  });
});

describe('target.boilerplate_actual', () => {
  it('flags ≥95% answered with 达成预期指标', async () => {
    const flags = await flagsFor(satisfaction(95, 0, { actual_raw: '达成预期指标', actual_value: null, actual_unit: null, actual_kind: 'boilerplate' }), 'target.boilerplate_actual');
    expect(flags.map((f) => f.message_zh)).toEqual(['指标「满意度」（服务对象满意度指标）目标为 ≥95%，实际完成值只写「达成预期指标」，没有数值（得分 30/30）']);
  });
  it('flags a word such as 显著 for a numeric target too', async () => {
    expect(await flagsFor(one({ actual_raw: '显著', actual_value: null, actual_unit: null, actual_kind: 'qualitative' }), 'target.boilerplate_actual')).toHaveLength(1);
  });
  it('flags a cost indicator with a word target answered with boilerplate', async () => {
    const flags = await flagsFor(one({ level2: '成本指标', name: '成本控制有效性', target_raw: '有效', target_op: null, target_value: null, target_unit: null, actual_raw: '达成指标', actual_value: null, actual_unit: null, actual_kind: 'boilerplate' }), 'target.boilerplate_actual');
    expect(flags.map((f) => f.message_zh)).toEqual(['指标「成本控制有效性」（成本指标）目标为 有效，实际完成值只写「达成指标」，没有数值（得分 30/30）']);
  });
  it('leaves a figure, an empty actual and a qualitative target of a quality indicator alone', async () => {
    expect(await flagsFor(one({}), 'target.boilerplate_actual')).toEqual([]);
    expect(await flagsFor(one({ actual_raw: null, actual_value: null, actual_unit: null, actual_kind: 'empty' }), 'target.boilerplate_actual')).toEqual([]);
    expect(await flagsFor(one({ level2: '质量指标', target_raw: '显著', target_op: null, target_value: null, target_unit: null, actual_raw: '达成预期指标', actual_value: null, actual_unit: null, actual_kind: 'boilerplate' }), 'target.boilerplate_actual')).toEqual([]);
  });
});

describe('target.unit_mismatch', () => {
  it('flags 7个 answered with 100%', async () => {
    const flags = await flagsFor(one({ target_raw: '7个', target_op: '=', target_value: 7, actual_raw: '100%', actual_value: 100, actual_unit: '%' }), 'target.unit_mismatch');
    expect(flags.map((f) => f.message_zh)).toEqual(['指标「完成数量」目标 7个（单位 个），实际 100%（单位 %），无法比较']);
  });
  it('leaves the same unit, and an actual without a unit, alone', async () => {
    expect(await flagsFor(one({}), 'target.unit_mismatch')).toEqual([]);
    expect(await flagsFor(one({ actual_raw: '10', actual_unit: null }), 'target.unit_mismatch')).toEqual([]);
  });
});

describe('target.cost_vs_budget', () => {
  const cost = (target: number, unit = '万元', form = evaluation({ budget_initial: 839, budget_full_year: 289, executed: 211.24, execution_rate: 211.24 / 289 })) =>
    one({ level2: '成本指标', name: '项目成本', target_raw: `≤${target}${unit}`, target_op: '<=', target_value: target, target_unit: unit, actual_raw: '211.24万元', actual_value: 211.24, actual_unit: '万元' }, form);
  it('flags a cost target matching neither 839.00 nor 289.00', async () => {
    const flags = await flagsFor(cost(500), 'target.cost_vs_budget');
    expect(flags.map((f) => f.message_zh)).toEqual(['成本指标「项目成本」目标 ≤500万元，与年初预算 839.00 万元、全年预算 289.00 万元均不一致']);
  });
  it('accepts either budget, within 0.01, and converts 元', async () => {
    expect(await flagsFor(cost(839), 'target.cost_vs_budget')).toEqual([]);
    expect(await flagsFor(cost(289.01), 'target.cost_vs_budget')).toEqual([]);
    expect(await flagsFor(cost(289.02), 'target.cost_vs_budget')).toHaveLength(1);
    expect(await flagsFor(cost(2890000, '元'), 'target.cost_vs_budget')).toEqual([]);
  });
  it('leaves per-unit costs alone', async () => {
    const perHead = (over: Partial<Row<'indicators'>>) => one({ level2: '成本指标', target_op: '<=', target_value: 0.11, target_unit: '万元', actual_value: 0.1, actual_unit: '万元', ...over });
    expect(await flagsFor(perHead({ name: '人均残保金', target_raw: '0.11万' }), 'target.cost_vs_budget')).toEqual([]);
    expect(await flagsFor(perHead({ name: '接待费用', target_raw: '1000元/人' }), 'target.cost_vs_budget')).toEqual([]);
    expect(await flagsFor(perHead({ name: '接待费用', target_raw: '0.11万' }), 'target.cost_vs_budget')).toHaveLength(1);
  });
  it('accepts cost targets that add up to the budget', async () => {
    const form = evaluation();
    const part = (index: number, amount: number) =>
      indicator(form, { indicator_index: index, level2: '成本指标', name: `成本${index}`, target_raw: `≤${amount}万元`, target_op: '<=', target_value: amount, target_unit: '万元', actual_value: amount, actual_unit: '万元' });
    expect(await flagsFor({ evaluations: [form], indicators: [part(1, 60), part(2, 40)] }, 'target.cost_vs_budget')).toEqual([]);
    expect(await flagsFor({ evaluations: [form], indicators: [part(1, 60), part(2, 30)] }, 'target.cost_vs_budget')).toHaveLength(2);
  });
});

describe('target.vague', () => {
  it('flags a quantity target written as 及时', async () => {
    const flags = await flagsFor(one({ target_raw: '及时', target_op: null, target_value: null, target_unit: null }), 'target.vague');
    expect(flags.map((f) => f.message_zh)).toEqual(['数量指标「完成数量」的目标值为「及时」，没有可核验的数值']);
  });
  it('leaves a numeric quantity target and a qualitative timeliness target alone', async () => {
    expect(await flagsFor(one({}), 'target.vague')).toEqual([]);
    expect(await flagsFor(one({ level2: '时效指标', target_raw: '及时', target_op: null, target_value: null, target_unit: null }), 'target.vague')).toEqual([]);
  });
});
