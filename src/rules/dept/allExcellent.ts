import { formNameSql } from '../../sql/formName';
import { executionRateSql } from '../../sql/executionRate';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `dept.all_excellent`: a department grading almost everything 优 while executing below its region's mean. */
export const deptAllExcellent: Rule = {
  id: 'dept.all_excellent',
  title: { zh: '部门自评几乎全优而执行率低于地区均值', en: 'Department grades almost all excellent, executes below its region' },
  severity: 'medium',
  rationale: {
    zh: '财预〔2020〕10号要求财政部门对部门自评结果抽查复核。一个部门的项目几乎全部自评为“优”（默认 ≥90%），而其平均执行率低于同年同地区各部门项目的平均水平，说明该部门自评口径偏松，应作为抽查重点。该部门当年的每张自评表各提示一次。',
    en: 'Cai Yu [2020] No. 10 has the finance bureau spot-check departments’ self-evaluations. A department that grades almost all its projects excellent (default ≥ 90%) while its mean execution rate is below that of all projects in its region and year grades too leniently and is a first candidate for review. Each of its forms that year is flagged.',
  },
  params: [
    { key: 'dept.all_excellent.share', default: 90, label: { zh: '“优”占比不低于', en: 'Share of excellent at least' }, unit: '%', min: 0, max: 100 },
    { key: 'dept.all_excellent.min_forms', default: 3, label: { zh: '部门自评表不少于', en: 'Department forms at least' }, unit: '个', min: 1, max: 1000 },
  ],
  usesProfile: false,
  sql: `
WITH f AS (
  SELECT e.*, ${executionRateSql('e')} AS rate,
    CASE WHEN left(trim(e.grade), 1) IN ('优', '良', '中', '差') THEN left(trim(e.grade), 1) = '优'
         ELSE e.total_score >= rule_param('calc.grade.excellent') - 1e-9 END AS excellent
  FROM evaluations e
  WHERE e.total_score IS NOT NULL OR e.grade IS NOT NULL
), d AS (
  SELECT year, region, department, count(*) AS forms, avg(CASE WHEN excellent THEN 1.0 ELSE 0.0 END) AS share, avg(rate) AS mean_rate
  FROM f GROUP BY year, region, department
), r AS (
  SELECT year, region, avg(rate) AS region_rate FROM f GROUP BY year, region
), flagged AS (
  SELECT d.*, r.region_rate FROM d JOIN r ON r.year IS NOT DISTINCT FROM d.year AND r.region IS NOT DISTINCT FROM d.region
  WHERE d.forms >= rule_param('dept.all_excellent.min_forms') AND d.share >= rule_param('dept.all_excellent.share') / 100 - 1e-9
    AND d.mean_rate < r.region_rate - 1e-9
)
SELECT 'dept.all_excellent:' || f.eval_id AS flag_id, 'dept.all_excellent' AS rule_id, 'medium' AS severity, f.source_file, f.eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('f')} AS project,
  rule_t(f.department) || ' ' || rule_v(f.year) || ' 年 ' || g.forms || ' 张自评表中“优”占 ' || rule_pct(g.share) || '，平均执行率 '
    || rule_pct(g.mean_rate) || '，低于' || rule_t(f.region) || '各部门平均 ' || rule_pct(g.region_rate) AS message_zh,
  rule_t(f.department) || ' ' || rule_v(f.year) || ': ' || rule_pct(g.share) || ' of ' || g.forms || ' self-evaluations excellent, mean execution '
    || rule_pct(g.mean_rate) || ', below the ' || rule_t(f.region) || ' mean of ' || rule_pct(g.region_rate) AS message_en,
  ${evidenceSql([
    ['department', 'str', 'f.department'],
    ['forms', 'num', 'g.forms'],
    ['excellent_share', 'num', 'g.share'],
    ['mean_rate', 'num', 'g.mean_rate'],
    ['region_rate', 'num', 'g.region_rate'],
  ])} AS evidence
FROM f JOIN flagged g ON g.year IS NOT DISTINCT FROM f.year AND g.region IS NOT DISTINCT FROM f.region AND g.department IS NOT DISTINCT FROM f.department`,
};
