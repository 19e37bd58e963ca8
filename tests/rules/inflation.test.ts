import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/tables';
import { cleanIndicators, evaluation, flagsFor, indicator, withParams } from './support/fixtures';

/** The 市本级因公出国(境)经费 shape: 43.31 of 140.00 executed, every indicator at full marks. */
const lowExec = (executed: number, total: number, over: (i: Row<'indicators'>) => Row<'indicators'> = (i) => i) => {
  const rate = executed / 140;
  const form = evaluation({ budget_initial: 140, budget_full_year: 140, executed, execution_rate: rate, execution_rate_reported: rate, execution_score: 10 * rate, total_score: total });
  return { evaluations: [form], indicators: cleanIndicators(form).map(over) };
};

describe('inflation.low_exec_high_score', () => {
  it('flags 30.94% with 93.09, every output and benefit indicator at full marks', async () => {
    const flags = await flagsFor(lowExec(43.31, 93.09), 'inflation.low_exec_high_score');
    expect(flags.map((f) => [f.severity, f.message_zh])).toEqual([
      ['high', '执行率 30.94%（43.31/140.00 万元），但自评总分 93.09，产出与效益指标全部满分'],
    ]);
  });
  it('counts the full marks when not all are', async () => {
    const flags = await flagsFor(lowExec(43.31, 93.09, (i) => (i.indicator_index === 2 ? { ...i, score: 20 } : i)), 'inflation.low_exec_high_score');
    expect(flags[0]?.message_zh).toContain('产出与效益指标 1/2 项满分');
  });
  it('needs both: a total of exactly 90 counts, 89.99 does not; 60% execution does not', async () => {
    expect(await flagsFor(lowExec(43.31, 90), 'inflation.low_exec_high_score')).toHaveLength(1);
    expect(await flagsFor(lowExec(43.31, 89.99), 'inflation.low_exec_high_score')).toEqual([]);
    expect(await flagsFor(lowExec(84, 96), 'inflation.low_exec_high_score')).toEqual([]);
    expect(await flagsFor(lowExec(84, 96), 'inflation.low_exec_high_score', withParams({ 'inflation.low_exec_high_score.max_rate': 61 }))).toHaveLength(1);
  });
});

describe('inflation.full_marks_low_exec', () => {
  it('flags every output and benefit indicator at full marks under 80% execution', async () => {
    const flags = await flagsFor(lowExec(100, 97), 'inflation.full_marks_low_exec');
    expect(flags.map((f) => f.message_zh)).toEqual(['执行率 71.43%（100.00/140.00 万元），产出与效益指标 2 项全部满分']);
  });
  it('does not flag at 80% execution, or when one output indicator lost a point', async () => {
    expect(await flagsFor(lowExec(112, 98), 'inflation.full_marks_low_exec')).toEqual([]);
    expect(await flagsFor(lowExec(100, 96, (i) => (i.indicator_index === 1 ? { ...i, score: 29 } : i)), 'inflation.full_marks_low_exec')).toEqual([]);
  });
  it('ignores satisfaction indicators when judging full marks', async () => {
    expect(await flagsFor(lowExec(100, 96, (i) => (i.indicator_index === 3 ? { ...i, score: 20 } : i)), 'inflation.full_marks_low_exec')).toHaveLength(1);
  });
});

const one = (over: Partial<Row<'indicators'>>) => {
  const form = evaluation();
  return { evaluations: [form], indicators: [indicator(form, over)] };
};

describe('inflation.unmet_full_score', () => {
  it('flags 8个 against ≥10个 at full marks', async () => {
    const flags = await flagsFor(one({ actual_raw: '8个', actual_value: 8 }), 'inflation.unmet_full_score');
    expect(flags.map((f) => [f.indicator_index, f.message_zh])).toEqual([[1, '指标「完成数量」目标 ≥10个，实际 8个，未达目标仍得满分 30/30']]);
  });
  it('leaves a met target (10个, the edge) and an unmet one scored below full alone', async () => {
    expect(await flagsFor(one({}), 'inflation.unmet_full_score')).toEqual([]);
    expect(await flagsFor(one({ actual_raw: '8个', actual_value: 8, score: 24 }), 'inflation.unmet_full_score')).toEqual([]);
  });
  it('reads an = or bare-figure target upward, and downward for a cost', async () => {
    expect(await flagsFor(one({ target_raw: '1000条', target_op: '=', target_value: 1000, target_unit: '条', actual_raw: '1021条', actual_value: 1021, actual_unit: '条' }), 'inflation.unmet_full_score')).toEqual([]);
    expect(await flagsFor(one({ target_raw: '1000条', target_op: '=', target_value: 1000, target_unit: '条', actual_raw: '990条', actual_value: 990, actual_unit: '条' }), 'inflation.unmet_full_score')).toHaveLength(1);
    const cost = (actual: number) => one({ level2: '成本指标', name: '项目成本控制数', target_raw: '72.8万元', target_op: '=', target_value: 72.8, target_unit: '万元', actual_raw: String(actual), actual_value: actual, actual_unit: null });
    expect(await flagsFor(cost(55), 'inflation.unmet_full_score')).toEqual([]);
    expect(await flagsFor(cost(80), 'inflation.unmet_full_score')).toHaveLength(1);
  });
  it('reads ≤ targets the other way', async () => {
    const cost = (actual: number) => one({ target_raw: '≤50万元', target_op: '<=', target_value: 50, target_unit: '万元', actual_raw: `${actual}万元`, actual_value: actual, actual_unit: '万元' });
    expect(await flagsFor(cost(50), 'inflation.unmet_full_score')).toEqual([]);
    expect(await flagsFor(cost(50.5), 'inflation.unmet_full_score')).toHaveLength(1);
  });
});

describe('inflation.no_deviation_note', () => {
  it('flags points lost without a note, and an unmet target without a note', async () => {
    expect((await flagsFor(one({ score: 25 }), 'inflation.no_deviation_note')).map((f) => f.message_zh)).toEqual([
      '指标「完成数量」得分 25/30，未填写偏差原因',
    ]);
    expect((await flagsFor(one({ actual_raw: '8个', actual_value: 8, score: 24, deviation_note: '无' }), 'inflation.no_deviation_note')).map((f) => f.message_zh)).toEqual([
      '指标「完成数量」得分 24/30、实际 8个 未达目标 ≥10个，未填写偏差原因',
    ]);
  });
  it('accepts a note, and full marks on a met target need none', async () => {
    expect(await flagsFor(one({ score: 25, deviation_note: '部分活动因疫情取消' }), 'inflation.no_deviation_note')).toEqual([]);
    expect(await flagsFor(one({}), 'inflation.no_deviation_note')).toEqual([]);
  });
});
