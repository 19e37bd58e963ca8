import { describe, expect, it } from 'vitest';
import { cleanForm, flagsFor, withParams } from './support/fixtures';

/** A clean form executed `executed` of a 140.00 budget (rate B/A, printed rate alike). */
const spent = (executed: number, printed = executed / 140) =>
  cleanForm({
    budget_initial: 140, budget_full_year: 140, executed, execution_rate: executed / 140, execution_rate_reported: printed,
    execution_rate_raw: null, execution_score: Math.min(10, 10 * printed), total_score: 90 + Math.min(10, 10 * printed),
  });

describe('exec.low', () => {
  it('flags 30.94% (B/A; printed 30.934%, within its precision) as high, citing the money', async () => {
    const [flag, ...rest] = await flagsFor(spent(43.31, 0.30934), 'exec.low');
    expect(rest).toEqual([]);
    expect(flag?.severity).toBe('high');
    expect(flag?.message_zh).toBe('执行率 30.94%（43.31/140.00 万元），低于 60%');
    expect(flag?.flag_id).toBe('exec.low:fixture.txt#1');
    expect(JSON.parse(flag?.evidence ?? '')).toMatchObject({ executed: 43.31, budget_full_year: 140, threshold_pct: 60 });
  });
  it('rates by B/A and names a printed rate that differs beyond its precision', async () => {
    // Printed 74.34% for 1.68/2.34 = 71.79% (华侨事务补助, 2024): the rule reads B/A and says what the form printed.
    const form = cleanForm({ budget_full_year: 2.34, executed: 1.68, execution_rate: 1.68 / 2.34, execution_rate_reported: 0.7434, execution_rate_raw: '74.34%' });
    const [flag] = await flagsFor(form, 'exec.low');
    expect(flag?.message_zh).toBe('执行率 71.79%（1.68/2.34 万元；表上填报 74.34%），低于 80%');
    expect(flag?.message_en).toBe('Execution rate 71.79% (1.68/2.34 CNY 10k; printed 74.34%), below 80%');
    // B/A 80.00% printed as 79.00%: the printed rate alone would have flagged it.
    expect(await flagsFor(spent(112, 0.79), 'exec.low')).toEqual([]);
  });
  it('flags 70% as medium and leaves 80% (the threshold) and 0% alone', async () => {
    expect((await flagsFor(spent(98), 'exec.low')).map((f) => f.severity)).toEqual(['medium']);
    expect(await flagsFor(spent(112), 'exec.low')).toEqual([]);
    expect(await flagsFor(spent(0), 'exec.low')).toEqual([]);
  });
  it('puts exactly 60% in medium, not high, and follows a changed threshold', async () => {
    expect((await flagsFor(spent(84), 'exec.low')).map((f) => f.severity)).toEqual(['medium']);
    expect((await flagsFor(spent(84), 'exec.low', withParams({ 'exec.low.high': 61 }))).map((f) => f.severity)).toEqual(['high']);
  });
});

describe('exec.zero', () => {
  it('flags a budget with nothing executed, with the total score', async () => {
    const flags = await flagsFor(spent(0), 'exec.zero');
    expect(flags.map((f) => f.message_zh)).toEqual(['全年预算 140.00 万元，全年执行数 0（执行率 0%），自评总分 90.00']);
  });
  it('leaves a form with any execution, and one without a budget, alone', async () => {
    expect(await flagsFor(spent(0.01), 'exec.zero')).toEqual([]);
    expect(await flagsFor(cleanForm({ budget_initial: 0, budget_full_year: 0, executed: 0, execution_rate: null }), 'exec.zero')).toEqual([]);
  });
});

describe('exec.over', () => {
  it('flags more executed than budgeted', async () => {
    const flags = await flagsFor(cleanForm({ executed: 120, execution_rate: 1.2 }), 'exec.over');
    expect(flags.map((f) => f.message_zh)).toEqual(['全年执行数 120.00 万元超过全年预算数 100.00 万元（执行率 120.00%）']);
  });
  it('leaves exactly the budget, and a rounding difference, alone', async () => {
    expect(await flagsFor(cleanForm({ executed: 100 }), 'exec.over')).toEqual([]);
    expect(await flagsFor(cleanForm({ executed: 100.004 }), 'exec.over')).toEqual([]);
  });
});
