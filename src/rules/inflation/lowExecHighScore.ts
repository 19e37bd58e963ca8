import { formNameSql } from '../../sql/formName';
import { executionRateSql, printedRateNoteSql } from '../../sql/executionRate';
import { evidenceSql, rulePct } from '../macros';
import type { Rule } from '../rule';

/** `inflation.low_exec_high_score`: a high total while most of the money was not spent. */
export const inflationLowExecHighScore: Rule = {
  id: 'inflation.low_exec_high_score',
  title: { zh: '低执行高自评', en: 'Low execution, high self-score' },
  severity: 'high',
  rationale: {
    zh: '财预〔2020〕10号要求自评“客观公正”，得分应与实际完成情况一致。资金大部分未支出，产出和效益通常不可能全部实现，而总分仍在 90 分以上（“优”），是自评虚高最典型的表现，审计和财政重点评价常以此为线索。',
    en: 'Cai Yu [2020] No. 10 requires self-evaluations to be objective, scores matching what was done. When most of the money was not spent, outputs and benefits can rarely all have been achieved; a total still at 90 or more (excellent) is the classic sign of an inflated self-score, and a usual lead for audits and the finance bureau’s re-evaluations.',
  },
  params: [
    { key: 'inflation.low_exec_high_score.min_score', default: 90, label: { zh: '总分不低于', en: 'Total at least' }, unit: '分', min: 0, max: 100 },
    { key: 'inflation.low_exec_high_score.max_rate', default: 60, label: { zh: '执行率低于', en: 'Rate below' }, unit: '%', min: 0, max: 100 },
  ],
  usesProfile: false,
  sql: `
WITH ind AS (
  SELECT eval_id,
    count(*) FILTER (WHERE level1 IN ('产出指标', '效益指标')) AS ob,
    count(*) FILTER (WHERE level1 IN ('产出指标', '效益指标') AND score >= weight - 1e-9) AS ob_full
  FROM indicators GROUP BY eval_id
), f AS (
  SELECT e.*, ${executionRateSql('e')} AS rate, coalesce(ind.ob, 0) AS ob, coalesce(ind.ob_full, 0) AS ob_full
  FROM evaluations e LEFT JOIN ind ON ind.eval_id = e.eval_id
)
SELECT 'inflation.low_exec_high_score:' || eval_id AS flag_id, 'inflation.low_exec_high_score' AS rule_id, 'high' AS severity,
  source_file, eval_id, NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('f')} AS project,
  '执行率 ' || rule_pct(rate) || '（' || rule_f2(executed) || '/' || rule_f2(budget_full_year) || ' 万元' || ${printedRateNoteSql('f', 'zh', rulePct)} || '），但自评总分 ' || rule_f2(total_score)
    || CASE WHEN ob = 0 THEN '' WHEN ob_full = ob THEN '，产出与效益指标全部满分'
       ELSE '，产出与效益指标 ' || ob_full || '/' || ob || ' 项满分' END AS message_zh,
  'Execution rate ' || rule_pct(rate) || ' (' || rule_f2(executed) || '/' || rule_f2(budget_full_year) || ' CNY 10k' || ${printedRateNoteSql('f', 'en', rulePct)} || '), yet a self-score of '
    || rule_f2(total_score) || CASE WHEN ob = 0 THEN '' WHEN ob_full = ob THEN ', every output and benefit indicator at full marks'
       ELSE ', ' || ob_full || ' of ' || ob || ' output and benefit indicators at full marks' END AS message_en,
  ${evidenceSql([
    ['execution_rate', 'num', 'rate'],
    ['executed', 'num', 'executed'],
    ['budget_full_year', 'num', 'budget_full_year'],
    ['total_score', 'num', 'total_score'],
    ['output_benefit_indicators', 'num', 'ob'],
    ['full_marks', 'num', 'ob_full'],
  ])} AS evidence
FROM f
WHERE total_score >= rule_param('inflation.low_exec_high_score.min_score') - 1e-9
  AND rate < rule_param('inflation.low_exec_high_score.max_rate') / 100 - 1e-9`,
};
