import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `calc.total`: the printed total ≠ execution score + Σ indicator scores. */
export const calcTotal: Rule = {
  id: 'calc.total',
  title: { zh: '总分与各项得分之和不符', en: 'Total ≠ sum of scores' },
  severity: 'medium',
  rationale: {
    zh: '自评表总分应等于预算执行得分与各项绩效指标得分之和（财预〔2020〕10号附件自评表的结构）。合计不符说明有得分被改动、漏填或总分是直接写上的，评分结果不可直接采信。',
    en: 'The total of a self-evaluation is the execution score plus the scores of its indicators (the form of Cai Yu [2020] No. 10). When they do not add up, a score was changed or left out, or the total was written down directly: the result cannot be taken at face value.',
  },
  params: [
    { key: 'calc.total.tolerance', default: 0.05, label: { zh: '容差', en: 'Tolerance' }, unit: '分', min: 0, max: 10 },
  ],
  usesProfile: false,
  sql: `
WITH f AS (
  -- score_sum (= execution score + Σ indicator scores) is computed once, at ingest
  SELECT e.*, coalesce(e.score_sum, 0) AS summed, coalesce(e.score_sum, 0) - coalesce(e.execution_score, 0) AS indicator_sum
  FROM evaluations e
  WHERE e.total_score IS NOT NULL
)
SELECT 'calc.total:' || eval_id AS flag_id, 'calc.total' AS rule_id, 'medium' AS severity, source_file, eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('f')} AS project,
  '总分填报 ' || rule_f2(total_score) || '，但预算执行得分 ' || rule_f2(execution_score) || ' + 指标得分 ' || rule_f2(indicator_sum)
    || ' = ' || rule_f2(summed) || '（相差 ' || rule_f2(total_score - summed) || '）' AS message_zh,
  'Printed total ' || rule_f2(total_score) || ', but execution score ' || rule_f2(execution_score) || ' + indicator scores '
    || rule_f2(indicator_sum) || ' = ' || rule_f2(summed) || ' (off by ' || rule_f2(total_score - summed) || ')' AS message_en,
  ${evidenceSql([
    ['total_score', 'num', 'total_score'],
    ['execution_score', 'num', 'execution_score'],
    ['indicator_sum', 'num', 'indicator_sum'],
    ['summed', 'num', 'summed'],
  ])} AS evidence
FROM f WHERE abs(total_score - summed) > rule_param('calc.total.tolerance') + 1e-9`,
};
