import { DEPARTMENT_LIMIT, topDepartmentsCte } from '../../query/departmentYear';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { departmentLabelSql, projectLabelSql } from '../../query/labels';
import { statedRateSql } from '../../query/statedRate';
import { HIGH_SCORE, RATE_LOW } from '../../query/thresholds';

/**
 * Every project with both a (stated) execution rate and a total score; `in_quadrant`
 * marks "low execution, high score" (rate below RATE_LOW, score at least
 * HIGH_SCORE) and `quadrant_count` counts them.
 */
export function scatterQuery(f: Filters): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'inflation.scatter',
    sql: `WITH p AS (
        SELECT e.eval_id, ${projectLabelSql('e')} AS project, ${departmentLabelSql('e')} AS department, e.year,
          ${statedRateSql('e')} AS rate, e.execution_rate AS rate_computed,
          e.total_score, e.budget_full_year, e.executed
        FROM evaluations e
        WHERE ${statedRateSql('e')} IS NOT NULL AND e.total_score IS NOT NULL AND ${c.where}
      )
      SELECT *, (rate < ? AND total_score >= ?) AS in_quadrant,
        (count(*) FILTER (WHERE rate < ? AND total_score >= ?) OVER ())::INTEGER AS quadrant_count
      FROM p ORDER BY in_quadrant DESC, rate, eval_id`,
    params: [...c.params, RATE_LOW, HIGH_SCORE, RATE_LOW, HIGH_SCORE],
  };
}

/** Per department: the share of indicators given full marks (from the aggregate; the departments with the largest budgets). */
export function fullMarkShareQuery(f: Filters, limit = DEPARTMENT_LIMIT): NamedQuery {
  const top = topDepartmentsCte(f, limit);
  return {
    name: 'inflation.fullMarkShare',
    sql: `WITH ${top.cte}
      SELECT department,
        sum(full_mark_indicators)::INTEGER AS full_mark_indicators,
        sum(indicators)::INTEGER AS indicators,
        sum(full_mark_indicators) / nullif(sum(indicators), 0) AS full_mark_share,
        any_value(departments_total) AS departments_total
      FROM dy
      GROUP BY department
      HAVING sum(indicators) > 0
      ORDER BY full_mark_share DESC, department`,
    params: top.params,
  };
}
