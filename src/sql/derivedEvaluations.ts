/**
 * The evaluations' derived columns, in SQL (the single source of truth for
 * every figure): run by ingest (and the synthetic-data writer) once the parsed
 * rows and their indicators are in.
 */

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
