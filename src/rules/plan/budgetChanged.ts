import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `plan.budget_changed`: the published target table's 年度资金总额 ≠ the self-evaluation's initial budget. */
export const planBudgetChanged: Rule = {
  id: 'plan.budget_changed',
  title: { zh: '目标表资金与自评年初预算不符', en: 'Target-table budget ≠ initial budget' },
  severity: 'medium',
  rationale: {
    zh: '公开的绩效目标表与预算同步批复（财预〔2020〕10号：绩效目标随预算一并批复、公开），其年度资金总额应等于自评表的年初预算数。两者不同，说明自评对照的不是公开的那份目标，或年初预算填写有误。',
    en: 'The published target table is approved together with the budget (Cai Yu [2020] No. 10: targets are approved and published with the budget), so its annual funds should equal the self-evaluation’s initial budget. A difference means the self-evaluation answers to another plan, or the initial budget is wrong.',
  },
  params: [
    { key: 'plan.budget_changed.tolerance', default: 0.01, label: { zh: '容差', en: 'Tolerance' }, unit: '万元', min: 0, max: 1000 },
  ],
  usesProfile: false,
  sql: `
SELECT 'plan.budget_changed:' || e.eval_id AS flag_id, 'plan.budget_changed' AS rule_id, 'medium' AS severity, e.source_file, e.eval_id,
  NULL::INTEGER AS indicator_index, t.target_table_id, ${formNameSql('e')} AS project,
  '公开的绩效目标表「' || rule_t(t.project) || '」年度资金总额 ' || rule_f2(t.budget_total) || ' 万元，自评表年初预算 '
    || rule_f2(e.budget_initial) || ' 万元' AS message_zh,
  'The published target table "' || rule_t(t.project) || '" plans ' || rule_f2(t.budget_total) || ' CNY 10k, the self-evaluation’s initial budget is '
    || rule_f2(e.budget_initial) || ' CNY 10k' AS message_en,
  ${evidenceSql([
    ['budget_total', 'num', 't.budget_total'],
    ['budget_initial', 'num', 'e.budget_initial'],
    ['target_table_id', 'str', 't.target_table_id'],
    ['link_basis', 'str', 'l.basis'],
  ])} AS evidence
FROM target_links l
JOIN evaluations e ON e.eval_id = l.eval_id
JOIN target_tables t ON t.target_table_id = l.target_table_id
WHERE abs(t.budget_total - e.budget_initial) > rule_param('plan.budget_changed.tolerance') + 1e-9`,
};
