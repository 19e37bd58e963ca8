import { itemTexts } from '../../src/charts/chartItems';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/query/filters';
import { heatmapQuery, kpiQuery } from '../../src/views/overview/queries';
import { heatmapItems, heatmapSpec } from '../../src/views/overview/spec';
import { limitedTitle } from '../../src/views/common/limitedTitle';
import { contractDbSuite, queryColumns, queryRows } from '../query/contractDb';

type Kpis = { projects: number; budget_full_year: number; executed: number; execution_rate: number; mean_score: number; flagged: number };

describe('overview view on the corpus', () => {
  const db = contractDbSuite();

  it('KPIs: 51 projects, 7,399.77 万元 budgeted, 6,706.99 executed, and the flagged forms', async () => {
    const [k] = await queryRows<Kpis>(db.conn, kpiQuery(NO_FILTERS));
    expect(k?.projects).toBe(51);
    expect(k?.budget_full_year).toBeCloseTo(7399.77, 2);
    expect(k?.executed).toBeCloseTo(6706.99, 2);
    expect(k?.execution_rate).toBeCloseTo(6706.99 / 7399.77, 6);
    const [flags] = await db.conn.rows<{ n: number }>('SELECT count(DISTINCT eval_id)::INTEGER AS n FROM flags WHERE eval_id IS NOT NULL');
    expect(k?.flagged).toBe(flags?.n);
    expect(k?.flagged).toBe(50); // of the 51 forms, only one has no finding under the default settings
  });

  it('KPIs for 2024 + 淮南市: the ten forms, 1,102.71 / 887.96 万元, mean score 97.15', async () => {
    const [k] = await queryRows<Kpis>(db.conn, kpiQuery({ ...NO_FILTERS, years: [2024], regions: ['淮南市'] }));
    expect(k).toMatchObject({ projects: 10 });
    expect(k?.budget_full_year).toBeCloseTo(1102.71, 2);
    expect(k?.executed).toBeCloseTo(887.96, 2);
    expect(k?.mean_score).toBeCloseTo(97.151, 3);
  });

  it('KPIs under an evaluation-level filter come from the detail tables (search 因公出国 in 2024: one form, 140 万元)', async () => {
    const [k] = await queryRows<Kpis>(db.conn, kpiQuery({ ...NO_FILTERS, years: [2024], search: '因公出国' }));
    expect(k).toMatchObject({ projects: 1, budget_full_year: 140, executed: 43.31, mean_score: 93.09 });
  });

  it('heatmap keeps the departments with the largest budgets and says how many there are', async () => {
    const data = await queryColumns(db.conn, heatmapQuery(NO_FILTERS, 2));
    expect(itemTexts(heatmapItems(data))).toEqual(['上海市普陀区人民政府办公室 · 2023: 96.29%', '湘西自治州人民政府办公室 · 2020: 89.43%']);
    expect(data.departments_total?.[0]).toBe(4);
    expect(data.departments_shown?.[0]).toBe(2);
    expect(limitedTitle('部门 × 年度', 2, data.departments_total?.[0], 'zh')).toBe('部门 × 年度（显示 2 个，共 4 个）');
    expect(limitedTitle('Heatmap', 8, 8, 'en')).toBe('Heatmap');
  });

  it('heatmap: execution rate per department and year, and its chart spec', async () => {
    const data = await queryColumns(db.conn, heatmapQuery(NO_FILTERS));
    const items = itemTexts(heatmapItems(data));
    expect(items).toContain('淮南市人民政府办公室 · 2024: 80.53%');
    expect(items).toContain('大同市人民政府外事办公室 · 2021: 37.45%');
    expect(items).toContain('湘西自治州人民政府办公室 · 2020: 89.43%');
    const spec = heatmapSpec(data, 'zh') as Record<string, any>;
    expect(spec.dataset.source).toBe(data);
    expect(spec.xAxis.data).toEqual(['2020', '2021', '2023', '2024']);
    expect(spec.yAxis.data).toContain('淮南市人民政府办公室');
    // The axes come from SQL: the four departments of the corpus, sorted, and how many are shown.
    expect(spec.yAxis.data).toEqual(['上海市普陀区人民政府办公室', '大同市人民政府外事办公室', '淮南市人民政府办公室', '湘西自治州人民政府办公室']);
    expect(data.departments_shown?.[0]).toBe(4);
    expect(spec.visualMap).toMatchObject({ dimension: 'execution_rate', min: 0, max: 1 });
    expect(spec.tooltip.renderMode).toBe('richText');
    const i = items.findIndex((s) => s.startsWith('淮南市'));
    expect(spec.series[0].label.formatter({ dataIndex: i })).toBe('80.5%');
    expect(spec.tooltip.formatter({ dataIndex: i })).toContain('全年预算: 1,102.71 万元');
  });
});
