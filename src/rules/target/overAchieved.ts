import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `target.over_achieved`: actual far above a ≥ target, full marks, no note: the target was probably set too low. */
export const targetOverAchieved: Rule = {
  id: 'target.over_achieved',
  title: { zh: '大幅超额完成（目标偏低）', en: 'Far over-achieved (target set too low)' },
  severity: 'low',
  rationale: {
    zh: '《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）要求指标值“科学合理、具有挑战性”。正向指标实际值达到目标值的 1.2 倍以上、得满分且无说明，通常说明目标定得过低，便于轻松拿满分。',
    en: 'The ministry’s guideline on setting performance targets (Cai Yu [2021] No. 101) asks for targets that are reasonable and challenging. A positive target exceeded 1.2 times or more, at full marks and without comment, was usually set low enough to be met easily.',
  },
  params: [
    { key: 'target.over_achieved.ratio', default: 1.2, label: { zh: '实际/目标 不低于', en: 'Actual/target at least' }, unit: '×', min: 1, max: 100 },
  ],
  usesProfile: false,
  sql: `
SELECT ${indicatorFlagColumns('target.over_achieved', "'low'")},
  '指标「' || rule_t(i.name) || '」目标 ' || rule_t(i.target_raw) || '，实际 ' || rule_t(i.actual_raw) || '，为目标的 '
    || rule_f2(i.actual_value / i.target_value) || ' 倍，得满分且无偏差说明' AS message_zh,
  'Indicator "' || rule_t(i.name) || '": target ' || rule_t(i.target_raw) || ', actual ' || rule_t(i.actual_raw) || ', '
    || rule_f2(i.actual_value / i.target_value) || ' times the target, full marks and no comment' AS message_en,
  ${evidenceSql([
    ['target_value', 'num', 'i.target_value'],
    ['actual_value', 'num', 'i.actual_value'],
    ['ratio', 'num', 'i.actual_value / i.target_value'],
    ['weight', 'num', 'i.weight'],
    ['score', 'num', 'i.score'],
  ])} AS evidence
FROM indicators i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE i.target_op IN ('>=', '>') AND i.target_value > 0 AND i.actual_kind = 'numeric' AND i.actual_value IS NOT NULL
  AND rule_comparable(i.target_unit, i.actual_unit)
  AND i.actual_value / i.target_value >= rule_param('target.over_achieved.ratio') - 1e-9
  AND i.weight > 0 AND i.score >= i.weight - 1e-9 AND rule_blank(i.deviation_note)`,
};
