import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/query/filters';
import { byDepartmentQuery, byYearQuery, departmentYearChangesQuery } from '../../src/views/compare/queries';
import { measuresItems, measuresSpec } from '../../src/views/compare/spec';
import { contractDbSuite, queryColumns, queryRows } from '../query/contractDb';

type YearRow = { year: number; evaluations: number; execution_rate: number; mean_score: number; prev_year: number | null; execution_rate_change: number | null; mean_score_change: number | null };

describe('compare view on the corpus', () => {
  const db = contractDbSuite();

  it('across years: each year against the previous year in the data (2021: 37.45%, down 51.99 points from 2020)', async () => {
    const rows = await queryRows<YearRow>(db.conn, byYearQuery(NO_FILTERS));
    expect(rows.map((r) => [r.year, r.evaluations])).toEqual([[2020, 11], [2021, 12], [2023, 18], [2024, 10]]);
    const [y2020, y2021] = rows;
    expect(y2020?.prev_year).toBeNull();
    expect(y2021?.prev_year).toBe(2020);
    expect(y2021?.execution_rate).toBeCloseTo(70.32 / 187.78, 6);
    expect(y2021?.execution_rate_change).toBeCloseTo(70.32 / 187.78 - 1746.78 / 1953.13, 6);
    expect(y2021?.mean_score).toBeCloseTo(720.55 / 11, 4);
  });

  it('across departments: the same measures side by side, on one 0–100 scale', async () => {
    const data = await queryColumns(db.conn, byDepartmentQuery(NO_FILTERS));
    const items = measuresItems(data, 'department', 'zh');
    expect(items).toContain('淮南市人民政府办公室: 执行率 % 80.53, 平均自评分 97.15, 满分指标占比 % 100.00, 未达标或套话指标占比 % 50.62');
    expect(items).toContain('大同市人民政府外事办公室: 执行率 % 37.45, 平均自评分 65.50, 满分指标占比 % 80.25, 未达标或套话指标占比 % 14.81');
    const spec = measuresSpec(data, 'department', 'zh') as Record<string, any>;
    expect(spec.yAxis.type).toBe('category');
    expect(spec.xAxis).toMatchObject({ type: 'value', min: 0, max: 100 });
    expect(spec.series.map((s: { encode: { x: string } }) => s.encode.x)).toEqual(['execution_pct', 'mean_score', 'full_mark_pct', 'weak_actual_pct']);
    const years = measuresSpec(await queryColumns(db.conn, byYearQuery(NO_FILTERS)), 'label', 'en') as Record<string, any>;
    expect(years.xAxis.type).toBe('category');
    expect(years.series[0].encode).toEqual({ x: 'label', y: 'execution_pct' });
  });

  it('per department and year, with the change from the department’s previous year (none in this corpus)', async () => {
    const rows = await queryRows<YearRow & { department: string }>(db.conn, departmentYearChangesQuery({ ...NO_FILTERS, regions: ['淮南市', '大同市'] }));
    expect(rows.map((r) => [r.department, r.year])).toEqual([
      ['大同市人民政府外事办公室', 2021],
      ['淮南市人民政府办公室', 2024],
    ]);
    expect(rows.every((r) => r.prev_year === null && r.execution_rate_change === null)).toBe(true);
  });
});
