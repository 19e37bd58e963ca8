import { describe, expect, it } from 'vitest';
import { departmentYearSource } from '../../src/query/departmentYear';
import { NO_FILTERS } from '../../src/query/filters';
import { contractDbSuite } from './contractDb';

type Agg = Record<string, number | string | null>;

describe('departmentYearSource on the corpus', () => {
  const db = contractDbSuite();

  const rows = (sql: string, params: readonly (string | number)[]) =>
    db.conn.rows<Agg>(`SELECT * FROM (${sql}) ORDER BY year, region NULLS FIRST, department NULLS FIRST`, params);

  it('reads agg_department_year for year/region/department filters', async () => {
    const s = departmentYearSource({ ...NO_FILTERS, years: [2024] }, 'indicators');
    expect(s.detail).toBe(false);
    const [huainan] = await rows(s.sql, s.params as (string | number)[]);
    expect(huainan).toMatchObject({ year: 2024, region: '淮南市', department: '淮南市人民政府办公室', evaluations: 10, indicators: 81 });
    expect(huainan?.budget_full_year).toBeCloseTo(1102.71, 2);
    expect(huainan?.executed).toBeCloseTo(887.96, 2);
  });

  it('aggregates the detail tables to exactly the pre-aggregated rows', async () => {
    const agg = departmentYearSource(NO_FILTERS, 'indicators');
    const detail = departmentYearSource(NO_FILTERS, 'indicators', true);
    expect(detail.detail).toBe(true);
    const a = await rows(agg.sql, []);
    const d = await rows(detail.sql, []);
    expect(d).toHaveLength(a.length);
    d.forEach((row, i) => {
      for (const [key, value] of Object.entries(a[i] ?? {})) {
        if (typeof value === 'number') expect(row[key], `${String(row.department)} ${key}`).toBeCloseTo(value, 6);
        else expect(row[key], key).toBe(value);
      }
    });
  });

  it('answers evaluation-level filters from the detail tables', async () => {
    const s = departmentYearSource({ ...NO_FILTERS, rateMax: 0.2 }, 'indicators');
    expect(s.detail).toBe(true);
    const [datong] = await rows(s.sql, s.params as (string | number)[]);
    expect(datong).toMatchObject({ year: 2021, region: '大同市', evaluations: 6 });
    expect(datong?.budget_full_year).toBeCloseTo(6 + 73 + 1 + 8 + 5 + 11, 6);
  });

  it('counts the indicators of the filtered forms only, with the filters on the indicators themselves, and reads none for evaluation measures', async () => {
    const filters = { ...NO_FILTERS, years: [2021], search: '外事' };
    const withIndicators = departmentYearSource(filters, 'indicators');
    const [row] = await rows(withIndicators.sql, withIndicators.params as (string | number)[]);
    const [expected] = await db.conn.rows<{ forms: number; indicators: number }>(
      `SELECT count(DISTINCT e.eval_id)::INTEGER AS forms, count(i.eval_id)::INTEGER AS indicators
       FROM evaluations e LEFT JOIN indicators i USING (eval_id) WHERE e.year = 2021 AND (e.project ILIKE '%外事%' OR e.project_raw ILIKE '%外事%')`,
    );
    expect(row).toMatchObject({ evaluations: expected!.forms, indicators: expected!.indicators });
    const evaluationsOnly = departmentYearSource(filters, 'evaluations');
    expect(evaluationsOnly.sql).not.toContain('indicators i');
    const [only] = await rows(evaluationsOnly.sql, evaluationsOnly.params as (string | number)[]);
    expect(only).toMatchObject({ evaluations: expected!.forms, indicators: null, full_mark_indicators: null });
  });
});
