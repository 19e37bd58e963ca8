import { itemTexts } from '../../src/charts/chartItems';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeConnection } from '../../src/db/nodeConnection';
import { NO_FILTERS } from '../../src/query/filters';
import { byDepartmentQuery, byYearQuery, departmentYearChangesQuery } from '../../src/views/compare/queries';
import { measuresItems, measuresSpec } from '../../src/views/compare/spec';
import { contractDbSuite, openContractDb, queryColumns, queryRows } from '../query/contractDb';

type YearRow = { year: number; evaluations: number; execution_rate: number; mean_score: number; prev_year: number | null; execution_rate_change: number | null; mean_score_change: number | null };

describe('compare view on the corpus', () => {
  const db = contractDbSuite();

  it('across years: each region in each year, bars labelled by region and year, no change taken between regions (2021 is 大同市, 2020 湘西)', async () => {
    const rows = await queryRows<YearRow & { region: string; label: string }>(db.conn, byYearQuery(NO_FILTERS));
    expect(rows.map((r) => [r.label, r.evaluations])).toEqual([['湘西自治州 2020', 11], ['大同市 2021', 12], ['上海市普陀区 2023', 18], ['淮南市 2024', 10]]);
    const y2021 = rows[1]!;
    expect(y2021.execution_rate).toBeCloseTo(70.32 / 187.78, 6);
    expect(y2021.mean_score).toBeCloseTo(720.55 / 11, 4);
    // Today's −51.99 pp was 大同市 2021 minus 湘西 2020: two regions. Each region has one year, so no change.
    expect(rows.every((r) => r.prev_year === null && r.execution_rate_change === null && r.mean_score_change === null)).toBe(true);
  });

  it('across departments: the same measures side by side, on one 0–100 scale', async () => {
    const data = await queryColumns(db.conn, byDepartmentQuery(NO_FILTERS));
    const items = itemTexts(measuresItems(data, 'department', 'zh'));
    expect(items).toContain('淮南市人民政府办公室: 执行率 % 80.53, 平均自评分 97.15, 满分指标占比 % 100.00, 未达标或套话指标占比 % 50.62');
    expect(items).toContain('大同市人民政府外事办公室: 执行率 % 37.45, 平均自评分 65.50, 满分指标占比 % 80.25, 未达标或套话指标占比 % 14.81');
    const spec = measuresSpec(data, 'department', 'zh') as Record<string, any>;
    expect(spec.yAxis.type).toBe('category');
    expect(spec.xAxis).toMatchObject({ type: 'value', min: 0, max: 100 });
    expect(spec.series.map((s: { encode: { x: string } }) => s.encode.x)).toEqual(['execution_pct', 'mean_score', 'full_mark_pct', 'weak_actual_pct']);
    const years = measuresSpec(await queryColumns(db.conn, byYearQuery(NO_FILTERS)), 'label', 'en') as Record<string, any>;
    expect(years.xAxis.type).toBe('category');
    expect(years.xAxis.axisLabel.formatter('湘西自治州 2020')).toBe('湘西自治州\n2020');
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

describe('compare view with two years of one region (淮南市 2023 added as a copy of 2024 at half the spending)', () => {
  let conn: NodeConnection;
  beforeAll(async () => {
    conn = await openContractDb();
    await conn.run("INSERT INTO agg_department_year SELECT * REPLACE (2023 AS year, executed / 2 AS executed) FROM agg_department_year WHERE region = '淮南市'");
  });
  afterAll(() => conn?.close());

  it('takes the year-on-year change within 淮南市 only, never against 上海市普陀区 2023', async () => {
    const rows = await queryRows<YearRow & { region: string }>(conn, byYearQuery(NO_FILTERS));
    const huainan = rows.filter((r) => r.region === '淮南市');
    expect(huainan.map((r) => [r.year, r.prev_year])).toEqual([[2023, null], [2024, 2023]]);
    expect(huainan[1]!.execution_rate_change).toBeCloseTo(887.96 / 1102.71 - 887.96 / 2 / 1102.71, 6);
    expect(rows.find((r) => r.region === '上海市普陀区')?.prev_year).toBeNull();
    const departments = await queryRows<YearRow & { department: string }>(conn, departmentYearChangesQuery(NO_FILTERS));
    const office = departments.filter((r) => r.department === '淮南市人民政府办公室');
    expect(office.map((r) => r.prev_year)).toEqual([null, 2023]);
    expect(office[1]!.mean_score_change).toBeCloseTo(0, 9);
  });
});
