import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `inflation.unmet_full_score`: a parsed actual misses its parsed target, yet the indicator scored full marks. */
export const inflationUnmetFullScore: Rule = {
  id: 'inflation.unmet_full_score',
  title: { zh: '未达目标仍得满分', en: 'Target missed, full marks given' },
  severity: 'medium',
  rationale: {
    zh: '按财预〔2020〕10号的计分方法，只有完成目标才得满分，未完成应按比例扣分。实际值未达到指标值而仍给满分，是指标层面的自评虚高。',
    en: 'Under the scoring of Cai Yu [2020] No. 10 only a met target earns full marks; a missed one loses points in proportion. An actual that misses its target but still scores the full weight is inflation at the indicator level.',
  },
  params: [],
  usesProfile: false,
  sql: `
SELECT ${indicatorFlagColumns('inflation.unmet_full_score', "'medium'")},
  '指标「' || rule_t(i.name) || '」目标 ' || rule_t(i.target_raw) || '，实际 ' || rule_t(i.actual_raw) || '，未达目标仍得满分 '
    || rule_num(i.score) || '/' || rule_num(i.weight) AS message_zh,
  'Indicator "' || rule_t(i.name) || '": target ' || rule_t(i.target_raw) || ', actual ' || rule_t(i.actual_raw)
    || ', missed yet scored full marks ' || rule_num(i.score) || '/' || rule_num(i.weight) AS message_en,
  ${evidenceSql([
    ['target_op', 'str', 'i.target_op'],
    ['target_value', 'num', 'i.target_value'],
    ['actual_value', 'num', 'i.actual_value'],
    ['weight', 'num', 'i.weight'],
    ['score', 'num', 'i.score'],
  ])} AS evidence
FROM indicators i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE i.target_op IS NOT NULL AND i.actual_kind = 'numeric' AND i.actual_value IS NOT NULL AND i.target_value IS NOT NULL
  AND rule_comparable(i.target_unit, i.actual_unit) AND NOT rule_met(i.target_op, i.target_value, i.actual_value, i.level2)
  AND i.weight > 0 AND i.score >= i.weight - 1e-9`,
};
