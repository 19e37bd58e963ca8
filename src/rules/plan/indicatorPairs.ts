import { bigramSimilaritySql, normSql } from '../../sql/nameSimilarity';

/**
 * CTEs shared by the `plan.*` indicator rules: for each linked pair in `target_links`,
 * `ei` (the self-evaluation's indicators), `ti` (the target table's indicators) and
 * `pairs` (eval indicator ↔ target indicator of the same linked pair that are mutually
 * most similar, with a Dice similarity of their names' character bigrams — 1 for the
 * same name after normalization — of at least `plan.indicator_changed.min_similarity`).
 * Used as `WITH ${INDICATOR_PAIRS_CTES}, more AS (...) SELECT ...`.
 */
export const INDICATOR_PAIRS_CTES = `
ei AS (
  SELECT l.target_table_id, i.*, ${normSql('i.name')} AS norm
  FROM target_links l JOIN indicators i ON i.eval_id = l.eval_id
), ti AS (
  SELECT l.eval_id, t.*, ${normSql('t.name')} AS norm
  FROM target_links l JOIN target_indicators t ON t.target_table_id = l.target_table_id
), candidates AS (
  SELECT grp AS eval_id, CAST(a AS INTEGER) AS e_index, CAST(b AS INTEGER) AS t_index, similarity FROM (
  ${bigramSimilaritySql(
    'SELECT eval_id AS grp, CAST(indicator_index AS VARCHAR) AS k, norm AS name FROM ei',
    'SELECT eval_id AS grp, CAST(indicator_index AS VARCHAR) AS k, norm AS name FROM ti',
  )})
), ranked AS (
  SELECT *,
    row_number() OVER (PARTITION BY eval_id, e_index ORDER BY similarity DESC, t_index) AS e_rank,
    row_number() OVER (PARTITION BY eval_id, t_index ORDER BY similarity DESC, e_index) AS t_rank
  FROM candidates
  WHERE similarity >= rule_param('plan.indicator_changed.min_similarity') - 1e-9
), pairs AS (
  SELECT eval_id, e_index, t_index, similarity FROM ranked WHERE e_rank = 1 AND t_rank = 1
)`;
