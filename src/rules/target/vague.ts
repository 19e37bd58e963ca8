import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `target.vague`: a 数量/成本 indicator whose target is a word (及时, 显著, 优秀) instead of a figure. */
export const targetVague: Rule = {
  id: 'target.vague',
  title: { zh: '数量/成本目标不量化', en: 'Quantity or cost target not quantified' },
  severity: 'low',
  rationale: {
    zh: '财预〔2021〕101号要求数量指标和成本指标以数值表述（“可衡量、可考核”）。这两类指标的目标只写“及时”“显著”“优秀”等词，事后无法核验是否完成，满分也无从判断。',
    en: 'Cai Yu [2021] No. 101 requires quantity and cost indicators to be stated as figures (“measurable and assessable”). A target for these types written as a word (及时 “timely”, 显著 “significant”, 优秀 “excellent”) cannot be verified afterwards, nor can a full score.',
  },
  params: [],
  usesProfile: false,
  sql: `
SELECT ${indicatorFlagColumns('target.vague', "'low'")},
  i.level2 || '「' || rule_t(i.name) || '」的目标值为「' || rule_t(i.target_raw) || '」，没有可核验的数值' AS message_zh,
  CASE i.level2 WHEN '数量指标' THEN 'Quantity' ELSE 'Cost' END || ' indicator "' || rule_t(i.name) || '" has the target "'
    || rule_t(i.target_raw) || '", no verifiable figure' AS message_en,
  ${evidenceSql([
    ['level2', 'str', 'i.level2'],
    ['target_raw', 'str', 'i.target_raw'],
  ])} AS evidence
FROM indicators i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE i.level2 IN ('数量指标', '成本指标') AND i.target_op IS NULL AND i.target_value IS NULL AND NOT rule_blank(i.target_raw)`,
};
