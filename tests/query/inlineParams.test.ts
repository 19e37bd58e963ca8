import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/query/filters';
import { inlineParams } from '../../src/query/inlineParams';
import { allReportQueries, reportQueries } from '../../src/report/reportQueries';
import { writeNotesTable } from '../../src/review/reviewSql';
import { parseSettings } from '../../src/rules/settings';
import { contractDbSuite } from './contractDb';

/**
 * Rows with every float rounded to 9 significant digits: DuckDB sums doubles in whatever order its
 * threads finish, so the same avg() may differ in the last bit between two runs of one query.
 */
const rounded = (rows: Record<string, unknown>[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(9)) : v])));

describe('report SQL with its parameters written in', () => {
  const db = contractDbSuite();

  it('quotes texts, keeps numbers, and leaves ? inside strings, identifiers and comments alone', () => {
    expect(inlineParams(`SELECT '?' AS "a?", x -- why?\nFROM t WHERE a = ? AND b IN (?, ?) AND c = ?`, ["O'Brien", 2024, null, 0.5])).toBe(
      `SELECT '?' AS "a?", x -- why?\nFROM t WHERE a = 'O''Brien' AND b IN (2024, NULL) AND c = 0.5`,
    );
    expect(() => inlineParams('SELECT ?', [])).toThrow();
    expect(() => inlineParams('SELECT 1', [1])).toThrow();
  });

  it('gives the same rows as the parameterized report queries (a search with a quote, a region profile)', async () => {
    await writeNotesTable(db.conn, []);
    const filters = { ...NO_FILTERS, years: [2024, 2021], search: "经费'" };
    for (const filter of [filters, { ...NO_FILTERS, search: '经费' }, { ...NO_FILTERS, regions: ['淮南市'] }]) {
      for (const q of allReportQueries(reportQueries(filter, parseSettings('profile@淮南市=steps')))) {
        expect(rounded(await db.conn.rows(inlineParams(q.sql, q.params))), q.id).toEqual(rounded(await db.conn.rows(q.sql, q.params)));
      }
    }
  });
});
