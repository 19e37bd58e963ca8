import { TABLES, createTableSql } from '../contract/tables';
import type { SqlConnection, SqlParam } from '../db/connection';
import { FLAG_AGGREGATES } from '../sql/flagAggregates';
import { RULE_MACROS } from './macros';
import { SCORING_PROFILES, isScoringProfileId } from './profiles';
import { RULES } from './registry';
import type { Rule, Severity } from './rule';
import { RULE_PARAMS, defaultSettings, type RuleSettings } from './settings';

/** Flags per rule and severity after a run (only non-zero counts). */
export interface RuleCount {
  ruleId: string;
  severity: Severity;
  flags: number;
}

export interface RuleRunResult {
  counts: RuleCount[];
  total: number;
  /** Rules whose SQL failed (e.g. a contract table missing); the other rules' flags are still there. */
  errors: { ruleId: string; message: string }[];
}

const FLAG_COLUMNS = TABLES.flags.columns.map((c) => `"${c.name}"`).join(', ');

/**
 * (Re)creates the `flags` table (the contract's columns, in contract order) in the
 * DuckDB behind `conn`, by running every enabled rule's SQL over the contract tables
 * there (`evaluations`, `indicators`, `target_tables`, `target_indicators`,
 * `target_links`, `project_lists`), and the pre-aggregates made from it (`agg_flags`,
 * `agg_flagged_evaluations`). `npm run ingest` and `npm run audit` call it in native
 * DuckDB; the dashboard loads their flags and calls `updateRules` on a settings change.
 * `rules` restricts the run to some rules (tests); the flags table then holds only theirs.
 *
 * Thresholds and profiles reach SQL only as `?` parameters, via the helper tables
 * `rule_params`, `rule_profiles` and `rule_profile_names` that it also (re)creates.
 * The old `flags` table stays readable until the new one replaces it. Rows are in no
 * particular order (`npm run audit` writes them in the contract's sort order).
 */
export async function runRules(
  conn: SqlConnection,
  settings: RuleSettings = defaultSettings(),
  rules: readonly Rule[] = RULES,
): Promise<RuleRunResult> {
  await prepare(conn, settings);
  await conn.run('DROP TABLE IF EXISTS flags_next');
  await conn.run(createTableSql('flags', 'flags_next'));
  const errors = await insertFlags(conn, 'flags_next', rules.filter((r) => !settings.disabledRules.includes(r.id)));
  await replaceTable(conn, 'flags', 'flags_next');
  await buildFlagAggregates(conn);
  return { ...(await countFlags(conn)), errors };
}

/**
 * The rules whose flags can differ between two settings: those whose SQL reads a
 * parameter that changed (found in the SQL text, so a rule reading another rule's
 * parameter is included), or the scoring profiles when they changed, and those
 * switched on or off.
 */
export function rulesAffected(previous: RuleSettings, next: RuleSettings, rules: readonly Rule[] = RULES): Rule[] {
  const changedParams = RULE_PARAMS.filter((p) => previous.params[p.key] !== next.params[p.key]).map((p) => p.key);
  const profilesChanged =
    previous.defaultProfile !== next.defaultProfile ||
    JSON.stringify(Object.entries(previous.regionProfiles).sort()) !== JSON.stringify(Object.entries(next.regionProfiles).sort());
  return rules.filter(
    (r) =>
      changedParams.some((key) => r.sql.includes(`rule_param('${key}')`)) ||
      (profilesChanged && r.sql.includes('rule_profile(')) ||
      previous.disabledRules.includes(r.id) !== next.disabledRules.includes(r.id),
  );
}

/**
 * Updates the `flags` table made by an earlier `runRules` (with `previous`) for a
 * settings change, re-running only `rulesAffected(previous, next)`: the quick path for
 * the settings panel. The result is the same table `runRules(conn, next)` would make.
 */
