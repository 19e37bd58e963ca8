import { normSql } from '../nameSimilarity';

/** Distinct character bigrams `(eval_id, indicator_index, bg)` of the normalized names in `source` (ei or ti). */
const bigrams = (source: string) => `
  SELECT DISTINCT eval_id, indicator_index, substring(norm, g, 2) AS bg FROM (
    SELECT eval_id, indicator_index, norm, unnest(generate_series(1, greatest(length(norm) - 1, 1))) AS g
    FROM ${source} WHERE norm <> '')`;

/**
 * CTEs shared by the `plan.*` indicator rules: for each linked pair in `target_links`,
 * `ei` (the self-evaluation's indicators), `ti` (the target table's indicators) and
 * `pairs` (eval indicator ↔ target indicator of the same linked pair that are mutually
 * most similar, with a Dice similarity of their names' character bigrams — 1 for the
 * same name after normalization — of at least `plan.indicator_changed.min_similarity`).
 * Common bigrams are counted with a join on the bigram, so the cost grows with the
 * pairs that share one, not with all pairs. Used as `WITH ${INDICATOR_PAIRS_CTES}, more AS (...) SELECT ...`.
 */
export const INDICATOR_PAIRS_CTES = `
ei AS (
  SELECT l.target_table_id, i.*, ${normSql('i.name')} AS norm
  FROM target_links l JOIN indicators i ON i.eval_id = l.eval_id
), ti AS (
  SELECT l.eval_id, t.*, ${normSql('t.name')} AS norm
  FROM target_links l JOIN target_indicators t ON t.target_table_id = l.target_table_id
), e_bigrams AS (${bigrams('ei')}
), t_bigrams AS (${bigrams('ti')}
), e_sizes AS (
  SELECT eval_id, indicator_index, count(*) AS n FROM e_bigrams GROUP BY eval_id, indicator_index
), t_sizes AS (
  SELECT eval_id, indicator_index, count(*) AS n FROM t_bigrams GROUP BY eval_id, indicator_index
), candidates AS (
  SELECT c.eval_id, c.e_index, c.t_index, 2.0 * c.common / (es.n + ts.n) AS similarity
  FROM (
    SELECT eb.eval_id, eb.indicator_index AS e_index, tb.indicator_index AS t_index, count(*) AS common
    FROM e_bigrams eb JOIN t_bigrams tb ON tb.eval_id = eb.eval_id AND tb.bg = eb.bg
    GROUP BY eb.eval_id, eb.indicator_index, tb.indicator_index
  ) c
  JOIN e_sizes es ON es.eval_id = c.eval_id AND es.indicator_index = c.e_index
  JOIN t_sizes ts ON ts.eval_id = c.eval_id AND ts.indicator_index = c.t_index
), ranked AS (
  SELECT *,
    row_number() OVER (PARTITION BY eval_id, e_index ORDER BY similarity DESC, t_index) AS e_rank,
    row_number() OVER (PARTITION BY eval_id, t_index ORDER BY similarity DESC, e_index) AS t_rank
  FROM candidates
  WHERE similarity >= rule_param('plan.indicator_changed.min_similarity') - 1e-9
), pairs AS (
  SELECT eval_id, e_index, t_index, similarity FROM ranked WHERE e_rank = 1 AND t_rank = 1
)`;
