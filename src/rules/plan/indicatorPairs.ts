import { bigramListsSql, diceSql, normSql } from '../nameSimilarity';

/**
 * CTEs shared by the `plan.*` indicator rules: for each linked pair in `target_links`,
 * `ei` (the self-evaluation's indicators), `ti` (the target table's indicators) and
 * `pairs` (eval indicator ↔ target indicator of the same linked pair whose names are
 * the same after normalization, or mutually most similar with a Dice similarity of
 * character bigrams ≥ `plan.indicator_changed.min_similarity`).
 * Used as `WITH ${INDICATOR_PAIRS_CTES}, more AS (...) SELECT ...`.
 */
export const INDICATOR_PAIRS_CTES = `
ei AS (
  SELECT l.target_table_id, i.*, ${normSql('i.name')} AS norm
  FROM target_links l JOIN indicators i ON i.eval_id = l.eval_id
), ti AS (
  SELECT l.eval_id, t.*, ${normSql('t.name')} AS norm
  FROM target_links l JOIN target_indicators t ON t.target_table_id = l.target_table_id
), e_bigrams AS (
  ${bigramListsSql(`SELECT eval_id || '#' || indicator_index AS k, norm AS name FROM ei`)}
), t_bigrams AS (
  ${bigramListsSql(`SELECT eval_id || '#' || target_table_id || '#' || indicator_index AS k, norm AS name FROM ti`)}
), candidates AS (
  SELECT ei.eval_id, ei.indicator_index AS e_index, ti.indicator_index AS t_index,
    CASE WHEN ei.norm = ti.norm THEN 1.0 ELSE coalesce(${diceSql('eb.bigrams', 'tb.bigrams')}, 0) END AS similarity
  FROM ei JOIN ti ON ti.eval_id = ei.eval_id AND ti.target_table_id = ei.target_table_id
  LEFT JOIN e_bigrams eb ON eb.k = ei.eval_id || '#' || ei.indicator_index
  LEFT JOIN t_bigrams tb ON tb.k = ti.eval_id || '#' || ti.target_table_id || '#' || ti.indicator_index
), ranked AS (
  SELECT *,
    row_number() OVER (PARTITION BY eval_id, e_index ORDER BY similarity DESC, t_index) AS e_rank,
    row_number() OVER (PARTITION BY eval_id, t_index ORDER BY similarity DESC, e_index) AS t_rank
  FROM candidates
  WHERE similarity >= rule_param('plan.indicator_changed.min_similarity') - 1e-9
), pairs AS (
  SELECT eval_id, e_index, t_index, similarity FROM ranked WHERE e_rank = 1 AND t_rank = 1
)`;
