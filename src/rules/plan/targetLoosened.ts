import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';
import { LOOSENED_TARGET_CHANGES, targetChangeSql } from '../../sql/indicatorPairs';
import { INDICATOR_PAIRS_CTES } from './indicatorPairs';

/** `plan.target_loosened`: the same indicator with a weaker target in the self-evaluation than published. */
export const planTargetLoosened: Rule = {
  id: 'plan.target_loosened',
  title: { zh: '自评时目标被放宽', en: 'Target loosened in the self-evaluation' },
  severity: 'medium',
  rationale: {
    zh: '财预〔2020〕10号：自评对照的应是批复的绩效目标。同一指标在自评表中的目标比公开的目标表宽松——正向指标下限降低、反向指标上限提高（如成本 ≤182.31万元 改为 ≤182.68万元），或数值目标换成了文字（如公众满意度 ≥95% 改为“满意”）——完成情况就被按放宽后的标准评价了。',
    en: 'Cai Yu [2020] No. 10: a self-evaluation measures against the approved targets. When the same indicator carries an easier target than in the published table — a lower floor for a positive target, a higher ceiling for a negative one (cost ≤182.31 published, ≤182.68 evaluated), or a figure replaced by a word (satisfaction ≥95% published, 满意 evaluated) — the result was judged against a loosened standard.',
  },
  params: [],
  usesProfile: false,
  sql: `
WITH ${INDICATOR_PAIRS_CTES},
compared AS (
  SELECT p.eval_id, p.e_index, ei.target_table_id, ei.name, ei.target_raw AS eval_target, ti.target_raw AS published_target,
    ${targetChangeSql('ti', 'ei')} AS change
  FROM pairs p
  JOIN ei ON ei.eval_id = p.eval_id AND ei.indicator_index = p.e_index
  JOIN ti ON ti.eval_id = p.eval_id AND ti.indicator_index = p.t_index
), loosened AS (
  SELECT *, change AS loosening FROM compared WHERE change IN (${LOOSENED_TARGET_CHANGES.map((c) => `'${c}'`).join(', ')})
)
SELECT 'plan.target_loosened:' || c.eval_id || ':' || CAST(c.e_index AS VARCHAR) AS flag_id, 'plan.target_loosened' AS rule_id,
  'medium' AS severity, e.source_file, c.eval_id, c.e_index AS indicator_index, c.target_table_id, ${formNameSql('e')} AS project,
  '指标「' || rule_t(c.name) || '」公开目标 ' || rule_t(c.published_target) || '，自评目标 ' || rule_t(c.eval_target)
    || CASE c.loosening WHEN 'word' THEN '（数值目标换成了文字）' WHEN 'lower' THEN '（下限降低）' ELSE '（上限提高）' END AS message_zh,
  'Indicator "' || rule_t(c.name) || '": published target ' || rule_t(c.published_target) || ', evaluated against ' || rule_t(c.eval_target)
    || CASE c.loosening WHEN 'word' THEN ' (a figure replaced by a word)' WHEN 'lower' THEN ' (floor lowered)' ELSE ' (ceiling raised)' END AS message_en,
  ${evidenceSql([
    ['published_target', 'str', 'c.published_target'],
    ['evaluated_target', 'str', 'c.eval_target'],
    ['loosening', 'str', 'c.loosening'],
    ['target_table_id', 'str', 'c.target_table_id'],
  ])} AS evidence
FROM loosened c JOIN evaluations e ON e.eval_id = c.eval_id`,
};
