import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `calc.weights`: funds weight + Σ indicator weights ≠ the total weight. */
export const calcWeights: Rule = {
  id: 'calc.weights',
  title: { zh: '分值合计不等于总分值', en: 'Weights do not sum to the total' },
  severity: 'low',
  rationale: {
    zh: '预算执行率分值与各项指标分值之和应等于总分分值（通常 100 分；财预〔2020〕10号附件的权重设置）。不等说明指标漏列、分值填错或表格被改动。没有任何指标的表单由 form.empty 提示，这里不重复。',
    en: 'The execution weight plus the indicator weights must equal the total weight (usually 100; the weighting of Cai Yu [2020] No. 10). A mismatch means an indicator is missing, a weight is wrong or the form was altered. Forms without any indicator are form.empty’s, not repeated here.',
  },
  params: [
    { key: 'calc.weights.tolerance', default: 0.01, label: { zh: '容差', en: 'Tolerance' }, unit: '分', min: 0, max: 10 },
  ],
  usesProfile: false,
  sql: `
WITH s AS (
  SELECT eval_id, sum(weight) AS indicator_weights FROM indicators GROUP BY eval_id
), f AS (
  SELECT e.*, coalesce(s.indicator_weights, 0) AS indicator_weights,
    coalesce(e.execution_weight, 0) + coalesce(s.indicator_weights, 0) AS summed
  FROM evaluations e JOIN s ON s.eval_id = e.eval_id
  WHERE e.total_weight IS NOT NULL
)
SELECT 'calc.weights:' || eval_id AS flag_id, 'calc.weights' AS rule_id, 'low' AS severity, source_file, eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('f')} AS project,
  '分值合计 ' || rule_num(summed) || '（预算执行 ' || rule_num(execution_weight) || ' + 指标 ' || rule_num(indicator_weights)
    || '），与总分分值 ' || rule_num(total_weight) || ' 不符' AS message_zh,
  'Weights sum to ' || rule_num(summed) || ' (execution ' || rule_num(execution_weight) || ' + indicators '
    || rule_num(indicator_weights) || '), not the total weight of ' || rule_num(total_weight) AS message_en,
  ${evidenceSql([
    ['total_weight', 'num', 'total_weight'],
    ['execution_weight', 'num', 'execution_weight'],
    ['indicator_weights', 'num', 'indicator_weights'],
  ])} AS evidence
FROM f WHERE abs(total_weight - summed) > rule_param('calc.weights.tolerance') + 1e-9`,
};
