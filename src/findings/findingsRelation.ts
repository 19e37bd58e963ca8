import { TABLES, type ColumnSpec } from '../contract/tables';
import type { Relation } from '../table/columns';
import { RULE_TEXT_SQL } from './ruleText';
import { SEVERITY_RANK_SQL } from './severity';

/**
 * Every flag with the keys and evaluation fields the global filters read (`flag_keys`), ranked by
 * severity; `rule_text` (id and both titles: what the rule column shows and filters on) and
 * `source_line` (the line a finding points at in its source, from its evidence — a list line for
 * `list.missing_form` — read without the JSON extension, which the page does not load).
 */
const FINDINGS_SQL = `(SELECT f.*, k.* EXCLUDE (flag_id), ${SEVERITY_RANK_SQL} AS severity_rank,
  coalesce(rt.rule_text, f.rule_id) AS rule_text, TRY_CAST(regexp_extract(f.evidence, '"line":(\\d+)', 1) AS INTEGER) AS source_line
  FROM flags f JOIN flag_keys k ON k.flag_id = f.flag_id LEFT JOIN ${RULE_TEXT_SQL} ON rt.rule_id = f.rule_id)`;

const extra: ColumnSpec[] = [
  { name: 'year', type: 'INTEGER' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'department', type: 'VARCHAR' },
  { name: 'implementing_unit', type: 'VARCHAR' },
  { name: 'project_raw', type: 'VARCHAR' },
  { name: 'execution_rate', type: 'DOUBLE' },
  { name: 'execution_rate_reported', type: 'DOUBLE' },
  { name: 'quality', type: 'VARCHAR' },
  { name: 'severity_rank', type: 'INTEGER' },
  { name: 'rule_text', type: 'VARCHAR' },
  { name: 'source_line', type: 'INTEGER' },
];

export const FINDINGS_RELATION: Relation = {
  from: FINDINGS_SQL,
  columns: [...TABLES.flags.columns, ...extra],
  sortBy: ['severity_rank', 'rule_id', 'year', 'department', 'flag_id'],
  storedInOrder: false,
};
