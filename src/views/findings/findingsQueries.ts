import type { TableName } from '../../contract/tables';
import type { SqlParam } from '../../db/connection';
import { DEPARTMENT_LIMIT } from '../../query/departmentYear';
import { filterClause, needsDetail } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { RULE_GROUPS } from '../../rules/rule';
import { FINDINGS_RELATION } from '../../findings/findingsRelation';
import { riskRankingQuery, uncheckedDocumentsQuery } from './riskQueries';

/**
 * Flags under the global filters, to be counted: from the pre-aggregate `agg_flags`
 * (each row counts `flags`) when the filters are year/region/department only, else
 * the findings relation (each row one flag) with the shell's filter clause, aliased `x`.
 */
function fromFiltered(filters: Filters): { sql: string; params: SqlParam[]; weight: string } {
  if (!needsDetail(filters)) {
    const clause = filterClause(filters, 'aggregate', 'x');
    return { sql: `FROM agg_flags AS x WHERE ${clause.where}`, params: clause.params, weight: 'x.flags' };
  }
  const clause = filterClause(filters, 'evaluation', 'x');
  return { sql: `FROM ${FINDINGS_RELATION.from} AS x WHERE ${clause.where}`, params: clause.params, weight: '1' };
}

/** The tables the Findings view reads: the flag pre-aggregate for its counts, the flags with their forms for its list and ranking, the lists checked. */
export const findingsTables = (): TableName[] => ['agg_flags', 'flags', 'flag_keys', 'ingest_report', 'evaluations', 'project_lists'];

/** The rule groups as an SQL list literal, in the order the view lists them (code constants, never user input). */
const RULE_GROUP_ORDER_SQL = `[${Object.keys(RULE_GROUPS).map((g) => `'${g}'`).join(', ')}]`;

/**
 * Flags per rule and severity: columns rule_id, high, medium, low, total; one row per rule
 * with a flag, by rule group (in `RULE_GROUPS` order) then rule id, and last the totals row,
 * whose rule_id is NULL (always there, with zeros when nothing is flagged).
 */
export function countsByRuleQuery(filters: Filters): NamedQuery {
  const from = fromFiltered(filters);
  return {
    name: 'findings.byRule',
    sql: `SELECT rule_id,
            coalesce(sum(${from.weight}) FILTER (WHERE severity = 'high'), 0)::INTEGER AS high,
            coalesce(sum(${from.weight}) FILTER (WHERE severity = 'medium'), 0)::INTEGER AS medium,
            coalesce(sum(${from.weight}) FILTER (WHERE severity = 'low'), 0)::INTEGER AS low,
            coalesce(sum(${from.weight}), 0)::INTEGER AS total
          ${from.sql} GROUP BY GROUPING SETS ((rule_id), ())
          ORDER BY grouping(rule_id), list_position(${RULE_GROUP_ORDER_SQL}, split_part(rule_id, '.', 1)), rule_id`,
    params: from.params,
  };
}

/**
 * Flags per department and year: columns department, year, n, departments with most flags first, the
 * `limit` departments with the most (at province scale there are thousands: one bar each, every row
 * carrying them all as its axis, took seconds); every row also carries `departments_total` and the
 * chart's axes: `department_axis` (the departments shown, in that order) and `year_axis` (the years,
 * ascending).
 */
export function countsByDepartmentYearQuery(filters: Filters, limit = DEPARTMENT_LIMIT): NamedQuery {
  const from = fromFiltered(filters);
  return {
    name: 'findings.byDepartmentYear',
    sql: `WITH c AS (SELECT coalesce(department, '—') AS department, year, sum(${from.weight})::INTEGER AS n ${from.sql} GROUP BY ALL),
          d AS (
            SELECT department, row_number() OVER (ORDER BY sum(n) DESC, department) AS department_rank, (count(*) OVER ())::INTEGER AS departments_total
            FROM c GROUP BY department
          ),
          shown AS (SELECT c.*, d.department_rank, d.departments_total FROM c JOIN d USING (department) WHERE d.department_rank <= ?),
          axes AS (
            SELECT (SELECT list(department ORDER BY department_rank) FROM d WHERE department_rank <= ?) AS department_axis,
                   (SELECT list(DISTINCT year ORDER BY year) FROM shown) AS year_axis
          )
          SELECT shown.department, shown.year, shown.n, shown.departments_total, axes.department_axis, axes.year_axis
          FROM shown, axes
          ORDER BY shown.department_rank, shown.year`,
    params: [...from.params, limit, limit],
  };
}

/** The view's queries, in the order its component reads their answers: one batch, one round trip. */
export const findingsQueries = (f: Filters): NamedQuery[] => [
  countsByRuleQuery(f),
  countsByDepartmentYearQuery(f),
  riskRankingQuery(f),
  uncheckedDocumentsQuery(f),
];
