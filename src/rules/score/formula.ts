import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import { formulaAppliesSql, indicatorExpectedSql } from '../../sql/scoringSql';
import type { Rule } from '../rule';

/** `score.formula`: a numeric indicator's score deviates from the ministry system's scoring formula. */
export const scoreFormula: Rule = {
  id: 'score.formula',
  title: { zh: '指标得分不符合计分规则', en: 'Indicator score off the scoring formula' },
  severity: 'medium',
  rationale: {
    zh: '按财预〔2020〕10号及财政部预算绩效管理系统的计分方法：完成目标得满分；正向指标（≥）未完成按 实际值/目标值 × 分值 计分；反向指标（≤）按 (1 − (实际值 − 目标值)/目标值) × 分值 计分，达到目标值两倍时为 0；“=”或只写数字的目标按正向计（成本指标按反向）。得分与此相差超过容差，说明打分未按规则（高于规则为中，低于规则为低）。',
    en: 'Under Cai Yu [2020] No. 10 as the finance ministry’s performance system implements it: a met target earns the full weight; a missed positive (≥) target earns actual/target × weight; a negative (≤) target earns (1 − (actual − target)/target) × weight, 0 at twice the target; an `=` or bare-figure target counts as positive (as negative for a cost). A score further than the tolerance from that was not given by the rule (medium when above it, low when below).',
  },
  params: [
    { key: 'score.formula.tolerance', default: 0.1, label: { zh: '容差', en: 'Tolerance' }, unit: '分', min: 0, max: 10 },
  ],
  usesProfile: false,
  sql: `
WITH f AS (
  SELECT i.*, ${indicatorExpectedSql('i')} AS expected
  FROM indicators i
  WHERE ${formulaAppliesSql('i')}
)
SELECT ${indicatorFlagColumns('score.formula', "CASE WHEN i.score > i.expected THEN 'medium' ELSE 'low' END")},
  '指标「' || rule_t(i.name) || '」目标 ' || rule_t(i.target_raw) || '、实际 ' || rule_t(i.actual_raw) || '，按计分规则应得 ' || rule_f2(i.expected)
    || ' 分（分值 ' || rule_num(i.weight) || '），表中 ' || rule_num(i.score) || ' 分' AS message_zh,
  'Indicator "' || rule_t(i.name) || '": target ' || rule_t(i.target_raw) || ', actual ' || rule_t(i.actual_raw) || '; the scoring formula gives '
    || rule_f2(i.expected) || ' (weight ' || rule_num(i.weight) || '), the form ' || rule_num(i.score) AS message_en,
  ${evidenceSql([
    ['target_op', 'str', 'i.target_op'],
    ['target_value', 'num', 'i.target_value'],
    ['actual_value', 'num', 'i.actual_value'],
    ['weight', 'num', 'i.weight'],
    ['score', 'num', 'i.score'],
    ['expected', 'num', 'i.expected'],
  ])} AS evidence
FROM f AS i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE abs(i.score - i.expected) > rule_param('score.formula.tolerance') + 1e-9`,
};
