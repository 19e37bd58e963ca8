import { describe, expect, it } from 'vitest';
import { tableTextMemo, textMemo } from '../../src/normalize/textMemo';

/** A pure function that counts how often it is computed. */
function counted<T>(answer: (text: string) => T) {
  const calls: string[] = [];
  return { calls, compute: (text: string) => (calls.push(text), answer(text)) };
}

describe('textMemo', () => {
  it('computes each text once and answers again from what it kept, a null answer too', () => {
    const { calls, compute } = counted((text) => (text.startsWith('≥') ? text.length : null));
    const memo = textMemo(compute);
    expect([memo('≥95%'), memo('显著'), memo('≥95%'), memo('显著')]).toEqual([4, null, 4, null]);
    expect(calls).toEqual(['≥95%', '显著']);
  });

  it('keeps no text longer than 100 characters (a goal, a note): each is computed again', () => {
    const { calls, compute } = counted((text) => text.length);
    const memo = textMemo(compute);
    const goal = '完成'.repeat(51);
    expect([memo(goal), memo(goal)]).toEqual([102, 102]);
    expect(calls).toHaveLength(2);
  });

  it('drops what it kept once it holds `size` answers', () => {
    const { calls, compute } = counted((text) => text.length);
    const memo = textMemo(compute, 3);
    for (const text of ['a', 'bb', 'ccc', 'a']) memo(text);
    expect(calls).toEqual(['a', 'bb', 'ccc']);
    memo('dddd'); // the fourth text: the three kept are dropped
    memo('a');
    expect(calls).toEqual(['a', 'bb', 'ccc', 'dddd', 'a']);
  });
});

describe('tableTextMemo', () => {
  it('keeps answers per table: the same text asked of another table is computed for it', () => {
    const roles = { budget: ['全年预算数'] };
    const others = { budget: ['年初预算数'] };
    const { calls, compute } = counted((text) => text);
    const memo = tableTextMemo((text: string, table: Record<string, readonly string[]>) => (table.budget!.includes(compute(text)) ? 'budget' : null));
    expect([memo('全年预算数', roles), memo('全年预算数', others), memo('全年预算数', roles)]).toEqual(['budget', null, 'budget']);
    expect(calls).toEqual(['全年预算数', '全年预算数']);
  });
});
