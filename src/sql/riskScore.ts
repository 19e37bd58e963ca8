/**
 * A project's risk score, so that findings rank: the sum, over the rules that flag the form, of
 * the weight of the highest severity each rule gave it — high 10, medium 3, low 1. A rule counts
 * once per form however many of its indicators it flags (eight indicators copied from another
 * form are one finding about the form, not eight), so one high finding outweighs three medium
 * ones and a stack of low ones. Ties rank by high, then medium findings, then the budget.
 * Plain SQL over `flags` (the rules' findings with the settings in force): the Findings view's
 * ranking, the flagged-only filter's severities and the README read the same numbers.
 */

/** The weight of one rule's finding on a form, by its severity. */
export const SEVERITY_WEIGHTS = { high: 10, medium: 3, low: 1 } as const;

/** The severities at or above a minimum, most severe first (`medium` → high, medium). */
export const SEVERITIES_FROM = {
  high: ['high'],
  medium: ['high', 'medium'],
  low: ['high', 'medium', 'low'],
} as const;

/** SQL: the rank of a `severity` expression, 0 = high, 1 = medium, 2 = low. */
export const severityRankSql = (severity: string): string => `CASE ${severity} WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`;

/**
 * One row per evaluation with a finding: eval_id, risk_score (INTEGER), high, medium, low (how
 * many rules flag it at that severity, each rule once at its highest), flags (every finding on
 * it) and rules (the rule ids, most severe first). `flagsWhere` narrows the flags (aliased `f`).
 */
export function riskScoresSql(flagsWhere = 'true'): string {
  return `SELECT eval_id,
    sum(CASE sev_rank WHEN 0 THEN ${SEVERITY_WEIGHTS.high} WHEN 1 THEN ${SEVERITY_WEIGHTS.medium} ELSE ${SEVERITY_WEIGHTS.low} END)::INTEGER AS risk_score,
    count(*) FILTER (WHERE sev_rank = 0)::INTEGER AS high,
    count(*) FILTER (WHERE sev_rank = 1)::INTEGER AS medium,
    count(*) FILTER (WHERE sev_rank = 2)::INTEGER AS low,
    sum(n)::INTEGER AS flags,
    list(rule_id ORDER BY sev_rank, rule_id) AS rules
  FROM (
    SELECT f.eval_id, f.rule_id, min(${severityRankSql('f.severity')}) AS sev_rank, count(*) AS n
    FROM flags f WHERE f.eval_id IS NOT NULL AND ${flagsWhere}
    GROUP BY f.eval_id, f.rule_id
  ) GROUP BY eval_id`;
}
