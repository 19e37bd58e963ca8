import { boilerplateForNumericSql } from '../../sql/indicatorChecks';
import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `target.boilerplate_actual`: a numeric target answered with a formula phrase instead of a figure. */
export const targetBoilerplateActual: Rule = {
  id: 'target.boilerplate_actual',
  title: { zh: '定量目标以套话作答', en: 'Numeric target answered with boilerplate' },
  severity: 'medium',
  rationale: {
    zh: '财预〔2020〕10号要求实际完成值如实、可核验。目标是数字（≥95%、=12期）或指标本身是数量、成本指标，完成值却只写“达成预期指标”“达成指标”“显著”等套话，无法判断目标是否完成，满分也就没有依据。',
    en: 'Cai Yu [2020] No. 10 requires actuals to be truthful and verifiable. A target stated as a figure (≥95%, =12 issues), or a quantity or cost indicator, answered only with a phrase such as 达成预期指标 (“target met”) or 显著 (“significant”) cannot be checked, and neither can its score.',
  },
  params: [],
  usesProfile: false,
  sql: `
SELECT ${indicatorFlagColumns('target.boilerplate_actual', "'medium'")},
  '指标「' || rule_t(i.name) || '」（' || rule_t(i.level2) || '）目标为 ' || rule_t(i.target_raw) || '，实际完成值只写「' || rule_t(i.actual_raw) || '」，没有数值（得分 '
    || rule_num(i.score) || '/' || rule_num(i.weight) || '）' AS message_zh,
  'Indicator "' || rule_t(i.name) || '" (' || rule_t(i.level2) || '): target ' || rule_t(i.target_raw) || ' answered with "' || rule_t(i.actual_raw)
    || '", no figure (scored ' || rule_num(i.score) || '/' || rule_num(i.weight) || ')' AS message_en,
  ${evidenceSql([
    ['target_raw', 'str', 'i.target_raw'],
    ['actual_raw', 'str', 'i.actual_raw'],
    ['actual_kind', 'str', 'i.actual_kind'],
    ['weight', 'num', 'i.weight'],
    ['score', 'num', 'i.score'],
  ])} AS evidence
FROM indicators i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE ${boilerplateForNumericSql('i')}`,
};
