import { DEPARTMENT_LIMIT, topDepartmentsCte } from '../../query/departmentYear';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { departmentLabelSql } from '../../query/labels';
import { executionRateSql, rateColumnsSql } from '../../sql/executionRate';
import { formNameSql } from '../../sql/formName';
import { HIGH_SCORE, RATE_LOW } from '../../query/thresholds';

/** How many points the scatter draws: every quadrant project first, then the largest budgets. */
export const SCATTER_LIMIT = 5000;

/**
 * Projects with both an execution rate and a total score; `in_quadrant`
 * marks "low execution, high score" (rate below RATE_LOW, score at least
 * HIGH_SCORE). `quadrant_count` and `total` count all of them and `max_budget` is
 * the largest full-year budget among them (0 when none is positive: the point-size
 * scale); at most `limit` rows come back: the quadrant's, lowest rate first, then
 * the largest budgets. The rows are picked on their numbers alone (a top-N), the
 * counts are a second pass over the same rows, and only the picked rows get their
 * labels: nothing of the size of the filtered forms is held in between.
 */
export function scatterQuery(f: Filters, limit = SCATTER_LIMIT): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  const rated = `FROM evaluations e WHERE ${executionRateSql('e')} IS NOT NULL AND e.total_score IS NOT NULL AND ${c.where}`;
  const quadrant = `(${executionRateSql('e')} < ? AND e.total_score >= ?)`;
  return {
    name: 'inflation.scatter',
    sql: `WITH picked AS (
        SELECT e.eval_id, ${quadrant} AS in_quadrant ${rated}
        ORDER BY in_quadrant DESC, CASE WHEN in_quadrant THEN ${executionRateSql('e')} END, e.budget_full_year DESC NULLS LAST, e.eval_id
        LIMIT ?
      ),
      n AS (
        SELECT count(*)::INTEGER AS total, (count(*) FILTER (WHERE ${quadrant}))::INTEGER AS quadrant_count,
          greatest(coalesce(max(e.budget_full_year), 0), 0) AS max_budget
        ${rated}
      )
      SELECT e.eval_id, ${formNameSql('e')} AS project, ${departmentLabelSql('e')} AS department, e.year,
        ${rateColumnsSql('e')}, e.quality, e.quality_reasons,
        e.total_score, e.budget_full_year, e.executed, picked.in_quadrant,
        n.quadrant_count, n.total, n.max_budget
      FROM picked JOIN evaluations e ON e.eval_id = picked.eval_id, n
      ORDER BY picked.in_quadrant DESC, CASE WHEN picked.in_quadrant THEN ${executionRateSql('e')} END, e.budget_full_year DESC NULLS LAST, e.eval_id`,
    params: [RATE_LOW, HIGH_SCORE, ...c.params, limit, RATE_LOW, HIGH_SCORE, ...c.params],
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
