import { missedTargetSql } from './targetMet';

/**
 * SQL conditions on an indicators row (alias given) that the rules, the views and the
 * `indicator_issues` pre-materialization share: boilerplate for a numeric target, a
 * unit other than the target's (a missed target is `missedTargetSql` in targetMet.ts).
 * Fixed SQL text, no user values.
 */

/**
 * A numeric target (a parsed figure, or a 数量/成本 indicator) answered with
 * boilerplate or a word (达成预期指标, 达成指标, 显著, …): the rule `target.boilerplate_actual`.
 */
export const boilerplateForNumericSql = (i: string) =>
  `((${i}.target_value IS NOT NULL OR ${i}.level2 IN ('数量指标', '成本指标')) AND ${i}.actual_kind IN ('boilerplate', 'qualitative'))`;

/** Both figures parsed with units, and the units differ (e.g. target 7个, actual 100%): the rule `target.unit_mismatch`. */
export const unitMismatchSql = (i: string) =>
  `(${i}.target_value IS NOT NULL AND ${i}.actual_value IS NOT NULL AND ${i}.target_unit IS NOT NULL AND ${i}.actual_unit IS NOT NULL AND ${i}.target_unit <> ${i}.actual_unit)`;

/** The issue of an indicators row `i`, in order of precedence (`unmet`, `boilerplate`, `unit`); NULL when none. */
export const indicatorIssueSql = (i: string) => `CASE WHEN ${missedTargetSql(i)} THEN 'unmet'
    WHEN ${boilerplateForNumericSql(i)} THEN 'boilerplate'
    WHEN ${unitMismatchSql(i)} THEN 'unit' END`;
