import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/tables';
import { evaluation, flagsFor, indicator, withParams } from './support/fixtures';

/** `n` forms of `department` with the given total and execution rate. */
const forms = (department: string, totals: number[], rate: number) =>
  totals.map((total, k) =>
    evaluation({ source_file: `${department}.txt`, eval_id: `${department}.txt#${k + 1}`, form_index: k + 1, department, project: `${department}项目${k + 1}`, total_score: total, execution_rate: rate, execution_rate_reported: rate, executed: rate * 100 }),
  );

describe('dept.all_excellent', () => {
  it('flags every form of a department all 优 with execution below the region mean', async () => {
    const flags = await flagsFor({ evaluations: [...forms('甲局', [95, 96, 92], 0.5), ...forms('乙局', [80, 85, 70], 1)] }, 'dept.all_excellent');
    expect(flags.map((f) => f.eval_id)).toEqual(['甲局.txt#1', '甲局.txt#2', '甲局.txt#3']);
    expect(flags[0]?.message_zh).toBe('甲局 2024 年 3 张自评表中“优”占 100.00%，平均执行率 50.00%，低于测试市各部门平均 75.00%');
  });
  it('takes exactly 90% 优 as almost all, 8 of 10 not', async () => {
    const nine = forms('甲局', [95, 95, 95, 95, 95, 95, 95, 95, 95, 85], 0.5);
    expect(await flagsFor({ evaluations: [...nine, ...forms('乙局', [80], 1)] }, 'dept.all_excellent')).toHaveLength(10);
    const eight = forms('甲局', [95, 95, 95, 95, 95, 95, 95, 95, 85, 85], 0.5);
    expect(await flagsFor({ evaluations: [...eight, ...forms('乙局', [80], 1)] }, 'dept.all_excellent')).toEqual([]);
  });
  it('needs execution below the region and enough forms', async () => {
    expect(await flagsFor({ evaluations: [...forms('甲局', [95, 96, 92], 1), ...forms('乙局', [80], 0.5)] }, 'dept.all_excellent')).toEqual([]);
    expect(await flagsFor({ evaluations: [...forms('甲局', [95, 96], 0.5), ...forms('乙局', [80], 1)] }, 'dept.all_excellent')).toEqual([]);
    expect(await flagsFor({ evaluations: [...forms('甲局', [95, 96], 0.5), ...forms('乙局', [80], 1)] }, 'dept.all_excellent', withParams({ 'dept.all_excellent.min_forms': 2 }))).toHaveLength(2);
  });
});

describe('dept.score_outlier', () => {
  const peers = [...forms('甲局', [80], 1), ...forms('乙局', [82], 1), ...forms('丙局', [78], 1)];
  it('flags a department 5 sd above its peers', async () => {
    const flags = await flagsFor({ evaluations: [...peers, ...forms('丁局', [90, 90], 1)] }, 'dept.score_outlier');
    expect(flags.map((f) => f.eval_id)).toEqual(['丁局.txt#1', '丁局.txt#2']);
    expect(flags[0]?.message_zh).toBe('丁局 2024 年平均自评总分 90.00，同级 3 个部门平均 80.00（标准差 2.00），高出 5.00 个标准差');
  });
  it('needs more than 2 sd: 84.00 is not, 84.01 is', async () => {
    expect(await flagsFor({ evaluations: [...peers, ...forms('丁局', [84], 1)] }, 'dept.score_outlier')).toEqual([]);
    expect(await flagsFor({ evaluations: [...peers, ...forms('丁局', [84.01], 1)] }, 'dept.score_outlier')).toHaveLength(1);
  });
  it('needs three peers', async () => {
    expect(await flagsFor({ evaluations: [...peers.slice(0, 2), ...forms('丁局', [99], 1)] }, 'dept.score_outlier')).toEqual([]);
  });
});

const withIndicator = (list: Row<'evaluations'>[], over: (k: number) => Partial<Row<'indicators'>>) => ({
  evaluations: list,
  indicators: list.map((form, k) => indicator(form, over(k))),
});

describe('dept.copied_indicators', () => {
  it('flags the same row in three projects of a department', async () => {
    const flags = await flagsFor(withIndicator(forms('甲局', [95, 95, 95], 1), () => ({})), 'dept.copied_indicators');
    expect(flags.map((f) => [f.eval_id, f.indicator_index])).toEqual([['甲局.txt#1', 1], ['甲局.txt#2', 1], ['甲局.txt#3', 1]]);
    expect(flags[0]?.message_zh).toBe('指标「完成数量」目标 ≥10个、完成值 10个 在甲局 2024 年的 3 个项目中完全相同');
  });
  it('needs three: two copies, or a differing actual, are not flagged', async () => {
    expect(await flagsFor(withIndicator(forms('甲局', [95, 95], 1), () => ({})), 'dept.copied_indicators')).toEqual([]);
    expect(await flagsFor(withIndicator(forms('甲局', [95, 95, 95], 1), (k) => (k === 2 ? { actual_raw: '12个', actual_value: 12 } : {})), 'dept.copied_indicators')).toEqual([]);
  });
});

describe('dept.satisfaction_exact', () => {
  const sat = (k: number, actuals: number[]) => ({
    level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target_raw: '≥90%', target_value: 90, target_unit: '%',
    actual_raw: `${actuals[k]}%`, actual_value: actuals[k] ?? null, actual_unit: '%',
  });
  it('flags satisfaction at 100% or exactly at the target on every project', async () => {
    const actuals = [100, 90, 100];
    const flags = await flagsFor(withIndicator(forms('甲局', [95, 95, 95], 1), (k) => sat(k, actuals)), 'dept.satisfaction_exact');
    expect(flags.map((f) => f.eval_id)).toEqual(['甲局.txt#1', '甲局.txt#2', '甲局.txt#3']);
    expect(flags[1]?.message_zh).toBe('满意度指标「满意度」目标 ≥90%、完成值 90%；甲局 2024 年有满意度指标的 3 个项目中 3 个恰等于目标或 100%');
  });
  it('takes 4 of 5 (80%) as most, 3 of 5 not', async () => {
    const five = forms('甲局', [95, 95, 95, 95, 95], 1);
    expect(await flagsFor(withIndicator(five, (k) => sat(k, [100, 100, 90, 100, 96.5])), 'dept.satisfaction_exact')).toHaveLength(4);
    expect(await flagsFor(withIndicator(five, (k) => sat(k, [100, 100, 90, 97, 96.5])), 'dept.satisfaction_exact')).toEqual([]);
  });
});
