import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/query/filters';
import { EMPTY_TABLE_STATE } from '../../../src/table/DataTable';
import { contractRowSource } from '../../../src/table/rowSource';
import { dataColumns, defaultVisibility, footerTotals } from '../../../src/views/records/recordsColumns';
import { recordsQuery } from '../../../src/views/records/recordsQuery';
import { contractDbSuite } from '../../query/contractDb';

const db = contractDbSuite();

describe('recordsQuery', () => {
  it('lists 会议经费 (湘西, 2020) under a project search, with its funds in the footer', async () => {
    const filters = { ...NO_FILTERS, years: [2020], search: '会议经费' };
    const source = contractRowSource(db.conn, recordsQuery('evaluations', filters, EMPTY_TABLE_STATE), footerTotals('evaluations'));
    const { count, totals } = await source.summary();
    expect(count).toBe(1);
    expect(totals).toMatchObject({ budget_full_year: 102.46, executed: 54.76, total_score: 96, indicator_count: 8 });
    expect(totals.rate).toBeCloseTo(54.76 / 102.46, 10);
    const [row] = await source.window(0, 10);
    expect(row).toMatchObject({ project: '会议经费', region: '湘西自治州', execution_rate_raw: '53.45%', line_start: 1289 });
  });

  it('filters the indicators tab through their form (search) and sums weights and scores', async () => {
    const filters = { ...NO_FILTERS, years: [2020], search: '会议经费' };
    const state = { ...EMPTY_TABLE_STATE, sorting: [{ id: 'weight', desc: true }] };
    const source = contractRowSource(db.conn, recordsQuery('indicators', filters, state), footerTotals('indicators'));
    const { count, totals } = await source.summary();
    expect(count).toBe(8);
    expect(totals).toEqual({ weight: 90, score: 90 });
    const rows = await source.window(0, 8);
    expect(rows[0]).toMatchObject({ weight: 15 });
    expect(rows.find((r) => r.name === '招开会议次数')).toMatchObject({ target_raw: '40次', actual_raw: '47次', line: 1378 });
  });

  it('filters by a column and sorts descending with missing values last', async () => {
    const state = { ...EMPTY_TABLE_STATE, columnFilters: [{ id: 'region', value: '湘西' }], sorting: [{ id: 'budget_initial', desc: true }] };
    const rows = await contractRowSource(db.conn, recordsQuery('evaluations', NO_FILTERS, state), {}).window(0, 100);
    expect(rows).toHaveLength(11);
    const budgets = rows.map((r) => r.budget_initial as number | null);
    const firstNull = budgets.indexOf(null);
    expect(budgets.slice(firstNull).every((b) => b === null)).toBe(true);
    expect(budgets.slice(0, firstNull)).toEqual([...budgets.slice(0, firstNull)].sort((a, b) => b! - a!));
    // 004's 年初预算数 cells, largest first; 推进办项目经费, 会议经费 and 招商引资经费 print none.
    expect(budgets).toEqual([300, 270, 225, 100, 91.57, 67, 31.5, 27, null, null, null]);
  });

  it('offers every contract column, most of the evaluation columns hidden at first', () => {
    expect(dataColumns('evaluations')).toHaveLength(29);
    const shown = Object.entries(defaultVisibility('evaluations')).filter(([, v]) => v).map(([k]) => k);
    expect(shown).toEqual(['project', 'quality', 'year', 'region', 'department', 'budget_initial', 'budget_full_year', 'executed', 'rate', 'total_score', 'grade', 'indicator_count']);
    expect(dataColumns('evaluations').find((c) => c.id === 'rate')!.format(43.31 / 140, 'zh')).toBe('30.94%');
    expect(dataColumns('evaluations').find((c) => c.id === 'quality')!.format('damaged', 'zh')).toBe('损坏');
    expect(dataColumns('evaluations').find((c) => c.id === 'budget_full_year')!.format(1733.5, 'zh')).toBe('1,733.50');
  });
});
