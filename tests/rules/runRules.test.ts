import { describe, expect, it } from 'vitest';
import { TABLES, type FlagRow, type Row } from '../../src/contract/tables';
import { RULES } from '../../src/rules/registry';
import { rulesAffected, runRules, updateRules } from '../../src/rules/runRules';
import { defaultSettings } from '../../src/rules/settings';
import { cleanForm, cleanIndicators, evaluation, fixtureDb, listEntry, withParams } from './support/fixtures';

describe('runRules', () => {
  it('runs every rule without error and flags nothing on a clean form', async () => {
    const conn = await fixtureDb(cleanForm());
    const result = await runRules(conn);
    expect(result.errors).toEqual([]);
    expect(await conn.rows('SELECT rule_id, message_zh FROM flags')).toEqual([]);
    expect(result.total).toBe(0);
    conn.close();
  });

  it('creates flags with exactly the contract columns, in order, and replaces them on every run', async () => {
    const conn = await fixtureDb(cleanForm({ executed: 50, execution_rate: 0.5, execution_rate_reported: 0.5, execution_rate_raw: '50%' }));
    const first = await runRules(conn);
    const columns = await conn.rows<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'flags' ORDER BY ordinal_position",
    );
    expect(columns.map((c) => [c.column_name, c.data_type])).toEqual(TABLES.flags.columns.map((c) => [c.name, c.type]));
    expect(first.counts.find((c) => c.ruleId === 'exec.low')).toEqual({ ruleId: 'exec.low', severity: 'high', flags: 1 });

    const second = await runRules(conn, withParams({ 'exec.low.high': 40 }));
    expect(second.counts.find((c) => c.ruleId === 'exec.low')).toEqual({ ruleId: 'exec.low', severity: 'medium', flags: 1 });
    expect(await conn.rows('SELECT count(*)::INTEGER AS n FROM flags')).toEqual([{ n: second.total }]);
    conn.close();
  });

  it('skips disabled rules and reports a failing rule without losing the others', async () => {
    const conn = await fixtureDb(cleanForm({ executed: 0, execution_rate: 0, execution_rate_reported: 0, execution_rate_raw: '0%' }));
    const settings = defaultSettings();
    settings.disabledRules = ['exec.zero'];
    const off = await runRules(conn, settings);
    expect(off.counts.some((c) => c.ruleId === 'exec.zero')).toBe(false);
    expect(off.counts.some((c) => c.ruleId === 'inflation.full_marks_low_exec')).toBe(true);

    await conn.run('DROP TABLE project_lists');
    const broken = await runRules(conn);
    expect(broken.errors.map((e) => e.ruleId)).toEqual(['list.missing_form']);
    expect(broken.counts.some((c) => c.ruleId === 'exec.zero')).toBe(true);
    conn.close();
  });

  it('passes thresholds as data: a hostile parameter value cannot reach the SQL text', async () => {
    const conn = await fixtureDb(cleanForm());
    const settings = defaultSettings();
    settings.regionProfiles["测试市'; DROP TABLE evaluations; --"] = 'steps';
    expect((await runRules(conn, settings)).errors).toEqual([]);
    expect(await conn.rows('SELECT count(*)::INTEGER AS n FROM evaluations')).toEqual([{ n: 1 }]);
    expect(RULES.every((r) => !r.sql.includes('${'))).toBe(true);
    conn.close();
  });

  it('knows which rules a settings change affects, including a rule reading another rule\'s parameter', () => {
    const ids = (next: ReturnType<typeof defaultSettings>) => rulesAffected(defaultSettings(), next).map((r) => r.id);
    expect(ids(withParams({ 'calc.grade.excellent': 85 }))).toEqual(['calc.grade', 'dept.all_excellent']);
    expect(ids(withParams({ 'exec.low.high': 50 }))).toEqual(['exec.low']);
    const profile = defaultSettings();
    profile.regionProfiles['淮南市'] = 'steps';
    expect(ids(profile)).toEqual(['calc.exec_score']);
    const off = defaultSettings();
    off.disabledRules = ['form.empty'];
    expect(ids(off)).toEqual(['form.empty']);
    expect(ids(defaultSettings())).toEqual([]);
  });

  it('updates flags for a settings change to exactly what a full run gives', async () => {
    const forms = [
      evaluation({ form_index: 1, executed: 50, execution_rate: 0.5, execution_rate_reported: 0.5, execution_rate_raw: '50%', execution_score: 4, total_score: 94, grade: '优' }),
      evaluation({ form_index: 2, executed: 75, execution_rate: 0.75, execution_rate_reported: 0.75, execution_rate_raw: '75%', execution_score: 7.5, total_score: 97.5 }),
    ];
    const data = { evaluations: forms, indicators: forms.flatMap(cleanIndicators) };
    const next = withParams({ 'exec.low.high': 80, 'calc.grade.excellent': 95 });
    next.regionProfiles['测试市'] = 'steps';
    next.disabledRules = ['inflation.full_marks_low_exec'];
    const all = 'SELECT * FROM flags ORDER BY flag_id';

    const updated = await fixtureDb(data);
    const before = await runRules(updated);
    const after = await updateRules(updated, defaultSettings(), next);
    const fresh = await fixtureDb(data);
    const full = await runRules(fresh, next);
    expect(after).toEqual(full);
    expect(after.counts).not.toEqual(before.counts);
    expect(await updated.rows(all)).toEqual(await fresh.rows(all));
    updated.close();
    fresh.close();
  });

  it('never leaves a message, project or evidence NULL, and evidence is JSON, even on forms of NULLs', async () => {
    const nulls = <T extends 'evaluations' | 'indicators'>(table: T) => Object.fromEntries(TABLES[table].columns.map((c) => [c.name, null])) as Row<T>;
    const forms = [1, 2, 3].map((k) => ({ ...nulls('evaluations'), eval_id: `x.txt#${k}`, source_file: 'x.txt', form_index: k, project: '同名项目', budget_full_year: 5, executed: 0, total_weight: 100, grade: '优' }));
    const indicators = forms.map((f) => ({ ...nulls('indicators'), eval_id: f.eval_id, indicator_index: 1, name: '满意度', level1: '满意度指标', target_raw: '≥90%', target_op: '>=', target_value: 90, target_unit: '%', actual_raw: '100%', actual_value: 100, actual_unit: '%', actual_kind: 'numeric', weight: 5, score: 1 }));
    const conn = await fixtureDb({ evaluations: forms, indicators, project_lists: [listEntry({ source_file: 'x.txt', seq: null, project: '另一个项目' })] });
    const result = await runRules(conn);
    expect(result.errors).toEqual([]);
    const flags = await conn.rows<FlagRow>('SELECT * FROM flags ORDER BY flag_id');
    expect(flags.map((f) => f.rule_id)).toEqual(expect.arrayContaining(['exec.zero', 'form.no_total', 'list.duplicate', 'list.missing_form', 'dept.copied_indicators']));
    for (const f of flags) {
      expect([f.message_zh, f.message_en, f.project, f.evidence, f.flag_id, f.severity].includes(null), JSON.stringify(f)).toBe(false);
      expect(() => JSON.parse(f.evidence ?? ''), f.flag_id ?? '').not.toThrow();
    }
    // The evidence carries the figures the message cites (form 1: 5 万元 budgeted, 0 executed, no total score).
    const zero = flags.find((f) => f.flag_id === 'exec.zero:x.txt#1')!;
    expect(JSON.parse(zero.evidence!)).toMatchObject({ budget_full_year: 5, executed: 0 });
    expect(zero.message_zh).toBe('全年预算 5.00 万元，全年执行数 0（执行率 0%）');
    conn.close();
  });
});
