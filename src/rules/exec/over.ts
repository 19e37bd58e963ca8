import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `exec.over`: more executed than the full-year budget. */
export const execOver: Rule = {
  id: 'exec.over',
  title: { zh: '超预算执行', en: 'Executed beyond the budget' },
  severity: 'medium',
  rationale: {
    zh: '全年执行数不应超过调整后的全年预算数（《预算法》第十三条：各级政府、各部门、各单位的支出必须以经批准的预算为依据）；超出说明预算调整未入表、数字填错或存在超预算支出。',
    en: 'Spending may not exceed the approved full-year budget (Budget Law, art. 13: expenditure must follow the approved budget); more executed than budgeted means an adjustment missing from the form, a wrong figure, or overspending.',
  },
  params: [],
  usesProfile: false,
  sql: `
SELECT 'exec.over:' || e.eval_id AS flag_id, 'exec.over' AS rule_id, 'medium' AS severity, e.source_file, e.eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('e')} AS project,
  '全年执行数 ' || rule_f2(e.executed) || ' 万元超过全年预算数 ' || rule_f2(e.budget_full_year) || ' 万元（执行率 '
    || rule_pct(e.execution_rate) || '）' AS message_zh,
  'Executed ' || rule_f2(e.executed) || ' CNY 10k exceeds the full-year budget of ' || rule_f2(e.budget_full_year)
    || ' CNY 10k (rate ' || rule_pct(e.execution_rate) || ')' AS message_en,
  ${evidenceSql([
    ['executed', 'num', 'e.executed'],
    ['budget_full_year', 'num', 'e.budget_full_year'],
  ])} AS evidence
FROM evaluations e
WHERE e.budget_full_year > 0 AND e.executed > e.budget_full_year + 0.005`,
};
