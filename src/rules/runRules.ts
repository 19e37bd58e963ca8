import { TABLES, createTableSql } from '../contract/tables';
import type { SqlConnection, SqlParam } from '../db/connection';
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
 * (Re)creates the `flags` table (contract columns, in contract order and sort order)
 * in the DuckDB behind `conn`, by running every enabled rule's SQL over the contract
 * tables there (`evaluations`, `indicators`, `target_tables`, `target_indicators`,
 * `target_links`, `project_lists`). The dashboard calls it in DuckDB-WASM on load and
 * on every settings change; `npm run audit` calls it in native DuckDB.
 *
 * Thresholds and profiles reach SQL only as `?` parameters, via the helper tables
 * `rule_params`, `rule_profiles` and `rule_profile_names` that it also (re)creates.
 * The old `flags` table stays readable until the new one replaces it.
 */
export async function runRules(
  conn: SqlConnection,
  settings: RuleSettings = defaultSettings(),
  rules: readonly Rule[] = RULES,
): Promise<RuleRunResult> {
  await writeSettingsTables(conn, settings);
  for (const macro of RULE_MACROS) await conn.run(macro);

  await conn.run('DROP TABLE IF EXISTS flags_next');
  await conn.run(createTableSql('flags', 'flags_next'));
  const errors: RuleRunResult['errors'] = [];
  for (const rule of rules) {
    if (settings.disabledRules.includes(rule.id)) continue;
    try {
      await conn.run(`INSERT INTO flags_next SELECT ${FLAG_COLUMNS} FROM (${rule.sql}) AS r`);
    } catch (error) {
      errors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const order = TABLES.flags.sortBy.map((c) => `"${c}"`).join(', ');
  await conn.run(`CREATE OR REPLACE TABLE flags AS SELECT * FROM flags_next ORDER BY ${order}`);
  await conn.run('DROP TABLE flags_next');

  const counts = await conn.rows<{ rule_id: string; severity: Severity; flags: number }>(
    'SELECT rule_id, severity, count(*)::INTEGER AS flags FROM flags GROUP BY rule_id, severity ORDER BY rule_id, severity',
  );
  return {
    counts: counts.map((c) => ({ ruleId: c.rule_id, severity: c.severity, flags: c.flags })),
    total: counts.reduce((sum, c) => sum + c.flags, 0),
    errors,
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
