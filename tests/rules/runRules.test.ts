import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/contract/tables';
import { RULES } from '../../src/rules/registry';
import { runRules } from '../../src/rules/runRules';
import { defaultSettings } from '../../src/rules/settings';
import { cleanForm, fixtureDb, withParams } from './support/fixtures';

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
});
