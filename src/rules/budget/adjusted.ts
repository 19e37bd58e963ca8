import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `budget.adjusted`: the full-year budget moved away from the initial budget by more than the threshold. */
export const budgetAdjusted: Rule = {
  id: 'budget.adjusted',
  title: { zh: '年中预算大幅调整', en: 'Budget heavily adjusted during the year' },
  severity: 'medium',
  rationale: {
    zh: '年初预算经人大批准，年中大幅调增或调减说明预算编制不准确或追加了资金；财预〔2020〕10号要求绩效目标随预算调整同步调整，调整后的执行率和目标值需与原目标对照核实。',
    en: 'The initial budget is the approved one; a large increase or cut during the year means the budget was not well planned or money was added. Cai Yu [2020] No. 10 requires targets to follow budget adjustments, so the execution rate and targets must be read against the original plan.',
  },
  params: [
    { key: 'budget.adjusted.threshold', default: 20, label: { zh: '调整幅度超过', en: 'Change above' }, unit: '%', min: 0, max: 1000 },
  ],
  usesProfile: false,
  sql: `
WITH f AS (
  SELECT e.*, (e.budget_full_year - e.budget_initial) / e.budget_initial AS change
  FROM evaluations e
  WHERE e.budget_initial > 0 AND e.budget_full_year IS NOT NULL
)
SELECT 'budget.adjusted:' || eval_id AS flag_id, 'budget.adjusted' AS rule_id, 'medium' AS severity, source_file, eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('f')} AS project,
  '全年预算由年初 ' || rule_f2(budget_initial) || ' 万元' || CASE WHEN change > 0 THEN '调增' ELSE '调减' END || '至 '
    || rule_f2(budget_full_year) || ' 万元（' || CASE WHEN change > 0 THEN '+' ELSE '' END || rule_pct(change) || '），超过 '
    || rule_num(rule_param('budget.adjusted.threshold')) || '%' AS message_zh,
  'Full-year budget ' || CASE WHEN change > 0 THEN 'raised' ELSE 'cut' END || ' from ' || rule_f2(budget_initial) || ' to '
    || rule_f2(budget_full_year) || ' CNY 10k (' || CASE WHEN change > 0 THEN '+' ELSE '' END || rule_pct(change) || '), more than '
    || rule_num(rule_param('budget.adjusted.threshold')) || '%' AS message_en,
  ${evidenceSql([
    ['budget_initial', 'num', 'budget_initial'],
    ['budget_full_year', 'num', 'budget_full_year'],
    ['change', 'num', 'change'],
    ['direction', 'str', "CASE WHEN change > 0 THEN 'up' ELSE 'down' END"],
  ])} AS evidence
FROM f WHERE abs(change) > rule_param('budget.adjusted.threshold') / 100 + 1e-9`,
};
