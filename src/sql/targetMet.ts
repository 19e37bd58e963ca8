/**
 * When a parsed actual meets its parsed target: the one definition that the
 * rules, the ingest pre-aggregate (`agg_department_year.numeric_unmet_indicators`)
 * and the views share, as plain SQL expressions (no macros, so they run before
 * any rule has).
 *
 * Direction: `>=` / `>` are reached from the figure upward, `<=` / `<` downward;
 * `=` or a bare figure counts upward (7次 answered 8次 is met), except for a
 * 成本指标, where a cost of `=72.8万元` is reached from the figure downward.
 * Comparisons allow 1e-9 for floating point.
 */

/** The target is reached from its figure upward (NULL for an unknown operator). */
export const upwardSql = (op: string, level2: string) =>
  `(CASE WHEN ${op} IN ('>=', '>') THEN true WHEN ${op} IN ('<=', '<') THEN false
     WHEN ${op} = '=' THEN coalesce(${level2}, '') <> '成本指标' END)`;

/** The actual `a` meets the target `t` under operator `op`. */
export const metSql = (op: string, t: string, a: string, level2: string) =>
  `(CASE WHEN ${op} = '>' THEN ${a} > ${t} + 1e-9 WHEN ${op} = '<' THEN ${a} < ${t} - 1e-9
     WHEN ${upwardSql(op, level2)} THEN ${a} >= ${t} - 1e-9 WHEN NOT ${upwardSql(op, level2)} THEN ${a} <= ${t} + 1e-9 END)`;

/** The units allow comparing the figures: the same, or one side printed without a unit. */
export const comparableSql = (targetUnit: string, actualUnit: string) =>
  `(${targetUnit} IS NULL OR ${actualUnit} IS NULL OR ${targetUnit} = ${actualUnit})`;

/** An indicators row (alias `i`) whose numeric actual misses its parsed target in comparable units. */
export const missedTargetSql = (i: string) =>
  `(${i}.target_op IS NOT NULL AND ${i}.actual_kind = 'numeric' AND ${i}.actual_value IS NOT NULL AND ${i}.target_value IS NOT NULL
    AND ${comparableSql(`${i}.target_unit`, `${i}.actual_unit`)}
    AND NOT ${metSql(`${i}.target_op`, `${i}.target_value`, `${i}.actual_value`, `${i}.level2`)})`;
