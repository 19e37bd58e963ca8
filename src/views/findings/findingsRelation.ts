import { TABLES, type ColumnSpec } from '../../contract/tables';
import type { Relation } from '../../table/columns';
import { FLAGS_WITH_KEYS_SQL } from '../../sql/flagKeys';
import { SEVERITY_RANK_SQL } from './severity';

/** Every flag with the keys and evaluation fields the global filters read (see FLAGS_WITH_KEYS_SQL), ranked by severity. */
const FINDINGS_SQL = `(SELECT *, ${SEVERITY_RANK_SQL} AS severity_rank FROM (${FLAGS_WITH_KEYS_SQL}))`;

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
