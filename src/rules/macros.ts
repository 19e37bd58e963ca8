import { blankSql } from '../sql/indicatorPairs';
import { normSql } from '../sql/nameSimilarity';
import { execExpectedSql } from '../sql/scoringSql';
import { comparableSql, metSql, upwardSql } from '../sql/targetMet';

/**
 * The SQL macros every rule may call. `runRules` (re)creates them before the rules
 * run, in native DuckDB and DuckDB-WASM alike (only functions present in DuckDB 1.4).
 * All are prefixed `rule_` so that they never collide with the dashboard's SQL.
 *
 * - `rule_param(key)`: a threshold from `rule_params` (filled with `?` parameters).
 * - `rule_profile(region)`, `rule_profile_zh(profile)`, `rule_profile_en(profile)`: the
 *   region's scoring profile (`rule_profiles`, region '*' = default) and its name.
 * - `rule_exec_expected(profile, weight, rate)`: the funds-row score a profile gives.
 * - `rule_upward(op, level2)`, `rule_met(op, target, actual, level2)`, `rule_comparable(target_unit, actual_unit)`:
 *   whether a parsed actual meets a parsed target, as defined once in `targetMet.ts`.
 * - `rule_blank(text)`: empty, or a placeholder such as `无`, `/`, `—`.
 * - `rule_norm(text)`: text without whitespace, punctuation and symbols (for name matching).
 * - `rule_t(text)`, `rule_v(value)`: text for messages ('—' for NULL, so a message is never NULL).
 * - `rule_f2(x)`, `rule_num(x)`, `rule_pct(x)`: numbers for messages ('—' for NULL).
 * - `rule_jnum(x)`, `rule_jstr(s)`: JSON literals for the evidence column (numbers rounded to 10 decimals).
 */
export const RULE_MACROS: readonly string[] = [
  `CREATE OR REPLACE MACRO rule_param(k) AS (SELECT value FROM rule_params WHERE key = k)`,
  `CREATE OR REPLACE MACRO rule_profile(r) AS coalesce((SELECT profile FROM rule_profiles WHERE region = r), (SELECT profile FROM rule_profiles WHERE region = '*'))`,
  `CREATE OR REPLACE MACRO rule_profile_zh(p) AS (SELECT name_zh FROM rule_profile_names WHERE profile = p)`,
  `CREATE OR REPLACE MACRO rule_profile_en(p) AS (SELECT name_en FROM rule_profile_names WHERE profile = p)`,
  `CREATE OR REPLACE MACRO rule_exec_expected(profile, weight, rate) AS ${execExpectedSql('profile', 'weight', 'rate')}`,
  `CREATE OR REPLACE MACRO rule_upward(op, level2) AS ${upwardSql('op', 'level2')}`,
  `CREATE OR REPLACE MACRO rule_met(op, t, a, level2) AS ${metSql('op', 't', 'a', 'level2')}`,
  `CREATE OR REPLACE MACRO rule_comparable(tu, au) AS ${comparableSql('tu', 'au')}`,
  `CREATE OR REPLACE MACRO rule_blank(s) AS ${blankSql('s')}`,
  `CREATE OR REPLACE MACRO rule_norm(s) AS ${normSql('s')}`,
  `CREATE OR REPLACE MACRO rule_t(s) AS coalesce(s, '—')`,
  `CREATE OR REPLACE MACRO rule_v(x) AS coalesce(CAST(x AS VARCHAR), '—')`,
  `CREATE OR REPLACE MACRO rule_f2(x) AS coalesce(printf('%.2f', x), '—')`,
  `CREATE OR REPLACE MACRO rule_num(x) AS CASE WHEN x IS NULL THEN '—' ELSE rtrim(rtrim(printf('%.4f', x), '0'), '.') END`,
  `CREATE OR REPLACE MACRO rule_pct(x) AS coalesce(printf('%.2f%%', x * 100), '—')`,
  `CREATE OR REPLACE MACRO rule_jnum(x) AS CASE WHEN x IS NULL OR NOT isfinite(x) THEN 'null' ELSE CAST(round(CAST(x AS DOUBLE), 10) AS VARCHAR) END`,
  `CREATE OR REPLACE MACRO rule_jstr(s) AS CASE WHEN s IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(s, '\\', '\\\\'), '"', '\\"'), chr(10), '\\n'), chr(13), '\\r'), chr(9), '\\t') || '"' END`,
];

/** `rule_pct(x)` around an SQL expression (for the shared SQL that formats a rate in a message). */
export const rulePct = (x: string): string => `rule_pct(${x})`;

/**
 * SQL that builds the evidence JSON object text from `[key, kind, sqlExpression]` entries: `num` and `str`
 * values are written as JSON literals, a `json` expression is JSON text already (e.g. an array built with
 * `rule_jstr`), written as it is (`null` when NULL).
 */
export function evidenceSql(entries: readonly (readonly [string, 'num' | 'str' | 'json', string])[]): string {
  const parts = entries.map(([key, kind, expr], i) => {
    const value = kind === 'num' ? `rule_jnum(${expr})` : kind === 'str' ? `rule_jstr(${expr})` : `coalesce(${expr}, 'null')`;
    return `'${i === 0 ? '{' : ','}"${key}":' || ${value}`;
  });
  return `(${parts.join(' || ')} || '}')`;
}
