import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `dept.score_outlier`: a department's mean total far above its peers' (same year and region). */
export const deptScoreOutlier: Rule = {
  id: 'dept.score_outlier',
  title: { zh: '部门平均自评分显著高于同级', en: 'Department mean score far above its peers' },
  severity: 'low',
  rationale: {
    zh: '同一地区、同一年度各部门执行同一套评价办法（财预〔2020〕10号），平均自评分应大致可比。一个部门的平均总分高出其他部门平均值 2 个标准差以上，更可能是评分尺度宽松而非绩效突出，应抽查复核。该部门当年的每张自评表各提示一次。',
    en: 'Departments of one region and year apply the same evaluation rules (Cai Yu [2020] No. 10), so their mean self-scores should be comparable. A department whose mean total is more than 2 standard deviations above the other departments’ mean more likely scores leniently than performs exceptionally. Each of its forms that year is flagged.',
  },
  params: [
    { key: 'dept.score_outlier.sigma', default: 2, label: { zh: '高出同级均值的标准差倍数', en: 'Standard deviations above peers' }, unit: 'σ', min: 0, max: 10 },
    { key: 'dept.score_outlier.min_peers', default: 3, label: { zh: '同级部门不少于', en: 'Peer departments at least' }, unit: '个', min: 2, max: 1000 },
  ],
  usesProfile: false,
  sql: `
WITH d AS (
  SELECT year, region, department, avg(total_score) AS mean_score
  FROM evaluations WHERE total_score IS NOT NULL GROUP BY year, region, department
), p AS (
  SELECT a.year, a.region, a.department, a.mean_score, avg(b.mean_score) AS peer_mean, stddev_samp(b.mean_score) AS peer_sd, count(*) AS peers
  FROM d a JOIN d b ON b.year IS NOT DISTINCT FROM a.year AND b.region IS NOT DISTINCT FROM a.region AND b.department IS DISTINCT FROM a.department
  GROUP BY a.year, a.region, a.department, a.mean_score
), flagged AS (
  SELECT * FROM p
  WHERE peers >= rule_param('dept.score_outlier.min_peers') AND peer_sd > 0
    AND mean_score > peer_mean + rule_param('dept.score_outlier.sigma') * peer_sd + 1e-9
)
SELECT 'dept.score_outlier:' || e.eval_id AS flag_id, 'dept.score_outlier' AS rule_id, 'low' AS severity, e.source_file, e.eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('e')} AS project,
  rule_t(e.department) || ' ' || rule_v(e.year) || ' 年平均自评总分 ' || rule_f2(g.mean_score) || '，同级 ' || g.peers || ' 个部门平均 '
    || rule_f2(g.peer_mean) || '（标准差 ' || rule_f2(g.peer_sd) || '），高出 ' || rule_f2((g.mean_score - g.peer_mean) / g.peer_sd) || ' 个标准差' AS message_zh,
  rule_t(e.department) || ' ' || rule_v(e.year) || ': mean self-score ' || rule_f2(g.mean_score) || ', ' || g.peers || ' peer departments average '
    || rule_f2(g.peer_mean) || ' (sd ' || rule_f2(g.peer_sd) || '), ' || rule_f2((g.mean_score - g.peer_mean) / g.peer_sd) || ' sd above' AS message_en,
  ${evidenceSql([
    ['department', 'str', 'e.department'],
    ['mean_score', 'num', 'g.mean_score'],
    ['peer_mean', 'num', 'g.peer_mean'],
    ['peer_sd', 'num', 'g.peer_sd'],
    ['peers', 'num', 'g.peers'],
  ])} AS evidence
FROM evaluations e JOIN flagged g ON g.year IS NOT DISTINCT FROM e.year AND g.region IS NOT DISTINCT FROM e.region AND g.department IS NOT DISTINCT FROM e.department`,
};
