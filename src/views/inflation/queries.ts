import { DEPARTMENT_LIMIT, topDepartmentsCte } from '../../query/departmentYear';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { departmentLabelSql } from '../../query/labels';
import { executionRateSql, rateColumnsSql } from '../../sql/executionRate';
import { formNameSql } from '../../sql/formName';
import { topRowsSql } from '../../query/topRows';
import { HIGH_SCORE, RATE_LOW } from '../../query/thresholds';

/** How many points the scatter draws: every quadrant project first, then the largest budgets. */
export const SCATTER_LIMIT = 5000;

/**
 * Projects with both an execution rate and a total score; `in_quadrant`
 * marks "low execution, high score" (rate below RATE_LOW, score at least
 * HIGH_SCORE). `quadrant_count` and `total` count all of them and `max_budget` is
 * the largest full-year budget among them (0 when none is positive: the point-size
 * scale); at most `limit` rows come back: the quadrant's, lowest rate first, then
 * the largest budgets — picked on their numbers alone, then named (`topRowsSql`).
 */
export function scatterQuery(f: Filters, limit = SCATTER_LIMIT): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  const quadrant = `(${executionRateSql('e')} < ? AND e.total_score >= ?)`;
  return {
    name: 'inflation.scatter',
    ...topRowsSql({
      table: 'evaluations',
      key: ['eval_id'],
      where: { where: `${executionRateSql('e')} IS NOT NULL AND e.total_score IS NOT NULL AND ${c.where}`, params: c.params },
      rank: {
        sql: `${quadrant} AS in_quadrant, CASE WHEN in_quadrant THEN ${executionRateSql('e')} END AS quadrant_rate, e.budget_full_year AS rank_budget`,
        params: [RATE_LOW, HIGH_SCORE],
      },
      order: 'in_quadrant DESC, quadrant_rate, rank_budget DESC NULLS LAST, eval_id',
      limit,
      counts: {
        sql: `(count(*) FILTER (WHERE ${quadrant}))::INTEGER AS quadrant_count, greatest(coalesce(max(e.budget_full_year), 0), 0) AS max_budget`,
        params: [RATE_LOW, HIGH_SCORE],
      },
      shown: {
        sql: `e.eval_id, ${formNameSql('e')} AS project, ${departmentLabelSql('e')} AS department, e.year,
          ${rateColumnsSql('e')}, e.quality, e.quality_reasons, e.total_score, e.budget_full_year, e.executed, picked.in_quadrant`,
      },
    }),
  };
}

/** Per department: the share of indicators given full marks (from the aggregate; the departments with the largest budgets). */
export function fullMarkShareQuery(f: Filters, limit = DEPARTMENT_LIMIT): NamedQuery {
  const top = topDepartmentsCte(f, 'indicators', limit);
  return {
    name: 'inflation.fullMarkShare',
    sql: `WITH ${top.cte}
      SELECT department,
        sum(full_mark_indicators)::INTEGER AS full_mark_indicators,
        sum(indicators)::INTEGER AS indicators,
        sum(full_mark_indicators) / nullif(sum(indicators), 0) AS full_mark_share,
        sum(damaged_evaluations)::INTEGER AS damaged,
        (sum(sum(damaged_evaluations)) OVER ())::INTEGER AS damaged_total,
        any_value(departments_total) AS departments_total
      FROM dy
      GROUP BY department
      HAVING sum(indicators) > 0
      ORDER BY full_mark_share DESC, department`,
    params: top.params,
  };
}

/** The view's queries, in the order its component reads their answers: one batch, one round trip. */
export const inflationQueries = (f: Filters): NamedQuery[] => [scatterQuery(f), fullMarkShareQuery(f)];
