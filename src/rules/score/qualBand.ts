import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `score.qual_band`: a qualitative row scored outside the band of its stated result. */
export const scoreQualBand: Rule = {
  id: 'score.qual_band',
  title: { zh: '定性指标得分与完成情况不符', en: 'Qualitative score outside its band' },
  severity: 'medium',
  rationale: {
    zh: '按财预〔2020〕10号及财政部预算绩效管理系统的做法，定性指标分档计分：达成目标得分值的 80%–100%，部分达成 60%–80%，未达成 0–60%。实际完成情况写“未完成”却给高分（中），或写“达成”却给低分（低），得分与所述结果不符。',
    en: 'Under Cai Yu [2020] No. 10 as the finance ministry’s performance system implements it, qualitative indicators are scored in bands: achieved 80–100% of the weight, partly achieved 60–80%, not achieved 0–60%. A high score for a row that says it was not achieved (medium), or a low one for a row that says it was (low), contradicts its own result.',
  },
  params: [
    { key: 'score.qual_band.achieved_min', default: 80, label: { zh: '达成：不低于分值的', en: 'Achieved: at least' }, unit: '%', min: 0, max: 100 },
    { key: 'score.qual_band.partial_min', default: 60, label: { zh: '部分达成：不低于分值的', en: 'Partly achieved: at least' }, unit: '%', min: 0, max: 100 },
  ],
  usesProfile: false,
  sql: `
WITH f AS (
  SELECT i.*, i.score / i.weight AS ratio,
    rule_param('score.qual_band.achieved_min') / 100 AS a_min, rule_param('score.qual_band.partial_min') / 100 AS p_min,
    CASE
      WHEN regexp_matches(i.actual_raw, '未|没有|不合格|不满意|不及时|不达标|滞后|较差') THEN 'none'
      WHEN regexp_matches(i.actual_raw, '部分|基本|大部|一般') THEN 'partial'
      WHEN regexp_matches(i.actual_raw, '达成|完成|达到|实现|合规|合格|及时|满意|显著|明显|优秀|良好|有效|提升|提高|改善|增强')
        THEN 'met' END AS result
  FROM indicators i
  WHERE i.actual_kind IN ('qualitative', 'boilerplate') AND i.weight > 0 AND i.score IS NOT NULL
), g AS (
  SELECT f.*,
    CASE result WHEN 'met' THEN a_min WHEN 'partial' THEN p_min ELSE 0 END AS band_low,
    CASE result WHEN 'met' THEN 1 WHEN 'partial' THEN a_min ELSE p_min END AS band_high
  FROM f WHERE result IS NOT NULL
)
SELECT ${indicatorFlagColumns('score.qual_band', "CASE WHEN i.ratio > i.band_high THEN 'medium' ELSE 'low' END")},
  '定性指标「' || rule_t(i.name) || '」完成情况「' || rule_t(i.actual_raw) || '」（'
    || CASE i.result WHEN 'met' THEN '达成' WHEN 'partial' THEN '部分达成' ELSE '未达成' END || '，应得分值的 '
    || rule_num(i.band_low * 100) || '%–' || rule_num(i.band_high * 100) || '%），实得 ' || rule_num(i.score) || '/'
    || rule_num(i.weight) || ' 分（' || rule_pct(i.ratio) || '）' AS message_zh,
  'Qualitative indicator "' || rule_t(i.name) || '" reports "' || rule_t(i.actual_raw) || '" ('
    || CASE i.result WHEN 'met' THEN 'achieved' WHEN 'partial' THEN 'partly achieved' ELSE 'not achieved' END || ': '
    || rule_num(i.band_low * 100) || '–' || rule_num(i.band_high * 100) || '% of the weight), scored ' || rule_num(i.score) || '/'
    || rule_num(i.weight) || ' (' || rule_pct(i.ratio) || ')' AS message_en,
  ${evidenceSql([
    ['actual_raw', 'str', 'i.actual_raw'],
    ['result', 'str', 'i.result'],
    ['weight', 'num', 'i.weight'],
    ['score', 'num', 'i.score'],
    ['band_low', 'num', 'i.band_low'],
    ['band_high', 'num', 'i.band_high'],
  ])} AS evidence
FROM g AS i JOIN evaluations e ON e.eval_id = i.eval_id
WHERE i.ratio < i.band_low - 1e-9 OR i.ratio > i.band_high + 1e-9`,
};
