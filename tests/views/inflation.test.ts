import { itemTexts } from '../../src/charts/chartItems';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/query/filters';
import { fullMarkShareQuery, scatterQuery } from '../../src/views/inflation/queries';
import { budgetSymbolSize, fullMarkShareItems, fullMarkShareSpec, scatterItems, scatterSpec } from '../../src/views/inflation/spec';
import { contractDbSuite, queryColumns } from '../query/contractDb';

describe('score inflation view on the corpus', () => {
  const db = contractDbSuite();

  it('the low-execution/high-score quadrant holds 市本级因公出国(境)经费 (30.94%, 93.09) and 会议经费 (53.45%, 96), and only such forms', async () => {
    const data = await queryColumns(db.conn, scatterQuery(NO_FILTERS));
    const rows = data.eval_id?.length ?? 0;
    const inQuadrant = Array.from({ length: rows }, (_, i) => i).filter((i) => data.in_quadrant?.[i] === true);
    const items = itemTexts(scatterItems(data));
    expect(inQuadrant.map((i) => items[i])).toEqual(
      expect.arrayContaining(['市本级因公出国(境)经费 · 2024: 30.94%, 93.09', '会议经费 · 2020: 53.45%, 96.00', '“放管服”改革和营商环境监督专项经费 · 2024: 47.33%, 94.73']),
    );
    for (const i of inQuadrant) {
      expect(data.rate?.[i] as number).toBeLessThan(0.6);
      expect(data.total_score?.[i] as number).toBeGreaterThanOrEqual(90);
    }
    expect(items).toContain('对台工作特费 · 2021: 1.13%, 72.13');
    expect(inQuadrant.map((i) => data.project?.[i])).not.toContain('对台工作特费');
    expect(data.quadrant_count?.[0]).toBe(inQuadrant.length);
    expect(data.total?.[0]).toBe(rows);
  });

  it('draws at most the limit: the quadrant first, then the largest budgets, with the full counts', async () => {
    const data = await queryColumns(db.conn, scatterQuery(NO_FILTERS, 9));
    expect(data.eval_id).toHaveLength(9);
    expect(Array.from(data.in_quadrant ?? []).filter((q) => q === true).length).toBe(data.quadrant_count?.[0]);
    expect(data.total?.[0]).toBeGreaterThan(40);
    expect(data.total?.[0]).toBe(50); // the 51 forms but the one without a 总分 (form.no_total)
    expect(data.quadrant_count?.[0]).toBe(7);
    expect(data.project?.[0]).toBe('区政府综合业务经费');
  });

  it('scatter spec: x = rate, y = score, size by budget, the quadrant shaded and counted', async () => {
    const data = await queryColumns(db.conn, scatterQuery({ ...NO_FILTERS, years: [2024] }));
    const spec = scatterSpec(data, 'zh') as Record<string, any>;
    const series = spec.series[0];
    expect(series.encode).toEqual({ x: 'rate', y: 'total_score' });
    expect(series.markArea.data).toEqual([[{ xAxis: 0, yAxis: 90 }, { xAxis: 0.6, yAxis: 100 }]]);
    expect(series.markArea.label.formatter).toBe(`低执行·高自评: ${String(data.quadrant_count?.[0])}`);
    expect(data.quadrant_count?.[0]).toBe(3);
    const trip = (data.project as string[]).indexOf('市本级因公出国(境)经费');
    expect(series.itemStyle.color({ dataIndex: trip })).toBe('#7f2704');
    // Point size scales to the largest 2024 budget, from SQL: 12345政务服务便民热线运营费用, 492 万元.
    expect(data.max_budget?.[0]).toBe(492);
    expect(series.symbolSize(null, { dataIndex: trip })).toBeCloseTo(6 + 34 * Math.sqrt(140 / 492), 9);
    expect(budgetSymbolSize(140, 140)).toBe(40);
    expect(budgetSymbolSize(35, 140)).toBe(23);
    expect(budgetSymbolSize(null, 140)).toBe(6);
  });

  it('share of full-mark indicators per department: 淮南 81/81, 大同 65/81, 湘西 93/102', async () => {
    const data = await queryColumns(db.conn, fullMarkShareQuery(NO_FILTERS));
    const items = itemTexts(fullMarkShareItems(data));
    expect(items).toEqual(expect.arrayContaining(['淮南市人民政府办公室: 100.0%', '大同市人民政府外事办公室: 80.2%', '湘西自治州人民政府办公室: 91.2%']));
    expect(items.at(-1)).toBe('大同市人民政府外事办公室: 80.2%');
    const spec = fullMarkShareSpec(data, 'en') as Record<string, any>;
    expect(spec.series[0].encode).toEqual({ x: 'full_mark_share', y: 'department' });
    expect(spec.tooltip.formatter({ dataIndex: items.length - 1 })).toContain('65 / 81 indicators');
  });
});
