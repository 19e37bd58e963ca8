/**
 * SQL conditions on an indicators row (alias given) that the views share:
 * parsed actual misses parsed target, boilerplate for a numeric target, a unit
 * other than the target's. Fixed SQL text, no user values.
 */

/** Both parsed in the same unit, and the actual misses the target by its operator. */
export const unmetSql = (i: string) => `(${i}.actual_kind = 'numeric' AND ${i}.target_value IS NOT NULL AND ${i}.actual_value IS NOT NULL
  AND coalesce(${i}.target_unit, '') = coalesce(${i}.actual_unit, '')
  AND CASE ${i}.target_op
    WHEN '>=' THEN ${i}.actual_value < ${i}.target_value
    WHEN '>' THEN ${i}.actual_value <= ${i}.target_value
    WHEN '<=' THEN ${i}.actual_value > ${i}.target_value
    WHEN '<' THEN ${i}.actual_value >= ${i}.target_value
    WHEN '=' THEN ${i}.actual_value <> ${i}.target_value
    ELSE false END)`;

/** A numeric target answered with boilerplate (达成预期指标, 达成指标, …). */
export const boilerplateForNumericSql = (i: string) => `(${i}.actual_kind = 'boilerplate' AND ${i}.target_value IS NOT NULL)`;

/** Both units parsed, and different (e.g. target 7个, actual 100%). */
export const unitMismatchSql = (i: string) =>
  `(${i}.target_unit IS NOT NULL AND ${i}.actual_unit IS NOT NULL AND ${i}.target_unit <> ${i}.actual_unit)`;

/** Full marks: the score equals the weight. */
export const fullMarkSql = (i: string) => `(${i}.weight IS NOT NULL AND ${i}.score = ${i}.weight)`;
