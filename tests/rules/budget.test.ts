import { describe, expect, it } from 'vitest';
import { cleanForm, flagsFor, withParams } from './support/fixtures';

describe('budget.adjusted', () => {
  it('flags 12.90 → 104.20 with the direction and the change', async () => {
    const flags = await flagsFor(cleanForm({ budget_initial: 12.9, budget_full_year: 104.2, executed: 104.2 }), 'budget.adjusted');
    expect(flags.map((f) => f.message_zh)).toEqual(['全年预算由年初 12.90 万元调增至 104.20 万元（+707.75%），超过 20%']);
    expect(JSON.parse(flags[0]?.evidence ?? '')).toMatchObject({ direction: 'up', budget_initial: 12.9, budget_full_year: 104.2 });
  });
  it('flags a cut 839.00 → 289.00 as 调减', async () => {
    const flags = await flagsFor(cleanForm({ budget_initial: 839, budget_full_year: 289, executed: 289 }), 'budget.adjusted');
    expect(flags.map((f) => f.message_zh)).toEqual(['全年预算由年初 839.00 万元调减至 289.00 万元（-65.55%），超过 20%']);
  });
  it('leaves exactly 20% alone, flags it under a 19% threshold', async () => {
    const form = cleanForm({ budget_initial: 100, budget_full_year: 120, executed: 120 });
    expect(await flagsFor(form, 'budget.adjusted')).toEqual([]);
    expect(await flagsFor(form, 'budget.adjusted', withParams({ 'budget.adjusted.threshold': 19 }))).toHaveLength(1);
  });
});
