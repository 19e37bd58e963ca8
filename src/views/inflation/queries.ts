import { departmentYearSource } from '../../query/departmentYear';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { projectLabelSql } from '../../query/projectLabel';
import { HIGH_SCORE, RATE_LOW } from '../../query/thresholds';

/**
 * Every project with both an execution rate and a total score; `in_quadrant`
 * marks "low execution, high score" (rate below RATE_LOW, score at least
 * HIGH_SCORE) and `quadrant_count` counts them.
 */
export function scatterQuery(f: Filters): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'inflation.scatter',
    sql: `WITH p AS (
        SELECT e.eval_id, ${projectLabelSql('e')} AS project, e.department, e.year,
          e.execution_rate, e.total_score, e.budget_full_year, e.executed,
          (e.execution_rate < ? AND e.total_score >= ?) AS in_quadrant
        FROM evaluations e
        WHERE e.execution_rate IS NOT NULL AND e.total_score IS NOT NULL AND ${c.where}
      )
      SELECT *, (count(*) FILTER (WHERE in_quadrant) OVER ())::INTEGER AS quadrant_count
      FROM p ORDER BY in_quadrant DESC, execution_rate, eval_id`,
    params: [RATE_LOW, HIGH_SCORE, ...c.params],
  };
}

/** Per department: the share of indicators given full marks (from the aggregate). */
export function fullMarkShareQuery(f: Filters): NamedQuery {
  const dy = departmentYearSource(f);
  return {
    name: 'inflation.fullMarkShare',
    sql: `WITH dy AS (${dy.sql})
      SELECT department,
        sum(full_mark_indicators)::INTEGER AS full_mark_indicators,
        sum(indicators)::INTEGER AS indicators,
        sum(full_mark_indicators) / nullif(sum(indicators), 0) AS full_mark_share
      FROM dy
      GROUP BY department
      HAVING sum(indicators) > 0
      ORDER BY full_mark_share DESC, department`,
    params: dy.params,
  };
}
