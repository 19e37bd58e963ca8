import { itemTexts } from '../../src/charts/chartItems';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/query/filters';
import { issueCountsQuery, issuesQuery } from '../../src/views/targets/queries';
import { issueCountsItems, issueCountsSpec } from '../../src/views/targets/spec';
import { contractDbSuite, queryColumns, queryRows } from '../query/contractDb';

type Issue = { project: string; year: number; name: string; target_raw: string; actual_raw: string; issue: string; score: number; weight: number; line: number; source_file: string; total: number };

describe('target vs actual view on the corpus', () => {
  const db = contractDbSuite();

  it('lists a count target answered in percent (7个 → 100%) with the full score it still got, traceable to its line', async () => {
    const rows = await queryRows<Issue>(db.conn, issuesQuery({ ...NO_FILTERS, years: [2020] }));
    const row = rows.find((r) => r.project === '信息服务专项经费' && r.name === '引进投资签约项目数量');
    expect(row).toMatchObject({ target_raw: '7个', actual_raw: '100%', issue: 'unit', score: 5, weight: 5, source_file: '004_77a491ca9b0fee99.txt' });
    // Line 1989 of 004 holds the indicator's name.
    expect(row?.line).toBe(1989);
    expect(readFileSync(new URL('../../data/raw/004_77a491ca9b0fee99.txt', import.meta.url), 'utf8').split('\n')[1988]?.trim()).toBe('引进投资签约项目数量');
  });

  it('lists targets missed in 2021 (外事接待费: ≥10批, 2批, 2 of 10 points)', async () => {
    const rows = await queryRows<Issue>(db.conn, issuesQuery({ ...NO_FILTERS, years: [2021] }));
    expect(rows.find((r) => r.project === '外事接待费' && r.name === '接待批次')).toMatchObject({ target_raw: '≥10批', actual_raw: '2批', issue: 'unmet', score: 2, weight: 10 });
    expect(rows.every((r) => r.issue === 'unmet')).toBe(true);
  });

  it('reads a bare figure as a floor and a cost as a ceiling, as the audit rules do (会议经费 47次 for 40次 is met)', async () => {
    const rows = await queryRows<Issue>(db.conn, issuesQuery({ ...NO_FILTERS, years: [2020, 2024] }));
    expect(rows.find((r) => r.project === '会议经费' && r.name === '招开会议次数')).toBeUndefined();
    expect(rows.find((r) => r.name === '项目成本控制数')).toBeUndefined();
    expect(rows.find((r) => r.project === '信息服务专项经费' && r.target_raw === '≧95%')).toMatchObject({ actual_raw: '93%', issue: 'unmet', score: 8, weight: 10 });
  });

  it('counts per department and year add up to the list, and the spec stacks the three issues', async () => {
    const counts = await queryColumns(db.conn, issueCountsQuery(NO_FILTERS));
    const [listed] = await queryRows<Issue>(db.conn, issuesQuery(NO_FILTERS));
    const sum = ['unmet', 'boilerplate', 'unit'].reduce((s, k) => s + Array.from(counts[k] as number[]).reduce((a, b) => a + b, 0), 0);
    expect(sum).toBe(listed?.total);
    const items = itemTexts(issueCountsItems(counts, 'zh'));
    expect(items).toContain('2020 · 湘西自治州人民政府办公室: 与目标不符 9, 定量目标以套话作答 0, 单位不一致 19');
    expect(items).toContain('2021 · 大同市人民政府外事办公室: 与目标不符 12, 定量目标以套话作答 0, 单位不一致 0');
    const spec = issueCountsSpec(counts, 'zh') as Record<string, any>;
    expect(spec.series.map((s: { encode: { x: string } }) => s.encode.x)).toEqual(['unmet', 'boilerplate', 'unit']);
    expect(new Set(spec.series.map((s: { stack: string }) => s.stack))).toEqual(new Set(['issues']));
  });

  it('keeps the department-year bars with the most issues, in year order', async () => {
    const top = await queryColumns(db.conn, issueCountsQuery(NO_FILTERS, 2));
    expect(top.bucket).toEqual(['2020 · 湘西自治州人民政府办公室', '2021 · 大同市人民政府外事办公室']);
    expect(top.pos).toEqual([0, 1]);
    expect(top.total?.[0]).toBe(4);
  });

  it('limits the list and reports the full count', async () => {
    const rows = await queryRows<Issue>(db.conn, issuesQuery(NO_FILTERS, 3));
    expect(rows).toHaveLength(3);
    expect(rows[0]?.total).toBeGreaterThan(50);
    // 22 unmet + 11 boilerplate + 19 in another unit (the last two as target.boilerplate_actual and target.unit_mismatch count).
    expect(rows[0]?.total).toBe(52);
  });
});
