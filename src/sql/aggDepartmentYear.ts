import { missedTargetSql } from './targetMet';

/**
 * agg_department_year: one row per (year, region, department), from evaluations
 * (alias `e`) and indicators (alias `i`). `evaluationWhere` narrows the evaluations
 * and `indicatorWhere` the indicators (the dashboard's filters that the pre-aggregate
 * cannot answer use the same query: indicators carry year/region/department, so their
 * own filter skips row groups before the join). With `indicatorWhere` null the
 * indicator measures are NULL and indicators are not read at all (for the views that
 * show none of them). `damaged_evaluations` and `damaged_budget_full_year` say how many forms
 * of `quality = 'damaged'` (and how much of the full-year budget) each aggregate includes.
 */
export const aggDepartmentYearSql = (evaluationWhere = 'true', indicatorWhere: string | null = 'true') => `
SELECT
  e.year, e.region, e.department,
  count(*)::INTEGER AS evaluations,
  sum(e.budget_initial) AS budget_initial,
  sum(e.budget_full_year) AS budget_full_year,
  sum(e.executed) AS executed,
  sum(e.total_score) AS total_score_sum,
  count(e.total_score)::INTEGER AS total_score_count,
  count(*) FILTER (WHERE e.quality = 'damaged')::INTEGER AS damaged_evaluations,
  sum(e.budget_full_year) FILTER (WHERE e.quality = 'damaged') AS damaged_budget_full_year,
  ${
    indicatorWhere === null
      ? `NULL::INTEGER AS indicators, NULL::INTEGER AS full_mark_indicators, NULL::INTEGER AS numeric_unmet_indicators,
  NULL::INTEGER AS boilerplate_actuals
FROM evaluations e`
      : `coalesce(sum(i.indicators), 0)::INTEGER AS indicators,
  coalesce(sum(i.full_mark), 0)::INTEGER AS full_mark_indicators,
  coalesce(sum(i.numeric_unmet), 0)::INTEGER AS numeric_unmet_indicators,
  coalesce(sum(i.boilerplate), 0)::INTEGER AS boilerplate_actuals
FROM evaluations e
LEFT JOIN (
  SELECT eval_id,
    count(*) AS indicators,
    count(*) FILTER (WHERE score IS NOT NULL AND score = weight) AS full_mark,
    count(*) FILTER (WHERE ${missedTargetSql('i')}) AS numeric_unmet,
    count(*) FILTER (WHERE actual_kind = 'boilerplate') AS boilerplate
  FROM indicators i WHERE ${indicatorWhere} GROUP BY eval_id
) i USING (eval_id)`
  }
WHERE ${evaluationWhere}
GROUP BY e.year, e.region, e.department`;
