import { bigramSimilaritySql, coreNameSql } from './nameSimilarity';

/** Name similarity (0–1) from which a name alone links a self-evaluation to a target table. */
export const LINK_MIN_NAME_SIMILARITY = 0.5;

/**
 * Links each self-evaluation to the published 绩效目标表 it answers to: a SELECT over
 * `evaluations` and `target_tables` returning the `target_links` columns in contract
 * order. Candidates share year, region and department, and either their project names
 * are similar (Dice of character bigrams of the names without generic words such as
 * 经费/专项/项目 ≥ 0.5) or the target table's 年度资金总额 equals the initial budget
 * (basis `name`, `budget` or `name+budget`). Each self-evaluation keeps its best
 * candidate (both criteria first, then similarity), and each target table goes to the
 * self-evaluation that matches it best; the others stay unlinked (no row).
 * E.g. `12345政务服务便民热线运营费用` (000) ↔ `12345政务热线服务项目` (001): similarity 0.67, budget 492 = 492.
 * Ingest runs it and writes `target_links.parquet`; the `plan.*` rules read that table.
 */
export const TARGET_LINKS_SQL = `
WITH similarity AS (
  ${bigramSimilaritySql(
    `SELECT coalesce(CAST(year AS VARCHAR), '') || '|' || coalesce(region, '') || '|' || coalesce(department, '') AS grp, eval_id AS k, ${coreNameSql('coalesce(project, project_raw)')} AS name FROM evaluations`,
    `SELECT coalesce(CAST(year AS VARCHAR), '') || '|' || coalesce(region, '') || '|' || coalesce(department, '') AS grp, target_table_id AS k, ${coreNameSql('coalesce(project, project_raw)')} AS name FROM target_tables`,
  )}
), candidates AS (
  SELECT e.eval_id, t.target_table_id, e.budget_initial, t.budget_total, coalesce(s.similarity, 0) AS similarity,
    (e.budget_initial IS NOT NULL AND t.budget_total IS NOT NULL AND t.budget_total > 0
      AND abs(e.budget_initial - t.budget_total) < 0.005) AS budget_equal
  FROM evaluations e
  JOIN target_tables t ON t.year = e.year AND t.region = e.region AND t.department = e.department
  LEFT JOIN similarity s ON s.a = e.eval_id AND s.b = t.target_table_id
), qualified AS (
  SELECT *, (similarity >= ${LINK_MIN_NAME_SIMILARITY}) AS name_match FROM candidates
  WHERE similarity >= ${LINK_MIN_NAME_SIMILARITY} OR budget_equal
), ranked AS (
  SELECT *,
    row_number() OVER (PARTITION BY eval_id ORDER BY (name_match AND budget_equal) DESC, similarity DESC, target_table_id) AS eval_rank,
    row_number() OVER (PARTITION BY target_table_id ORDER BY (name_match AND budget_equal) DESC, similarity DESC, eval_id) AS table_rank
  FROM qualified
)
SELECT eval_id, target_table_id,
  CASE WHEN name_match AND budget_equal THEN 'name+budget' WHEN name_match THEN 'name' ELSE 'budget' END AS basis,
  round(similarity, 4) AS name_similarity,
  'name similarity ' || printf('%.2f', similarity) || '; budget ' || coalesce(printf('%.2f', budget_total), '—')
    || CASE WHEN budget_equal THEN ' = ' ELSE ' vs ' END || coalesce(printf('%.2f', budget_initial), '—') AS note
FROM ranked
WHERE eval_rank = 1 AND table_rank = 1
ORDER BY eval_id`;
