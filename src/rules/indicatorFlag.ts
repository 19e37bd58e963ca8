import { formNameSql } from '../sql/formName';

/**
 * The flag columns every indicator-level flag starts with (flag_id … project), for
 * `ruleId` at `severity` (an SQL expression), over an indicator row `i` joined to its form `e`.
 */
export function indicatorFlagColumns(ruleId: string, severity: string): string {
  return `'${ruleId}:' || i.eval_id || ':' || CAST(i.indicator_index AS VARCHAR) AS flag_id, '${ruleId}' AS rule_id,
  ${severity} AS severity, e.source_file, i.eval_id, i.indicator_index, NULL::VARCHAR AS target_table_id,
  ${formNameSql('e')} AS project`;
}
