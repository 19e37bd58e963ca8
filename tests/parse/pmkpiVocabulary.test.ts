/**
 * The budget system's own label vocabulary (tests/fixtures/vocabulary/pmkpi-labels.tsv: the labels its UI
 * configuration and export templates print on self-evaluations and target tables, tests/fixtures/README.md):
 * each is classified as the role a reviewer reads it as, or (`-`) as none where taking it would steal a label
 * from another role or break a form the development set holds — the note says which.
 */
import { describe, expect, it } from 'vitest';
import { classify, vocabularyLabels } from './support/vocabulary';

const labels = vocabularyLabels(new URL('../fixtures/vocabulary/pmkpi-labels.tsv', import.meta.url));

describe('the budget system’s label vocabulary', () => {
  it('holds the labels of its funds, indicator, head, goal, total and title blocks', () => {
    expect(labels.length).toBeGreaterThan(180);
    expect(new Set(labels.map(({ block }) => block)).size).toBe(11);
  });

  it.each(labels.map((entry) => [entry.label, entry.block, entry.expected, entry.page] as const))('%s (%s) reads as %s', (label, block, expected) => {
    expect(classify(label, block)).toBe(expected);
  });

  it('tells the mid-year change from the adjusted budget, and other funds from the executed amount', () => {
    expect(classify('年度预算调整', 'funds')).toBe('adjustment');
    expect(classify('年中预算调整数', 'funds')).toBe('adjustment');
    expect(classify('调整后的预算', 'funds')).toBe('budgetFullYear');
    expect(classify('全年执行数(其他)(元)', 'funds')).toBe('executedOther');
    expect(classify('全年执行数(元)', 'funds')).toBe('executed');
  });
});
