import { describe, expect, it } from 'vitest';
import { filterClause, needsDetail } from '../../src/query/filterClause';
import { NO_FILTERS, type Filters } from '../../src/query/filters';
import { HUAINAN_2024, contractDbSuite } from './contractDb';

describe('filterClause on the corpus', () => {
  const db = contractDbSuite();

  const evaluations = (f: Partial<Filters>) => {
    const c = filterClause({ ...NO_FILTERS, ...f });
    return db.conn.rows<{ eval_id: string; source_file: string; project: string | null; execution_rate: number | null; year: number }>(
      `SELECT eval_id, source_file, project, execution_rate, year FROM evaluations e WHERE ${c.where} ORDER BY eval_id`,
      c.params,
    );
  };

  it('filters nothing without filters', async () => {
    expect(filterClause(NO_FILTERS)).toEqual({ where: 'true', params: [] });
    expect(await evaluations({})).toHaveLength(51);
  });

  it('2024 + 淮南市 is exactly the ten forms of the 淮南 document', async () => {
    const rows = await evaluations({ years: [2024], regions: ['淮南市'] });
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.source_file))).toEqual(new Set([HUAINAN_2024]));
    const [sum] = await db.conn.rows<{ budget: number; executed: number }>(
      `SELECT sum(budget_full_year) AS budget, sum(executed) AS executed FROM evaluations e WHERE ${filterClause({ ...NO_FILTERS, years: [2024], regions: ['淮南市'] }).where}`,
      [2024, '淮南市'],
    );
    expect(sum?.budget).toBeCloseTo(1102.71, 2);
    expect(sum?.executed).toBeCloseTo(887.96, 2);
  });

  it('searches project names case-insensitively through a parameter, never as SQL text', async () => {
    const rows = await evaluations({ search: '因公出国' });
    expect(rows.map((r) => `${r.project} ${r.year}`)).toEqual(expect.arrayContaining(['市本级因公出国(境)经费 2024', '因公出国（境）费 2021']));
    expect(rows.every((r) => r.project?.includes('因公出国'))).toBe(true);
    const hostile = "x' OR 1=1 --";
    const c = filterClause({ ...NO_FILTERS, search: hostile });
    expect(c.where).not.toContain(hostile);
    expect(c.params).toEqual([`%${hostile}%`, `%${hostile}%`]);
    expect(await evaluations({ search: hostile })).toHaveLength(0);
  });

  it('keeps execution rates (B/A, src/sql/executionRate.ts) inside the range, bounds included', async () => {
    const rows = await evaluations({ rateMin: 0, rateMax: 0.2 });
    expect(rows.map((r) => r.project).sort()).toEqual(['两节慰问费', '外事培训费', '对台工作特费', '宣传交流工作经费', '因公出国（境）费', '赴台工作经费'].sort());
    expect(rows.every((r) => r.execution_rate !== null && r.execution_rate <= 0.2)).toBe(true);
    // 43.31 / 140.00 = 30.94% (the form prints 30.93%): both bounds at the rate keep it.
    const edge = await evaluations({ rateMin: 43.31 / 140, rateMax: 43.31 / 140 });
    expect(edge.map((r) => r.project)).toEqual(['市本级因公出国(境)经费']);
  });

  it('flagged only keeps the evaluations the rules flagged', async () => {
    const [flagged] = await db.conn.rows<{ n: number }>('SELECT count(DISTINCT eval_id)::INTEGER AS n FROM flags WHERE eval_id IS NOT NULL');
    expect(flagged?.n).toBeGreaterThan(10);
    expect(flagged?.n).toBe(50);
    expect(await evaluations({ flaggedOnly: true })).toHaveLength(flagged?.n ?? -1);
  });

  it('filters indicators on their own year/region/department and on their form for the rest', async () => {
    const f = { ...NO_FILTERS, years: [2024], search: '因公出国' };
    const c = filterClause(f, 'indicator', 'i');
    const rows = await db.conn.rows<{ eval_id: string }>(`SELECT DISTINCT eval_id FROM indicators i WHERE ${c.where}`, c.params);
    expect(rows.map((r) => r.eval_id)).toEqual([`${HUAINAN_2024}#10`]);
    expect(filterClause(f, 'aggregate', 'a')).toEqual({ where: 'a.year IN (?)', params: [2024] });
    expect(needsDetail(f)).toBe(true);
    expect(needsDetail({ ...NO_FILTERS, years: [2024], regions: ['淮南市'] })).toBe(false);
  });
});
