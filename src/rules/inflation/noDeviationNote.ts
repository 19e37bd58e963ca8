import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `inflation.no_deviation_note`: points lost or target missed, and no 偏差原因 given. */
export const inflationNoDeviationNote: Rule = {
  id: 'inflation.no_deviation_note',
  title: { zh: '有偏差未说明原因', en: 'Deviation without an explanation' },
  severity: 'low',
  rationale: {
    zh: '财预〔2020〕10号附件的自评表要求对未完成目标或扣分的指标填写“偏差原因分析及改进措施”。扣了分或实际值未达目标而该栏为空，说明偏差未分析，整改无从谈起。',
    en: 'The self-evaluation form of Cai Yu [2020] No. 10 requires a deviation analysis and corrective measures for every indicator that lost points or missed its target. Leaving it empty means the deviation was not analysed and nothing will be corrected.',
  },
  params: [],
  usesProfile: false,
  sql: `
WITH f AS (
  SELECT i.*, coalesce(i.score < i.weight - 1e-9, false) AS lost_points,
    coalesce(i.target_op IS NOT NULL AND i.actual_kind = 'numeric' AND rule_comparable(i.target_unit, i.actual_unit)
      AND NOT rule_met(i.target_op, i.target_value, i.actual_value, i.level2), false) AS unmet
  FROM indicators i
  WHERE rule_blank(i.deviation_note)
)
SELECT ${indicatorFlagColumns('inflation.no_deviation_note', "'low'")},
  '指标「' || rule_t(i.name) || '」' || CASE WHEN i.lost_points THEN '得分 ' || rule_num(i.score) || '/' || rule_num(i.weight) ELSE '' END
    || CASE WHEN i.lost_points AND i.unmet THEN '、' ELSE '' END
    || CASE WHEN i.unmet THEN '实际 ' || rule_t(i.actual_raw) || ' 未达目标 ' || rule_t(i.target_raw) ELSE '' END
    || '，未填写偏差原因' AS message_zh,
  'Indicator "' || rule_t(i.name) || '": ' || CASE WHEN i.lost_points THEN 'scored ' || rule_num(i.score) || '/' || rule_num(i.weight) ELSE '' END
    || CASE WHEN i.lost_points AND i.unmet THEN ', ' ELSE '' END
    || CASE WHEN i.unmet THEN 'actual ' || rule_t(i.actual_raw) || ' misses target ' || rule_t(i.target_raw) ELSE '' END
    || '; no deviation explained' AS message_en,
  ${evidenceSql([
    ['weight', 'num', 'i.weight'],
    ['score', 'num', 'i.score'],
    ['target_raw', 'str', 'i.target_raw'],
    ['actual_raw', 'str', 'i.actual_raw'],
  ])} AS evidence
FROM f AS i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE i.lost_points OR i.unmet`,
};
