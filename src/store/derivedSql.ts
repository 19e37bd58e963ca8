/**
 * The columns and tables ingestion derives, in SQL (the single source of
 * truth for every figure): run over the contract tables once their rows are in.
 */
import { missedTargetSql } from '../rules/targetMet';

/** The staging table the parsed evaluations rows are appended to before their derived columns are computed. */
export const PARSED_EVALUATIONS = 'evaluations_parsed';

/**
 * evaluations = the parsed rows with their derived columns:
 * execution_rate = executed / budget_full_year (NULL when either is missing or
 * the budget is 0); indicator_count = its indicator rows (the parser leaves
 * placeholder rows out, so every row has content); score_sum =
 * execution_score + Σ indicator scores (rounded to 6 decimals: no float
 * artefacts such as 74.49000000000001), NULL when none of them is printed.
 */
export const DERIVED_EVALUATIONS_SQL = `
SELECT e.* REPLACE (
  CASE WHEN e.budget_full_year <> 0 THEN e.executed / e.budget_full_year END AS execution_rate,
  coalesce(i.n, 0)::INTEGER AS indicator_count,
  CASE WHEN e.execution_score IS NULL AND coalesce(i.scored, 0) = 0 THEN NULL
       ELSE round(coalesce(e.execution_score, 0) + coalesce(i.score_total, 0), 6) END AS score_sum
)
FROM ${PARSED_EVALUATIONS} e
LEFT JOIN (
  SELECT eval_id, count(*) AS n, count(score) AS scored, sum(score) AS score_total FROM indicators GROUP BY eval_id
) i USING (eval_id)`;

/**
 * agg_department_year: one row per (year, region, department), from evaluations
 * (alias `e`) and indicators; `where` narrows the evaluations (the dashboard's
 * filters that the pre-aggregate cannot answer use the same query).
 */
export const aggDepartmentYearSql = (where = 'true') => `
SELECT
  e.year, e.region, e.department,
  count(*)::INTEGER AS evaluations,
  sum(e.budget_initial) AS budget_initial,
  sum(e.budget_full_year) AS budget_full_year,
  sum(e.executed) AS executed,
  sum(e.total_score) AS total_score_sum,
  count(e.total_score)::INTEGER AS total_score_count,
  coalesce(sum(i.indicators), 0)::INTEGER AS indicators,
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
  FROM indicators i GROUP BY eval_id
) i USING (eval_id)
WHERE ${where}
GROUP BY e.year, e.region, e.department`;
