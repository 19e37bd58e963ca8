import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/query/filters';
import { runRules } from '../../../src/rules/runRules';
import { defaultSettings, parseSettings, serializeSettings } from '../../../src/rules/settings';
import { contractRowSource } from '../../../src/table/rowSource';
import { TABLE_ALIAS } from '../../../src/table/tableQuery';
import { filterClause } from '../../../src/query/filterClause';
import { countsByDepartmentYearQuery, countsByRuleQuery } from '../../../src/views/findings/findingsQueries';
import { FINDINGS_RELATION } from '../../../src/findings/findingsRelation';
import { contractDbSuite, openContractDb, queryColumns, queryRows } from '../../query/contractDb';

const db = contractDbSuite();

interface ByRule {
  /** NULL on the totals row. */
  rule_id: string | null;
  high: number;
  medium: number;
  low: number;
  total: number;
}

describe('findings queries', () => {
  it('count every flag per rule without filters, as the audit CLI writes them', async () => {
    const view = await queryRows<ByRule>(db.conn, countsByRuleQuery(NO_FILTERS));
    const cli = await db.conn.rows<{ rule_id: string; n: number }>('SELECT rule_id, count(*)::INTEGER n FROM flags GROUP BY rule_id ORDER BY rule_id');
    const ruleRows = view.filter((r) => r.rule_id !== null);
    expect(ruleRows.map((r) => [r.rule_id, r.total]).sort()).toEqual(cli.map((r) => [r.rule_id, r.n]).sort());
    expect(view.find((r) => r.rule_id === 'list.missing_form')).toEqual({ rule_id: 'list.missing_form', high: 0, medium: 2, low: 0, total: 2 });
    for (const r of view) expect(r.high + r.medium + r.low).toBe(r.total);
    // The totals row comes last: 268 flags, 34 high, 95 medium, 139 low on the corpus (README; list.duplicate one finding per group, renamed indicators paired, since issue 10).
    expect(view.at(-1)).toEqual({ rule_id: null, high: 34, medium: 95, low: 139, total: 268 });
  });

  it('list the rules by group in the registry order, then by id, totals last', async () => {
    const ids = (await queryRows<ByRule>(db.conn, countsByRuleQuery(NO_FILTERS))).map((r) => r.rule_id);
    expect(ids.slice(0, 4)).toEqual(['exec.low', 'exec.zero', 'budget.adjusted', 'calc.exec_score']);
    expect(ids.indexOf('inflation.full_marks_low_exec')).toBeLessThan(ids.indexOf('target.boilerplate_actual'));
    expect(ids.indexOf('dept.copied_indicators')).toBeLessThan(ids.indexOf('list.duplicate'));
    expect(ids.slice(-4)).toEqual(['list.missing_form', 'form.empty', 'form.no_total', null]);
  });

  it('give a totals row of zeros when nothing passes the filters', async () => {
    const none = await queryRows<ByRule>(db.conn, countsByRuleQuery({ ...NO_FILTERS, years: [1999] }));
    expect(none).toEqual([{ rule_id: null, high: 0, medium: 0, low: 0, total: 0 }]);
  });

  it('apply the execution-rate range as the form states its rate', async () => {
    const low = await queryRows<ByRule>(db.conn, countsByRuleQuery({ ...NO_FILTERS, rateMax: 0.2 }));
    const [expected] = await db.conn.rows<{ n: number }>(
      `SELECT count(*)::INTEGER n FROM flags f JOIN evaluations e USING (eval_id) WHERE coalesce(e.execution_rate_reported, e.execution_rate) <= 0.2`,
    );
    expect(expected!.n).toBe(37);
    expect(low.at(-1)?.total).toBe(37);
  });

  it('apply the global filters through the flagged form, target table or source file', async () => {
    const xiangxi = await queryRows<ByRule>(db.conn, countsByRuleQuery({ ...NO_FILTERS, years: [2020] }));
    const [expected] = await db.conn.rows<{ n: number }>(
      `SELECT count(*)::INTEGER n FROM flags f JOIN evaluations e USING (eval_id) WHERE e.year = 2020`,
    );
    expect(xiangxi.filter((r) => r.rule_id !== null).reduce((s, r) => s + r.total, 0)).toBe(expected!.n);
    expect(xiangxi.find((r) => r.rule_id === null)?.total).toBe(expected!.n);
    // The 2024 list of 000 names two projects without a form: their flags have no eval_id but count under 2024.
    const huainan = await queryRows<ByRule>(db.conn, countsByRuleQuery({ ...NO_FILTERS, years: [2024] }));
    expect(huainan.find((r) => r.rule_id === 'list.missing_form')?.total).toBe(2);
    const meeting = await queryRows<ByRule>(db.conn, countsByRuleQuery({ ...NO_FILTERS, search: '会议经费', years: [2020] }));
    expect(Object.fromEntries(meeting.map((r) => [r.rule_id, r.total]))).toMatchObject({
      'calc.total': 1,
      'exec.low': 1,
      'inflation.low_exec_high_score': 1,
    });
  });

  it('count findings per department and year', async () => {
    const rows = await queryRows<{ department: string; year: number; n: number }>(db.conn, countsByDepartmentYearQuery(NO_FILTERS));
    const [flags] = await db.conn.rows<{ n: number }>('SELECT count(*)::INTEGER n FROM flags');
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(flags!.n);
    const [xiangxi] = await db.conn.rows<{ n: number }>(
      `SELECT count(*)::INTEGER n FROM flags f JOIN evaluations e USING (eval_id) WHERE e.department = '湘西自治州人民政府办公室' AND e.year = 2020`,
    );
    expect(rows.find((r) => r.department === '湘西自治州人民政府办公室' && r.year === 2020)?.n).toBe(xiangxi!.n);
    // The chart's axes come with every row: the four corpus years ascending, departments by their flag count.
    const data = await queryColumns(db.conn, countsByDepartmentYearQuery(NO_FILTERS));
    expect(data.year_axis?.[0]).toEqual([2020, 2021, 2023, 2024]);
    const departments = data.department_axis?.[0] as string[];
    const perDepartment = await db.conn.rows<{ department: string; n: number }>(
      `SELECT e.department, count(*)::INTEGER n FROM flags f JOIN evaluations e USING (eval_id) GROUP BY ALL`,
    );
    expect([...departments].sort()).toEqual(perDepartment.map((r) => r.department).sort());
    const total = (d: string) => rows.filter((r) => r.department === d).reduce((s, r) => s + r.n, 0);
    for (let i = 1; i < departments.length; i++) expect(total(departments[i - 1]!)).toBeGreaterThanOrEqual(total(departments[i]!));
  });

  it('draws the departments with the most findings, and says how many there are', async () => {
    const perDepartment = await db.conn.rows<{ department: string; n: number }>(
      `SELECT e.department, count(*)::INTEGER n FROM flags f JOIN evaluations e USING (eval_id) GROUP BY ALL ORDER BY n DESC, department`,
    );
    expect(perDepartment.length).toBe(4);
    const data = await queryColumns(db.conn, countsByDepartmentYearQuery(NO_FILTERS, 2));
    expect(data.department_axis?.[0]).toEqual(perDepartment.slice(0, 2).map((r) => r.department));
    expect([...new Set(Array.from(data.department as string[]))]).toEqual(perDepartment.slice(0, 2).map((r) => r.department));
    expect(Array.from(data.departments_total as number[]).every((n) => n === 4)).toBe(true);
  });

  it('list findings with their evidence, high severity first', async () => {
    const global = filterClause({ ...NO_FILTERS, search: '会议经费', years: [2020] }, 'evaluation', TABLE_ALIAS);
    const source = contractRowSource(
      db.conn,
      {
        relation: FINDINGS_RELATION,
        columns: FINDINGS_RELATION.columns.map((c) => c.name),
        conditions: [{ sql: global.where, params: global.params }],
        columnFilters: [],
        sorting: [],
      },
      {},
    );
    const rows = await source.window(0, 100);
    expect(rows).toHaveLength((await source.summary()).count);
    expect(rows[0]!.severity).toBe('high');
    const total = rows.find((r) => r.rule_id === 'calc.total')!;
    expect(total.message_zh).toBe('总分填报 96.00，但预算执行得分 4.00 + 指标得分 90.00 = 94.00（相差 2.00）');
    expect(JSON.parse(String(total.evidence))).toMatchObject({ total_score: 96 });
    expect(total).toMatchObject({ year: 2020, department: '湘西自治州人民政府办公室', eval_id: '004_77a491ca9b0fee99.txt#7' });
  });

  it('change when a threshold in the settings changes', async () => {
    const before = await queryRows<ByRule>(db.conn, countsByRuleQuery(NO_FILTERS));
    const settings = parseSettings(serializeSettings({ ...defaultSettings(), params: { ...defaultSettings().params, 'exec.low.high': 50, 'exec.low.medium': 50 } }));
    const other = await openContractDb();
    try {
      await runRules(other, settings);
      const after = await queryRows<ByRule>(other, countsByRuleQuery(NO_FILTERS));
      const lowBefore = before.find((r) => r.rule_id === 'exec.low')!;
      const lowAfter = after.find((r) => r.rule_id === 'exec.low')!;
      expect(lowAfter.total).toBeLessThan(lowBefore.total);
      expect(lowAfter.medium).toBe(0);
      const [expected] = await other.rows<{ n: number }>(
        'SELECT count(*)::INTEGER n FROM evaluations WHERE coalesce(execution_rate, execution_rate_reported) > 0 AND coalesce(execution_rate, execution_rate_reported) < 0.5',
      );
      expect(lowAfter.total).toBe(expected!.n);
    } finally {
      other.close();
    }
  });
});
