import { formNameSql } from '../../sql/formName';
import { executionRateSql, printedRateNoteSql } from '../../sql/executionRate';
import { evidenceSql, rulePct } from '../macros';
import type { Rule } from '../rule';

/** `inflation.full_marks_low_exec`: every output and benefit indicator at full marks while execution is low. */
export const inflationFullMarksLowExec: Rule = {
  id: 'inflation.full_marks_low_exec',
  title: { zh: '低执行而指标全满分', en: 'Full marks on every indicator despite low execution' },
  severity: 'high',
  rationale: {
    zh: '产出指标和效益指标衡量钱花出去之后做成了什么（财预〔2020〕10号附件：绩效指标体系）。执行率低于 80% 时，所有产出与效益指标仍得满分，意味着目标定得过低或完成值未如实填写。',
    en: 'Output and benefit indicators measure what the money achieved (Cai Yu [2020] No. 10, indicator framework). When execution is below 80% and still every output and benefit indicator scores full marks, the targets were set too low or the actuals were not reported truthfully.',
  },
  params: [
    { key: 'inflation.full_marks_low_exec.max_rate', default: 80, label: { zh: '执行率低于', en: 'Rate below' }, unit: '%', min: 0, max: 100 },
  ],
  usesProfile: false,
  sql: `
WITH ind AS (
  SELECT eval_id, count(*) AS ob, count(*) FILTER (WHERE score >= weight - 1e-9) AS ob_full
  FROM indicators WHERE level1 IN ('产出指标', '效益指标') GROUP BY eval_id
), f AS (
  SELECT e.*, ${executionRateSql('e')} AS rate, ind.ob
  FROM evaluations e JOIN ind ON ind.eval_id = e.eval_id
  WHERE ind.ob > 0 AND ind.ob_full = ind.ob
)
SELECT 'inflation.full_marks_low_exec:' || eval_id AS flag_id, 'inflation.full_marks_low_exec' AS rule_id, 'high' AS severity,
  source_file, eval_id, NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('f')} AS project,
  '执行率 ' || rule_pct(rate) || '（' || rule_f2(executed) || '/' || rule_f2(budget_full_year) || ' 万元' || ${printedRateNoteSql('f', 'zh', rulePct)} || '），产出与效益指标 '
    || ob || ' 项全部满分' AS message_zh,
  'Execution rate ' || rule_pct(rate) || ' (' || rule_f2(executed) || '/' || rule_f2(budget_full_year) || ' CNY 10k' || ${printedRateNoteSql('f', 'en', rulePct)} || '), all '
    || ob || ' output and benefit indicators at full marks' AS message_en,
  ${evidenceSql([
    ['execution_rate', 'num', 'rate'],
    ['executed', 'num', 'executed'],
    ['budget_full_year', 'num', 'budget_full_year'],
    ['output_benefit_indicators', 'num', 'ob'],
  ])} AS evidence
FROM f WHERE rate < rule_param('inflation.full_marks_low_exec.max_rate') / 100 - 1e-9`,
};
