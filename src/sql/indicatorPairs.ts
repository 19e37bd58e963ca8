import { comparableSql } from './targetMet';
import { bigramSimilaritySql, normSql } from './nameSimilarity';

/** An empty cell or a placeholder such as `无`, `/`, `—` (the rules' `rule_blank` macro is this expression). */
export const blankSql = (text: string): string => `(trim(coalesce(${text}, '')) IN ('', '无', '/', '-', '—', '——', '－'))`;

/** Where the pairing takes its two thresholds and which links it reads: SQL expressions. */
export interface IndicatorPairing {
  /** Two indicators with names at least this similar (0–1) are the same indicator, whatever their 二级指标. */
  minSimilarity: string;
  /**
   * Under the same 二级指标 (e.g. 服务对象满意度指标) a lower similarity suffices: the
   * indicator was renamed (群众满意度 → 群众和社会满意率: 0.36).
   */
  minSimilaritySameLevel: string;
  /** A condition on the links read (alias `l`, a `target_links` row), e.g. `l.eval_id = ?`; all links without it. */
  links?: string;
}

/** The defaults of the two thresholds (the rules' parameters `plan.indicator_changed.min_similarity*`). */
export const PAIR_MIN_SIMILARITY = 0.5;
export const PAIR_MIN_SIMILARITY_SAME_LEVEL = 0.3;

/**
 * The one pairing of a self-evaluation's indicators with those of the published 绩效目标表
 * it is linked to (`target_links`), shared by the `plan.*` rules and the plan comparison
 * view. CTEs, used as `WITH ${indicatorPairsCtes(p)}, more AS (...) SELECT ...`:
 *
 * - `ei`: the linked self-evaluations' indicators (+ `target_table_id`, `norm`: the name
 *   without whitespace and punctuation);
 * - `ti`: the linked target tables' indicators (+ `eval_id`, `norm`);
 * - `pair_candidates`: every eval indicator × target indicator of one link whose names share
 *   a character bigram, with the Dice similarity of their bigram sets (1 for the same
 *   name after normalization) and whether both sit under the same 二级指标 (`same_level`);
 * - `pairs` (`eval_id, e_index, t_index, similarity, same_level`): the candidates that
 *   qualify — similarity ≥ `minSimilarity`, or ≥ `minSimilaritySameLevel` under the same
 *   二级指标 — and are each other's best (higher similarity first, then the same 二级指标,
 *   then the lower index). Indicators of `ti` in no pair were deleted from the plan, those
 *   of `ei` in no pair were added.
 */
export function indicatorPairsCtes(p: IndicatorPairing): string {
  const links = p.links ? `(SELECT * FROM target_links l WHERE ${p.links})` : 'target_links';
  return `
ei AS (
  SELECT l.target_table_id, i.*, ${normSql('i.name')} AS norm
  FROM ${links} l JOIN indicators i ON i.eval_id = l.eval_id
), ti AS (
  SELECT l.eval_id, t.*, ${normSql('t.name')} AS norm
  FROM ${links} l JOIN target_indicators t ON t.target_table_id = l.target_table_id
), pair_candidates AS (
  SELECT s.eval_id, s.e_index, s.t_index, s.similarity, coalesce(ei.level2 = ti.level2, false) AS same_level
  FROM (
    SELECT grp AS eval_id, CAST(a AS INTEGER) AS e_index, CAST(b AS INTEGER) AS t_index, similarity FROM (
    ${bigramSimilaritySql(
      'SELECT eval_id AS grp, CAST(indicator_index AS VARCHAR) AS k, norm AS name FROM ei',
      'SELECT eval_id AS grp, CAST(indicator_index AS VARCHAR) AS k, norm AS name FROM ti',
    )})
  ) s
  JOIN ei ON ei.eval_id = s.eval_id AND ei.indicator_index = s.e_index
  JOIN ti ON ti.eval_id = s.eval_id AND ti.indicator_index = s.t_index
), pair_ranked AS (
  SELECT *,
    row_number() OVER (PARTITION BY eval_id, e_index ORDER BY similarity DESC, same_level DESC, t_index) AS e_rank,
    row_number() OVER (PARTITION BY eval_id, t_index ORDER BY similarity DESC, same_level DESC, e_index) AS t_rank
  FROM pair_candidates
  WHERE similarity >= (${p.minSimilarity}) - 1e-9
     OR (same_level AND similarity >= (${p.minSimilaritySameLevel}) - 1e-9)
), pairs AS (
  SELECT eval_id, e_index, t_index, similarity, same_level FROM pair_ranked WHERE e_rank = 1 AND t_rank = 1
)`;
}

/** The target changes that loosen it (the `plan.target_loosened` rule flags these). */
export const LOOSENED_TARGET_CHANGES = ['word', 'lower', 'higher'] as const;

/**
 * How a paired indicator's evaluated target differs from its published one, for rows
 * aliased `published` (a `target_indicators` row) and `evaluated` (an `indicators` row):
 * `same` (the same text, or the same operator, figure and unit), loosened — `word` (a
 * figure replaced by a word: ≥95% → 满意), `lower` (a floor lowered: ≥95% → ≥90%),
 * `higher` (a ceiling raised: ≤182.31万元 → ≤182.68万元) —, `tighter` (a floor raised or
 * a ceiling lowered: ≥90% → ≥98%), else `changed` (other words: 明显 → 显著).
 */
export function targetChangeSql(published: string, evaluated: string): string {
  const [t, e] = [published, evaluated];
  const comparable = comparableSql(`${t}.target_unit`, `${e}.target_unit`);
  return `(CASE
    WHEN ${normSql(`${t}.target_raw`)} = ${normSql(`${e}.target_raw`)}
      OR (${t}.target_op IS NOT NULL AND ${t}.target_op = ${e}.target_op AND abs(${t}.target_value - ${e}.target_value) < 1e-9
          AND coalesce(${t}.target_unit, '') = coalesce(${e}.target_unit, '')) THEN 'same'
    WHEN ${t}.target_op IS NOT NULL AND ${t}.target_value IS NOT NULL AND ${e}.target_op IS NULL AND NOT ${blankSql(`${e}.target_raw`)} THEN 'word'
    WHEN ${t}.target_op IN ('>=', '>') AND ${e}.target_op IN ('>=', '>') AND ${comparable}
      AND ${e}.target_value < ${t}.target_value - 1e-9 THEN 'lower'
    WHEN ${t}.target_op IN ('<=', '<') AND ${e}.target_op IN ('<=', '<') AND ${comparable}
      AND ${e}.target_value > ${t}.target_value + 1e-9 THEN 'higher'
    WHEN ${t}.target_op IN ('>=', '>') AND ${e}.target_op IN ('>=', '>') AND ${comparable}
      AND ${e}.target_value > ${t}.target_value + 1e-9 THEN 'tighter'
    WHEN ${t}.target_op IN ('<=', '<') AND ${e}.target_op IN ('<=', '<') AND ${comparable}
      AND ${e}.target_value < ${t}.target_value - 1e-9 THEN 'tighter'
    ELSE 'changed' END)`;
}
