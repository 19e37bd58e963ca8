import { TABLES, type ColumnSpec } from '../../contract/tables';
import type { Relation } from '../../table/columns';
import { SEVERITY_RANK_SQL } from './severity';

/** Every flag with the keys and evaluation fields the global filters read (`flag_keys`), ranked by severity. */
const FINDINGS_SQL = `(SELECT f.*, k.* EXCLUDE (flag_id), ${SEVERITY_RANK_SQL} AS severity_rank FROM flags f JOIN flag_keys k ON k.flag_id = f.flag_id)`;

const extra: ColumnSpec[] = [
  { name: 'year', type: 'INTEGER' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'department', type: 'VARCHAR' },
  { name: 'implementing_unit', type: 'VARCHAR' },
  { name: 'project_raw', type: 'VARCHAR' },
  { name: 'execution_rate', type: 'DOUBLE' },
  { name: 'execution_rate_reported', type: 'DOUBLE' },
  { name: 'severity_rank', type: 'INTEGER' },
];

export const FINDINGS_RELATION: Relation = {
  from: FINDINGS_SQL,
  columns: [...TABLES.flags.columns, ...extra],
  sortBy: ['severity_rank', 'rule_id', 'year', 'department', 'flag_id'],
  storedInOrder: false,
};
