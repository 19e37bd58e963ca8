import { comparableSql, metSql, upwardSql } from './targetMet';

/**
 * The scores the practice's formulas give, as plain SQL expressions (no macros): the one
 * definition behind the rules `calc.exec_score` and `score.formula` (through their macros
 * and SQL) and the review report's "self-score against the formula".
 */

/** The funds-row (预算执行) score a scoring profile gives for a weight and an execution rate (profiles: `profiles.ts`). */
export const execExpectedSql = (profile: string, weight: string, rate: string) => `(CASE ${profile}
     WHEN 'rate_x20' THEN least(${rate} * 20, 20)
     WHEN 'steps' THEN ${weight} * CASE WHEN ${rate} >= 1 - 1e-9 THEN 1 WHEN ${rate} >= 0.8 - 1e-9 THEN 0.7 WHEN ${rate} >= 0.6 - 1e-9 THEN 0.5 ELSE 0 END
     ELSE ${weight} * least(${rate}, 1) END)`;

/**
 * An indicators row (alias `i`) the scoring formula applies to: a parsed target above 0, a
 * numeric actual, comparable units, a weight and a score.
 */
export const formulaAppliesSql = (i: string) =>
  `(${i}.target_op IS NOT NULL AND ${i}.target_value > 0 AND ${i}.actual_kind = 'numeric' AND ${i}.actual_value IS NOT NULL
    AND ${comparableSql(`${i}.target_unit`, `${i}.actual_unit`)} AND ${i}.weight IS NOT NULL AND ${i}.score IS NOT NULL)`;

/**
 * The score the formula gives an indicator (alias `i`) it applies to: the weight when the target
 * is met; a missed upward target actual/target × weight; a missed downward one
 * (1 − (actual − target)/target) × weight, at least 0.
 */
export const indicatorExpectedSql = (i: string) => `(CASE
      WHEN ${metSql(`${i}.target_op`, `${i}.target_value`, `${i}.actual_value`, `${i}.level2`)} THEN ${i}.weight
      WHEN ${upwardSql(`${i}.target_op`, `${i}.level2`)} THEN ${i}.weight * ${i}.actual_value / ${i}.target_value
      ELSE ${i}.weight * greatest(0, 1 - (${i}.actual_value - ${i}.target_value) / ${i}.target_value) END)`;
