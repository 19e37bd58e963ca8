import type { TableName } from '../contract/tables';
import { FLAGS_WITH_KEYS_SQL } from './flagKeys';

/**
 * The pre-aggregates made from `flags`, in the order they are built: flags per
 * (year, region, department, rule, severity) — the Findings view's counts — and
 * the evaluations with at least one flag per (year, region, department) — the
 * overview's "flagged projects". Built wherever flags are (ingest, audit, and the
 * dashboard after a rule-settings change), so they always agree with `flags`.
 */
export const FLAG_AGGREGATES: readonly { table: TableName; sql: string }[] = [
  {
    table: 'agg_flags',
    sql: `SELECT year, region, department, rule_id, severity, count(*)::INTEGER AS flags
      FROM (${FLAGS_WITH_KEYS_SQL}) GROUP BY year, region, department, rule_id, severity`,
  },
  {
    table: 'agg_flagged_evaluations',
    sql: `SELECT e.year, e.region, e.department, count(DISTINCT f.eval_id)::INTEGER AS flagged_evaluations
      FROM flags f JOIN evaluations e ON e.eval_id = f.eval_id GROUP BY e.year, e.region, e.department`,
  },
];
