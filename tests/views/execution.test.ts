import { itemTexts } from '../../src/charts/chartItems';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/query/filters';
import { binRange, budgetChangeQuery, histogramQuery, rankingQuery } from '../../src/views/execution/queries';
import { budgetChangeItems, histogramSpec, rankingItems, rankingSpec } from '../../src/views/execution/spec';
import { contractDbSuite, queryColumns } from '../query/contractDb';

describe('execution view on the corpus', () => {
  const db = contractDbSuite();

  it('ranks projects by their rate (B/A), lowest first: the 0% forms of 2021, then 对台工作特费 1.13% (printed 1.12%)', async () => {
    const data = await queryColumns(db.conn, rankingQuery(NO_FILTERS));
    const items = itemTexts(rankingItems(data));
    expect(items.slice(0, 3).sort()).toEqual(['两节慰问费 · 2021: 0.00%', '因公出国（境）费 · 2021: 0.00%', '赴台工作经费 · 2021: 0.00%']);
    // The printed 1.12% and 30.934% agree with B/A to their precision: no printed rate beside them.
    expect(items[3]).toBe('对台工作特费 · 2021: 1.13%');
    expect(items).toContain('市本级因公出国(境)经费 · 2024: 30.94%');
    const trip = items.indexOf('市本级因公出国(境)经费 · 2024: 30.94%');
    expect(data.band?.[trip]).toBe('low');
    expect(data.rate?.[trip]).toBeCloseTo(43.31 / 140, 6);
    expect(data.rate_printed?.[trip]).toBeCloseTo(0.30934, 6);
    expect(data.rate_differs?.[trip]).toBe(false);
    // 华侨事务补助 prints 74.34% for 1.68 / 2.34 = 71.79%: the printed rate is named beside it.
    expect(items).toContain('华侨事务补助 · 2024: 71.79% (填报 74.34%)');
    expect(data.total?.[0]).toBe(51);
    expect(Array.from(data.pos ?? [])).toEqual(Array.from({ length: 51 }, (_, i) => i));
  });

  it('limits the ranking to the lowest rates and still reports the total', async () => {
    const data = await queryColumns(db.conn, rankingQuery(NO_FILTERS, 5));
    expect(data.project).toHaveLength(5);
    expect(data.total?.[0]).toBe(51);
  });

  it('ranking spec: bars by band, reference lines at 60% and 80%, money in the tooltip', async () => {
    const data = await queryColumns(db.conn, rankingQuery({ ...NO_FILTERS, years: [2024] }));
    const spec = rankingSpec(data, 'zh') as Record<string, any>;
    expect(spec.yAxis.data).toHaveLength(10);
    expect(spec.yAxis.data).toContain('市本级因公出国(境)经费 · 2024');
    expect(spec.series[0].encode).toEqual({ x: 'rate', y: 'pos' });
    expect(spec.series[0].markLine.data).toEqual([{ xAxis: 0.6 }, { xAxis: 0.8 }]);
    expect(spec.visualMap).toMatchObject({ dimension: 'band', categories: ['low', 'mid', 'high'] });
    const trip = (data.project as string[]).indexOf('市本级因公出国(境)经费');
    const tip = spec.tooltip.formatter({ dataIndex: trip });
    expect(tip).toContain('执行率: 30.94%');
    expect(tip).not.toContain('表上填报');
    const overseas = spec.tooltip.formatter({ dataIndex: (data.project as string[]).indexOf('华侨事务补助') });
    expect(overseas).toContain('执行率: 71.79%\n表上填报 74.34%（与 B/A 不符）');
    expect(tip).toContain('全年预算: 140.00 万元');
    expect(tip).toContain('执行数: 43.31 万元');
  });

  it('histogram: every project in one 10-point bin, empty bins included', async () => {
    const data = await queryColumns(db.conn, histogramQuery(NO_FILTERS));
    expect(data.label).toEqual(['0–10%', '10–20%', '20–30%', '30–40%', '40–50%', '50–60%', '60–70%', '70–80%', '80–90%', '90–100%', '≥100%']);
    expect(Array.from(data.projects as number[]).reduce((a, b) => a + b, 0)).toBe(51);
    expect(data.projects?.[0]).toBe(4);
    const spec = histogramSpec(data, 'en') as Record<string, any>;
    expect(spec.series[0].itemStyle.color({ dataIndex: 0 })).toBe('#7f2704');
    expect(spec.series[0].itemStyle.color({ dataIndex: 9 })).toBe('#9ecae1');
  });

  it('clicking a bin filters to exactly that bin’s projects (30–40%: 区政府综合业务经费, 市本级因公出国(境)经费, 外事办业务经费)', async () => {
    expect(binRange(3)).toEqual({ rateMin: 0.3, rateMax: 0.39999 });
    expect(binRange(10)).toEqual({ rateMin: 1, rateMax: null });
    const data = await queryColumns(db.conn, rankingQuery({ ...NO_FILTERS, ...binRange(3) }));
    expect(data.project).toEqual(['区政府综合业务经费', '市本级因公出国(境)经费', '外事办业务经费']);
    const histogram = await queryColumns(db.conn, histogramQuery(NO_FILTERS));
    expect(histogram.projects?.[3]).toBe(3);
  });

  it('budgets changed during the year: 12.90 → 104.20 first, 839.00 → 289.00 among them', async () => {
    const data = await queryColumns(db.conn, budgetChangeQuery(NO_FILTERS));
    const items = itemTexts(budgetChangeItems(data));
    expect(items[0]).toBe('政府网站安全运行专项经费 · 2024: 12.90 万元 → 104.20 万元');
    expect(items).toContainEqual(expect.stringMatching(/ · 2023: 839\.00 万元 → 289\.00 万元$/));
    expect(data.change_ratio?.[0]).toBeCloseTo(91.3 / 12.9, 6);
  });
});
