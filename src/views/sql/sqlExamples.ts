import type { Localized } from '../../i18n/lang';

/** Starting points for the editor; the first one runs when the view opens with no query in the URL. */
export const SQL_EXAMPLES: { label: Localized; sql: string }[] = [
  {
    label: { zh: '各部门执行率', en: 'Execution rate by department' },
    sql: `SELECT department, round(sum(executed) / sum(budget_full_year) * 100, 2) AS execution_pct
FROM evaluations
WHERE executed IS NOT NULL AND budget_full_year IS NOT NULL
GROUP BY department
ORDER BY execution_pct`,
  },
  {
    label: { zh: '低执行高自评', en: 'Low execution, high score' },
    sql: `SELECT year, department, project, execution_rate, total_score
FROM evaluations
WHERE execution_rate < 0.6 AND total_score >= 90
ORDER BY execution_rate`,
  },
  {
    label: { zh: '套话式实际值', en: 'Boilerplate actuals' },
    sql: `SELECT e.project, i.name, i.target_raw, i.actual_raw, i.score, i.weight
FROM indicators i JOIN evaluations e USING (eval_id)
WHERE i.actual_kind = 'boilerplate'
ORDER BY e.project, i.indicator_index`,
  },
  {
    label: { zh: '各规则线索数', en: 'Findings per rule' },
    sql: `SELECT rule_id, count(*) AS findings
FROM flags
GROUP BY rule_id
ORDER BY findings DESC`,
  },
];
