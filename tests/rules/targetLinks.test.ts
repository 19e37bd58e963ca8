import { describe, expect, it } from 'vitest';
import type { TargetLinkRow } from '../../src/contract/tables';
import { evaluation, fixtureDb, targetTable, type FixtureData } from './support/fixtures';

async function links(data: FixtureData): Promise<TargetLinkRow[]> {
  const conn = await fixtureDb(data);
  try {
    return await conn.rows<TargetLinkRow>('SELECT * FROM target_links ORDER BY eval_id');
  } finally {
    conn.close();
  }
}

const hotline = evaluation({ form_index: 1, project: '12345政务服务便民热线运营费用', budget_initial: 492, budget_full_year: 492 });
const hotlineTable = targetTable({ form_index: 5, project: '12345政务热线服务项目', budget_total: 492 });

describe('TARGET_LINKS_SQL', () => {
  it('links the 12345 hotline by name and budget, with the name similarity of its character bigrams', async () => {
    const other = targetTable({ form_index: 2, project: '政务公开工作专项经费', budget_total: 72.8 });
    expect(await links({ evaluations: [hotline], target_tables: [other, hotlineTable] })).toEqual([
      { eval_id: 'fixture.txt#1', target_table_id: 'targets.txt#5', basis: 'name+budget', name_similarity: 0.6667, note: 'name similarity 0.67; budget 492.00 = 492.00' },
    ]);
  });
  it('links by name alone or by budget alone, and says so', async () => {
    const byName = await links({ evaluations: [hotline], target_tables: [{ ...hotlineTable, budget_total: 500 }] });
    expect(byName.map((l) => l.basis)).toEqual(['name']);
    const byBudget = await links({ evaluations: [hotline], target_tables: [{ ...hotlineTable, project: '热线运维' }] }); // shares only 热线
    expect(byBudget.map((l) => [l.basis, l.name_similarity])).toEqual([['budget', 0.2353]]);
  });
  it('does not link across years or departments, nor dissimilar names with other budgets', async () => {
    expect(await links({ evaluations: [hotline], target_tables: [{ ...hotlineTable, year: 2023 }] })).toEqual([]);
    expect(await links({ evaluations: [hotline], target_tables: [{ ...hotlineTable, department: '测试市财政局' }] })).toEqual([]);
    const unlike = targetTable({ project: '政务信息工作专项信息', budget_total: 15 });
    expect(await links({ evaluations: [evaluation({ project: '政务公开工作专项经费', budget_initial: 72.8 })], target_tables: [unlike] })).toEqual([]);
  });
  it('gives a target table to one self-evaluation only: the one whose budget also matches', async () => {
    const first = evaluation({ form_index: 1, project: '外事工作专项经费', budget_initial: 30 });
    const second = evaluation({ form_index: 2, project: '外事工作专项经费', budget_initial: 24 });
    const table = targetTable({ project: '外事工作专项经费', budget_total: 24 });
    expect((await links({ evaluations: [first, second], target_tables: [table] })).map((l) => [l.eval_id, l.basis])).toEqual([
      ['fixture.txt#2', 'name+budget'],
    ]);
  });
});
