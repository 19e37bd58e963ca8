import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `target.cost_vs_budget`: a 成本指标 amount matching neither the initial nor the full-year budget. */
export const targetCostVsBudget: Rule = {
  id: 'target.cost_vs_budget',
  title: { zh: '成本指标与预算不一致', en: 'Cost target matches no budget' },
  severity: 'low',
  rationale: {
    zh: '成本指标是项目的预算控制数，应与年初预算或调整后的全年预算一致（财预〔2021〕101号：成本指标取值参考预算数）。一个表单的总额型成本目标（单项及合计；人均、单价等单位成本除外）与两者都不一致，多见于预算调整后目标未同步（如 839.00 → 289.00 万元），目标与实际无法对照。',
    en: 'A cost target is the project’s budget ceiling and should equal the initial or the adjusted full-year budget (Cai Yu [2021] No. 101: cost targets follow the budget). When neither a form’s total cost amounts (per-unit costs aside) nor their sum match either budget, the target usually was not updated after a budget change (e.g. 839.00 → 289.00), and target and actual cannot be compared.',
  },
  params: [
    { key: 'target.cost_vs_budget.tolerance', default: 0.01, label: { zh: '容差', en: 'Tolerance' }, unit: '万元', min: 0, max: 1000 },
  ],
  usesProfile: false,
  sql: `
WITH c AS (
  SELECT i.*, CASE i.target_unit WHEN '元' THEN i.target_value / 10000 ELSE i.target_value END AS amount
  FROM indicators i
  WHERE i.level2 = '成本指标' AND i.target_value IS NOT NULL AND i.target_unit IN ('万元', '元')
    AND NOT regexp_matches(coalesce(i.name, '') || coalesce(i.target_raw, ''), '人均|平均|每|单价|/')
), s AS (
  SELECT eval_id, sum(amount) AS amount_sum FROM c GROUP BY eval_id
), f AS (
  SELECT c.*, s.amount_sum, e.budget_initial, e.budget_full_year, rule_param('target.cost_vs_budget.tolerance') AS tolerance
  FROM c JOIN s ON s.eval_id = c.eval_id JOIN evaluations e ON e.eval_id = c.eval_id
  WHERE coalesce(e.budget_initial, e.budget_full_year) IS NOT NULL
)
SELECT ${indicatorFlagColumns('target.cost_vs_budget', "'low'")},
  '成本指标「' || rule_t(i.name) || '」目标 ' || rule_t(i.target_raw) || '，与年初预算 ' || rule_f2(i.budget_initial) || ' 万元、全年预算 '
    || rule_f2(i.budget_full_year) || ' 万元均不一致' AS message_zh,
  'Cost indicator "' || rule_t(i.name) || '": target ' || rule_t(i.target_raw) || ' matches neither the initial budget of '
    || rule_f2(i.budget_initial) || ' nor the full-year budget of ' || rule_f2(i.budget_full_year) || ' CNY 10k' AS message_en,
  ${evidenceSql([
    ['amount', 'num', 'i.amount'],
    ['cost_targets_sum', 'num', 'i.amount_sum'],
    ['budget_initial', 'num', 'i.budget_initial'],
    ['budget_full_year', 'num', 'i.budget_full_year'],
  ])} AS evidence
FROM f AS i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE NOT coalesce(abs(i.amount - i.budget_initial) <= i.tolerance + 1e-9, false)
  AND NOT coalesce(abs(i.amount - i.budget_full_year) <= i.tolerance + 1e-9, false)
  AND NOT coalesce(abs(i.amount_sum - i.budget_initial) <= i.tolerance + 1e-9, false)
  AND NOT coalesce(abs(i.amount_sum - i.budget_full_year) <= i.tolerance + 1e-9, false)`,
};
