import { describe, expect, it } from 'vitest';
import { filterClause } from '../../../src/query/filterClause';
import { NO_FILTERS } from '../../../src/query/filters';
import { riskRankingQuery, uncheckedDocumentsQuery } from '../../../src/views/findings/riskQueries';
import { contractDbSuite, queryRows } from '../../query/contractDb';

interface Ranked {
  project: string;
  year: number;
  risk_score: number;
  high: number;
  medium: number;
  low: number;
  total: number;
  quality: string;
}

describe('risk ranking and the documents without a list (corpus)', () => {
  const db = contractDbSuite();

  it('ranks the 50 flagged projects by severity-weighted score (high 10, medium 3, low 1; each rule once per form)', async () => {
    const rows = await queryRows<Ranked>(db.conn, riskRankingQuery(NO_FILTERS, 100));
    expect(rows).toHaveLength(50);
    expect(rows[0]!.total).toBe(50);
    for (const r of rows) expect(r.risk_score).toBe(10 * r.high + 3 * r.medium + r.low);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.risk_score).toBeLessThanOrEqual(rows[i - 1]!.risk_score);
    // 淮南 2024's 放管服 project: three rules at high, three at medium, two at low.
    expect(rows[0]).toMatchObject({ project: '“放管服”改革和营商环境监督专项经费', year: 2024, risk_score: 41, high: 3, medium: 3, low: 2 });
    expect(rows.find((r) => r.project === '华侨事务补助')).toMatchObject({ risk_score: 17, high: 1, medium: 2, low: 1 });
    // A damaged form keeps its stand-in name in the ranking.
    expect(rows.find((r) => r.project === '（名称缺失）003 表 7')).toMatchObject({ quality: 'damaged', risk_score: 5 });
  });

  it('narrows "flagged only" by the least severity: 50 projects at low, 38 at medium, 20 at high', async () => {
    const counts: Record<string, number> = {};
    for (const min of ['low', 'medium', 'high'] as const) {
      const c = filterClause({ ...NO_FILTERS, flaggedOnly: true, flaggedMin: min }, 'evaluation', 'e');
      const [r] = await db.conn.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM evaluations e WHERE ${c.where}`, c.params);
      counts[min] = r!.n;
    }
    expect(counts).toEqual({ low: 50, medium: 38, high: 20 });
    const ranked = await queryRows<Ranked>(db.conn, riskRankingQuery({ ...NO_FILTERS, flaggedOnly: true, flaggedMin: 'high' }, 100));
    expect(ranked).toHaveLength(20);
    expect(ranked.every((r) => r.high > 0)).toBe(true);
  });

  it('names the documents with no project list, whose forms the list rules could not check', async () => {
    expect(await queryRows(db.conn, uncheckedDocumentsQuery(NO_FILTERS))).toEqual([
      { source_file: '002_ddff5fd3e69ced26.txt', forms: 12 },
      { source_file: '003_c9a193166346a5e1.txt', forms: 18 },
      { source_file: '004_77a491ca9b0fee99.txt', forms: 11 },
    ]);
  });
});
