import { formNameSql } from '../../sql/formName';
import { executionRateSql } from '../../sql/executionRate';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `calc.exec_score`: the funds-row score differs from what the region's scoring profile gives. */
export const calcExecScore: Rule = {
  id: 'calc.exec_score',
  title: { zh: '预算执行得分计算有误', en: 'Execution score miscomputed' },
  severity: 'medium',
  rationale: {
    zh: '财预〔2020〕10号附件的自评表中，预算执行率得分 = 分值 × 执行率（不超过分值）；部分地区另有口径（执行率×20 封顶 20 分，或按 100%/80%/60% 分档）。按所在地区选定的计分口径（设置中按地区选择）重算，与表中得分相差超过容差即提示，并注明所用口径；若得分恰为整数而按比例应有小数，表单可能按档次计分。',
    en: 'In the self-evaluation form of Cai Yu [2020] No. 10 the execution score is weight × execution rate (at most the weight); some regions use another profile (rate × 20 capped at 20, or steps at 100%/80%/60%). The score is recomputed with the profile chosen for the region in the settings; a difference above the tolerance is flagged, naming the profile, and a whole-number score where the formula gives a fraction hints at step scoring.',
  },
  params: [
    { key: 'calc.exec_score.tolerance', default: 0.02, label: { zh: '容差', en: 'Tolerance' }, unit: '分', min: 0, max: 10 },
  ],
  usesProfile: true,
  sql: `
WITH f AS (
  SELECT e.*, rule_profile(e.region) AS profile, ${executionRateSql('e')} AS rate,
    rule_param('calc.exec_score.tolerance') AS tolerance
  FROM evaluations e
  WHERE e.execution_score IS NOT NULL AND e.execution_weight IS NOT NULL
), g AS (
  SELECT f.*, rule_exec_expected(profile, execution_weight, rate) AS expected,
    rule_exec_expected(profile, execution_weight, coalesce(execution_rate_reported, rate)) AS expected_printed,
    rule_exec_expected('steps', execution_weight, rate) AS expected_steps
  FROM f WHERE rate IS NOT NULL
), h AS (
  SELECT g.*, CASE
      WHEN profile <> 'steps' AND abs(execution_score - expected_steps) <= tolerance THEN 1
      WHEN profile <> 'steps' AND execution_score = round(execution_score) AND abs(expected - round(expected)) > 1e-9 THEN 2
      ELSE 0 END AS hint
  FROM g
  WHERE least(abs(execution_score - expected), abs(execution_score - expected_printed)) > tolerance + 1e-9
)
SELECT 'calc.exec_score:' || eval_id AS flag_id, 'calc.exec_score' AS rule_id, 'medium' AS severity, source_file, eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('h')} AS project,
  '执行率 ' || rule_pct(rate) || '，按「' || rule_profile_zh(profile) || '」口径预算执行得分应为 ' || rule_f2(expected)
    || '（分值 ' || rule_num(execution_weight) || '），表中填报 ' || rule_num(execution_score)
    || CASE hint WHEN 1 THEN '（与分档计分一致）' WHEN 2 THEN '（似按档次计分）' ELSE '' END AS message_zh,
  'Execution rate ' || rule_pct(rate) || ': under the profile "' || rule_profile_en(profile) || '" the execution score should be '
    || rule_f2(expected) || ' (weight ' || rule_num(execution_weight) || '), the form gives ' || rule_num(execution_score)
    || CASE hint WHEN 1 THEN ' (matches step scoring)' WHEN 2 THEN ' (looks like step scoring)' ELSE '' END AS message_en,
  ${evidenceSql([
    ['profile', 'str', 'profile'],
    ['execution_rate', 'num', 'rate'],
    ['execution_weight', 'num', 'execution_weight'],
    ['execution_score', 'num', 'execution_score'],
    ['expected', 'num', 'expected'],
    ['tolerance', 'num', 'tolerance'],
  ])} AS evidence
FROM h`,
};
