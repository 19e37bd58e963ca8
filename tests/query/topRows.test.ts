import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnection } from '../../src/db/nodeConnection';
import { topRowsSql } from '../../src/query/topRows';

describe('topRowsSql', () => {
  let conn: NodeConnection;
  beforeAll(async () => {
    conn = await NodeConnection.open();
    // Ten forms: rate i / 10, two departments; form 7 has no rate.
    await conn.run(`CREATE TABLE forms AS SELECT 'f' || i AS eval_id, CASE WHEN i = 7 THEN NULL ELSE i / 10 END AS rate, CASE WHEN i % 2 = 0 THEN 'A' ELSE 'B' END AS dept FROM range(1, 11) t(i)`);
  });
  afterAll(() => conn.close());

  const lowest = (limit: number, dept: string | null, lastPicked: number) =>
    topRowsSql({
      table: 'forms',
      key: ['eval_id'],
      where: { where: `e.rate IS NOT NULL AND (? IS NULL OR e.dept = ?)`, params: [dept, dept] },
      rank: { sql: 'e.rate AS rank_rate' },
      order: 'rank_rate, eval_id',
      limit,
      // Computed only for the picked rows: a row ranked after the last one picked would stop the query.
      shown: { sql: `e.eval_id, CASE WHEN picked.rank_rate > ? THEN error('shown for a row not picked') ELSE upper(e.dept) END AS shown_dept`, params: [lastPicked] },
      counts: { sql: 'count(*) FILTER (WHERE e.rate >= ?)::INTEGER AS high', params: [0.5] },
    });

  it('picks the first rows on their numbers, numbers them from 0, counts every row that counts, and shows only the picked', async () => {
    const q = lowest(3, null, 0.3);
    const rows = await conn.rows<{ pos: number; total: number; high: number; eval_id: string; shown_dept: string }>(q.sql, q.params);
    expect(rows).toEqual([
      { pos: 0, total: 9, high: 5, eval_id: 'f1', shown_dept: 'B' },
      { pos: 1, total: 9, high: 5, eval_id: 'f2', shown_dept: 'A' },
      { pos: 2, total: 9, high: 5, eval_id: 'f3', shown_dept: 'B' },
    ]);
  });

  it('passes every parameter in its place (the filter in the pick and in the counts)', async () => {
    const q = lowest(2, 'A', 0.4);
    const rows = await conn.rows<{ pos: number; total: number; high: number; eval_id: string }>(q.sql, q.params);
    expect(rows.map((r) => [r.pos, r.eval_id, r.total, r.high])).toEqual([
      [0, 'f2', 5, 3],
      [1, 'f4', 5, 3],
    ]);
  });
});
