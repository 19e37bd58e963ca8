import { TABLES, type ColumnSpec } from '../../contract/tables';
import type { Relation } from '../../table/columns';
import { SEVERITY_RANK_SQL } from './severity';

/**
 * Every flag with the year, region, department (and the evaluation fields the global
 * filters read) of what it concerns: its evaluation, else its target table, else its
 * source file's forms (a flag on a document's project list). So the global filters
 * apply to findings as to forms, and no flag is lost (a flag without an evaluation
 * still counts when no evaluation-level filter is set).
 */
const FINDINGS_SQL = `(
  SELECT f.*,
         coalesce(e.year, tt.year, sf.year) AS year,
         coalesce(e.region, tt.region, sf.region) AS region,
         coalesce(e.department, tt.department, sf.department) AS department,
         coalesce(e.implementing_unit, tt.implementing_unit) AS implementing_unit,
         coalesce(e.project_raw, tt.project_raw, f.project) AS project_raw,
         e.execution_rate,
         ${SEVERITY_RANK_SQL} AS severity_rank
    FROM flags f
    LEFT JOIN evaluations e ON e.eval_id = f.eval_id
    LEFT JOIN target_tables tt ON tt.target_table_id = f.target_table_id
    LEFT JOIN (
      SELECT source_file, min(year) AS year, min(region) AS region, min(department) AS department
        FROM (SELECT source_file, year, region, department FROM evaluations
              UNION ALL SELECT source_file, year, region, department FROM target_tables)
       GROUP BY source_file
    ) sf ON sf.source_file = f.source_file
)`;

const extra: ColumnSpec[] = [
  { name: 'year', type: 'INTEGER' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'department', type: 'VARCHAR' },
  { name: 'implementing_unit', type: 'VARCHAR' },
  { name: 'project_raw', type: 'VARCHAR' },
  { name: 'execution_rate', type: 'DOUBLE' },
  { name: 'severity_rank', type: 'INTEGER' },
];

export const FINDINGS_RELATION: Relation = {
  from: FINDINGS_SQL,
  columns: [...TABLES.flags.columns, ...extra],
  sortBy: ['severity_rank', 'rule_id', 'year', 'department', 'flag_id'],
  storedInOrder: false,
};
