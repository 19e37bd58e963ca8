import type { SqlParam } from '../../db/connection';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { RULE_GROUPS } from '../../rules/rule';
import { FINDINGS_RELATION } from './findingsRelation';

/** Findings under the global filters (the shell's filter clause over the findings relation, aliased `x`). */
function fromFiltered(filters: Filters): { sql: string; params: SqlParam[] } {
  const clause = filterClause(filters, 'evaluation', 'x');
  return { sql: `FROM ${FINDINGS_RELATION.from} AS x WHERE ${clause.where}`, params: clause.params };
}

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
    name: 'findings-by-rule',
    sql: `SELECT rule_id,
            count(*) FILTER (WHERE severity = 'high')::INTEGER AS high,
            count(*) FILTER (WHERE severity = 'medium')::INTEGER AS medium,
            count(*) FILTER (WHERE severity = 'low')::INTEGER AS low,
            count(*)::INTEGER AS total
          ${from.sql} GROUP BY GROUPING SETS ((rule_id), ())
          ORDER BY grouping(rule_id), list_position(${RULE_GROUP_ORDER_SQL}, split_part(rule_id, '.', 1)), rule_id`,
    params: from.params,
  };
}

/**
 * Flags per department and year: columns department, year, n, departments with most flags first;
 * every row also carries the chart's axes: `department_axis` (the departments in that order) and
 * `year_axis` (the years, ascending).
 */
export function countsByDepartmentYearQuery(filters: Filters): NamedQuery {
  const from = fromFiltered(filters);
  return {
    name: 'findings-by-department-year',
    sql: `WITH c AS (SELECT coalesce(department, '—') AS department, year, count(*)::INTEGER AS n ${from.sql} GROUP BY ALL),
          d AS (SELECT department, sum(n) AS department_n FROM c GROUP BY department),
          axes AS (
            SELECT (SELECT list(department ORDER BY department_n DESC, department) FROM d) AS department_axis,
                   (SELECT list(DISTINCT year ORDER BY year) FROM c) AS year_axis
          )
          SELECT c.department, c.year, c.n, axes.department_axis, axes.year_axis
          FROM c JOIN d USING (department), axes
          ORDER BY d.department_n DESC, c.department, c.year`,
    params: from.params,
  };
}
