import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';
import { PAIR_MIN_SIMILARITY, PAIR_MIN_SIMILARITY_SAME_LEVEL } from '../../sql/indicatorPairs';
import { INDICATOR_PAIRS_CTES } from './indicatorPairs';

/** `plan.indicator_changed`: indicators of the published target table missing from the self-evaluation, or added to it. */
export const planIndicatorChanged: Rule = {
  id: 'plan.indicator_changed',
  title: { zh: '自评指标与公开目标表不一致', en: 'Indicators changed from the published target table' },
  severity: 'medium',
  rationale: {
    zh: '财预〔2020〕10号：绩效自评应对照批复（公开）的绩效目标开展，目标原则上不得随意调整。自评表删去了公开目标表中的指标（多为难以完成的），或新增了目标表中没有的指标（多为容易完成的），自评就不再是对原目标的评价。每项删去或新增的指标各提示一次。名称相近的两项视为同一指标（改名）：相似度（名称字符二元组的 Dice 系数）达到阈值，或同属一个二级指标且达到较低的阈值（群众满意度 → 群众和社会满意率，0.36）。',
    en: 'Cai Yu [2020] No. 10: a self-evaluation assesses the approved (published) targets, which may not be changed at will. A self-evaluation that drops indicators of the published target table (often the hard ones) or adds others (often easy ones) no longer evaluates the original plan. Each dropped or added indicator is flagged once. Two indicators with similar names are the same one, renamed: their similarity (Dice coefficient of the names’ character bigrams) reaches the threshold, or a lower one under the same level-2 category (群众满意度 → 群众和社会满意率, 0.36).',
  },
  params: [
    {
      key: 'plan.indicator_changed.min_similarity',
      default: PAIR_MIN_SIMILARITY,
      label: { zh: '同一指标的名称相似度不低于（也用于目标放宽）', en: 'Same indicator from a name similarity of (also for loosened targets)' },
      unit: '',
      min: 0,
      max: 1,
    },
    {
      key: 'plan.indicator_changed.min_similarity_same_level',
      default: PAIR_MIN_SIMILARITY_SAME_LEVEL,
      label: { zh: '同一二级指标下，名称相似度不低于即为改名', en: 'Under the same level-2 category, renamed from a similarity of' },
      unit: '',
      min: 0,
      max: 1,
    },
  ],
  usesProfile: false,
  sql: `
WITH ${INDICATOR_PAIRS_CTES},
added AS (
  SELECT ei.eval_id, ei.indicator_index, ei.target_table_id, ei.name, ei.target_raw, 'added' AS change
  FROM ei WHERE NOT EXISTS (SELECT 1 FROM pairs p WHERE p.eval_id = ei.eval_id AND p.e_index = ei.indicator_index)
), removed AS (
  SELECT ti.eval_id, ti.indicator_index, ti.target_table_id, ti.name, ti.target_raw, 'removed' AS change
  FROM ti WHERE NOT EXISTS (SELECT 1 FROM pairs p WHERE p.eval_id = ti.eval_id AND p.t_index = ti.indicator_index)
), changes AS (
  SELECT * FROM added UNION ALL SELECT * FROM removed
)
SELECT 'plan.indicator_changed:' || c.eval_id || ':' || c.change || ':' || CAST(c.indicator_index AS VARCHAR) AS flag_id,
  'plan.indicator_changed' AS rule_id, 'medium' AS severity, e.source_file, c.eval_id,
  CASE c.change WHEN 'added' THEN c.indicator_index END AS indicator_index, c.target_table_id, ${formNameSql('e')} AS project,
  CASE c.change
    WHEN 'added' THEN '自评指标「' || rule_t(c.name) || '」（' || rule_t(c.target_raw) || '）不在公开的绩效目标表「' || rule_t(t.project) || '」中，为新增指标'
    ELSE '公开的绩效目标表「' || rule_t(t.project) || '」中的指标「' || rule_t(c.name) || '」（' || rule_t(c.target_raw) || '）在自评表中被删去' END AS message_zh,
  CASE c.change
    WHEN 'added' THEN 'Indicator "' || rule_t(c.name) || '" (' || rule_t(c.target_raw) || ') is not in the published target table "' || rule_t(t.project) || '": added'
    ELSE 'Indicator "' || rule_t(c.name) || '" (' || rule_t(c.target_raw) || ') of the published target table "' || rule_t(t.project) || '" is missing from the self-evaluation' END AS message_en,
  ${evidenceSql([
    ['change', 'str', 'c.change'],
    ['indicator', 'str', 'c.name'],
    ['target_raw', 'str', 'c.target_raw'],
    ['target_table_id', 'str', 'c.target_table_id'],
    ['target_indicator_index', 'num', "CASE c.change WHEN 'removed' THEN c.indicator_index END"],
  ])} AS evidence
FROM changes c JOIN evaluations e ON e.eval_id = c.eval_id JOIN target_tables t ON t.target_table_id = c.target_table_id`,
};