export async function updateRules(conn: SqlConnection, previous: RuleSettings, next: RuleSettings): Promise<RuleRunResult> {
  const affected = rulesAffected(previous, next);
  await prepare(conn, next);
  for (const rule of affected) await conn.run('DELETE FROM flags WHERE rule_id = ?', [rule.id]);
  const errors = await insertFlags(conn, 'flags', affected.filter((r) => !next.disabledRules.includes(r.id)));
  if (affected.length > 0) await buildFlagAggregates(conn);
  return { ...(await countFlags(conn)), errors };
}

/** (Re)builds the flag pre-aggregates from `flags`, each in the contract's columns; the old table stays readable until the new one replaces it. */
async function buildFlagAggregates(conn: SqlConnection): Promise<void> {
  for (const { table, sql } of FLAG_AGGREGATES) {
    const next = `${table}_next`;
    await conn.run(`DROP TABLE IF EXISTS "${next}"`);
    await conn.run(createTableSql(table, next));
    await conn.run(`INSERT INTO "${next}" BY NAME (${sql})`);
    await replaceTable(conn, table, next);
  }
}

async function replaceTable(conn: SqlConnection, table: string, next: string): Promise<void> {
  await conn.run(`DROP TABLE IF EXISTS "${table}"`);
  await conn.run(`ALTER TABLE "${next}" RENAME TO "${table}"`);
}

/** Settings tables and macros, (re)created before rules run. */
async function prepare(conn: SqlConnection, settings: RuleSettings): Promise<void> {
  await writeSettingsTables(conn, settings);
  for (const macro of RULE_MACROS) await conn.run(macro);
}

async function insertFlags(conn: SqlConnection, table: string, rules: readonly Rule[]): Promise<RuleRunResult['errors']> {
  const errors: RuleRunResult['errors'] = [];
  for (const rule of rules) {
    try {
      await conn.run(`INSERT INTO ${table} SELECT ${FLAG_COLUMNS} FROM (${rule.sql}) AS r`);
    } catch (error) {
      errors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return errors;
}

async function countFlags(conn: SqlConnection): Promise<Omit<RuleRunResult, 'errors'>> {
  const counts = await conn.rows<{ rule_id: string; severity: Severity; flags: number }>(
    'SELECT rule_id, severity, count(*)::INTEGER AS flags FROM flags GROUP BY rule_id, severity ORDER BY rule_id, severity',
  );
  return {
    counts: counts.map((c) => ({ ruleId: c.rule_id, severity: c.severity, flags: c.flags })),
    total: counts.reduce((sum, c) => sum + c.flags, 0),
  };
}

async function writeSettingsTables(conn: SqlConnection, settings: RuleSettings): Promise<void> {
  await conn.run('CREATE OR REPLACE TABLE rule_params (key VARCHAR, value DOUBLE)');
  const params: SqlParam[] = RULE_PARAMS.flatMap((p) => {
    const value = settings.params[p.key];
    return [p.key, typeof value === 'number' && Number.isFinite(value) ? value : p.default];
  });
  await conn.run(`INSERT INTO rule_params VALUES ${RULE_PARAMS.map(() => '(?, ?)').join(', ')}`, params);

  await conn.run('CREATE OR REPLACE TABLE rule_profiles (region VARCHAR, profile VARCHAR)');
  const profiles: [string, string][] = [['*', settings.defaultProfile]];
  for (const [region, profile] of Object.entries(settings.regionProfiles)) {
    if (isScoringProfileId(profile)) profiles.push([region, profile]);
  }
  await conn.run(`INSERT INTO rule_profiles VALUES ${profiles.map(() => '(?, ?)').join(', ')}`, profiles.flat());

  await conn.run('CREATE OR REPLACE TABLE rule_profile_names (profile VARCHAR, name_zh VARCHAR, name_en VARCHAR)');
  await conn.run(
    `INSERT INTO rule_profile_names VALUES ${SCORING_PROFILES.map(() => '(?, ?, ?)').join(', ')}`,
    SCORING_PROFILES.flatMap((p) => [p.id, p.name.zh, p.name.en]),
  );
}
