import type { SqlParam } from '../../db/connection';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { FINDINGS_RELATION } from './findingsRelation';

/** Findings under the global filters (the shell's filter clause over the findings relation, aliased `x`). */
function fromFiltered(filters: Filters): { sql: string; params: SqlParam[] } {
  const clause = filterClause(filters, 'evaluation', 'x');
  return { sql: `FROM ${FINDINGS_RELATION.from} AS x WHERE ${clause.where}`, params: clause.params };
}

/** Flags per rule and severity: columns rule_id, high, medium, low, total. */
export function countsByRuleQuery(filters: Filters): NamedQuery {
  const from = fromFiltered(filters);
  return {
    name: 'findings-by-rule',
    sql: `SELECT rule_id,
            count(*) FILTER (WHERE severity = 'high')::INTEGER AS high,
            count(*) FILTER (WHERE severity = 'medium')::INTEGER AS medium,
            count(*) FILTER (WHERE severity = 'low')::INTEGER AS low,
            count(*)::INTEGER AS total
          ${from.sql} GROUP BY rule_id ORDER BY rule_id`,
    params: from.params,
  };
}

/** Flags per department and year: columns department, year, n (departments with most flags first). */
export function countsByDepartmentYearQuery(filters: Filters): NamedQuery {
  const from = fromFiltered(filters);
  return {
    name: 'findings-by-department-year',
    sql: `WITH c AS (SELECT coalesce(department, '—') AS department, year, count(*)::INTEGER AS n ${from.sql} GROUP BY ALL)
          SELECT department, year, n FROM c
          ORDER BY sum(n) OVER (PARTITION BY department) DESC, department, year`,
    params: from.params,
  };
}
