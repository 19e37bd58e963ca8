import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `exec.zero`: a budget was allotted and nothing was spent. */
export const execZero: Rule = {
  id: 'exec.zero',
  title: { zh: '预算零执行', en: 'Nothing executed' },
  severity: 'high',
  rationale: {
    zh: '有预算而全年执行数为 0，项目实际未实施，其产出、效益和满意度指标无从完成；按财预〔2020〕10号的绩效评价要求，这类表单的自评得分和完成值都需要逐项核实，资金应按规定收回或调整。',
    en: 'A budget was allotted and nothing was spent: the project did not happen, so its output, benefit and satisfaction indicators cannot have been achieved. Under Cai Yu [2020] No. 10 every score and actual of such a form must be checked, and the money recovered or reallocated.',
  },
  params: [],
  usesProfile: false,
  sql: `
SELECT 'exec.zero:' || e.eval_id AS flag_id, 'exec.zero' AS rule_id, 'high' AS severity, e.source_file, e.eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('e')} AS project,
  '全年预算 ' || rule_f2(coalesce(e.budget_full_year, e.budget_initial)) || ' 万元，全年执行数 0（执行率 0%）'
    || CASE WHEN e.total_score IS NULL THEN '' ELSE '，自评总分 ' || rule_f2(e.total_score) END AS message_zh,
  'Budget ' || rule_f2(coalesce(e.budget_full_year, e.budget_initial)) || ' CNY 10k, nothing executed (0%)'
    || CASE WHEN e.total_score IS NULL THEN '' ELSE ', self-score ' || rule_f2(e.total_score) END AS message_en,
  ${evidenceSql([
    ['budget_full_year', 'num', 'e.budget_full_year'],
    ['budget_initial', 'num', 'e.budget_initial'],
    ['executed', 'num', 'e.executed'],
    ['execution_rate_reported', 'num', 'e.execution_rate_reported'],
    ['total_score', 'num', 'e.total_score'],
  ])} AS evidence
FROM evaluations e
WHERE (e.executed = 0 OR (e.executed IS NULL AND e.execution_rate_reported = 0))
  AND coalesce(e.budget_full_year, e.budget_initial) > 0`,
};
