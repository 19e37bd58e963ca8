import type { TableName } from '../contract/tables';
import { FLAG_KEYS_SQL } from './flagKeys';

/**
 * The tables made from `flags`, in the order they are built: each flag's keys
 * (`flag_keys`), flags per (year, region, department, rule, severity) — the Findings
 * view's counts — and the evaluations with at least one flag per (year, region,
 * department) — the overview's "flagged projects". Built wherever flags are (ingest,
 * audit, and the dashboard after a rule-settings change), so they always agree with `flags`.
 */
export const FLAG_AGGREGATES: readonly { table: TableName; sql: string }[] = [
  { table: 'flag_keys', sql: FLAG_KEYS_SQL },
  {
    table: 'agg_flags',
    sql: `SELECT k.year, k.region, k.department, f.rule_id, f.severity, count(*)::INTEGER AS flags
      FROM flags f JOIN flag_keys k ON k.flag_id = f.flag_id GROUP BY k.year, k.region, k.department, f.rule_id, f.severity`,
  },
  {
    table: 'agg_flagged_evaluations',
    sql: `SELECT e.year, e.region, e.department, count(DISTINCT f.eval_id)::INTEGER AS flagged_evaluations
      FROM flags f JOIN evaluations e ON e.eval_id = f.eval_id GROUP BY e.year, e.region, e.department`,
  },
];
