import { unitMismatchSql } from '../../sql/indicatorChecks';
import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `target.unit_mismatch`: actual in another unit than the target (7个 vs 100%). */
export const targetUnitMismatch: Rule = {
  id: 'target.unit_mismatch',
  title: { zh: '完成值与目标单位不一致', en: 'Actual in another unit than the target' },
  severity: 'medium',
  rationale: {
    zh: '完成值必须与指标值同口径才能比较（财预〔2021〕101号：指标值应明确计量单位）。目标是“7个”而完成值写“100%”，实际完成了几个无从核对，得分缺乏依据。',
    en: 'An actual must be in the target’s unit to be compared with it (Cai Yu [2021] No. 101: targets state their unit). A target of “7 items” answered with “100%” does not say how many were done, so the score has no basis.',
  },
  params: [],
  usesProfile: false,
  sql: `
SELECT ${indicatorFlagColumns('target.unit_mismatch', "'medium'")},
  '指标「' || rule_t(i.name) || '」目标 ' || rule_t(i.target_raw) || '（单位 ' || i.target_unit || '），实际 ' || rule_t(i.actual_raw)
    || '（单位 ' || i.actual_unit || '），无法比较' AS message_zh,
  'Indicator "' || rule_t(i.name) || '": target ' || rule_t(i.target_raw) || ' (unit ' || i.target_unit || '), actual '
    || rule_t(i.actual_raw) || ' (unit ' || i.actual_unit || '): not comparable' AS message_en,
  ${evidenceSql([
    ['target_value', 'num', 'i.target_value'],
    ['target_unit', 'str', 'i.target_unit'],
    ['actual_value', 'num', 'i.actual_value'],
    ['actual_unit', 'str', 'i.actual_unit'],
  ])} AS evidence
FROM indicators i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE ${unitMismatchSql('i')}`,
};
