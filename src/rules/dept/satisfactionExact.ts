import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `dept.satisfaction_exact`: satisfaction actuals equal to the target or to 100% on most of a department's projects. */
export const deptSatisfactionExact: Rule = {
  id: 'dept.satisfaction_exact',
  title: { zh: '满意度完成值恰等于目标或 100%', en: 'Satisfaction exactly at target or 100%' },
  severity: 'low',
  rationale: {
    zh: '满意度应来自问卷调查（财预〔2020〕10号：满意度指标需有调查依据）。一个部门同一年度的大多数项目（默认 ≥80%，至少 3 个）满意度完成值恰好等于目标值或 100%，说明数字多为估填而非调查所得。这些满意度指标行各提示一次。',
    en: 'Satisfaction must come from a survey (Cai Yu [2020] No. 10: satisfaction indicators need survey evidence). When most of a department’s projects in a year (default ≥ 80%, at least 3) report satisfaction exactly at the target or at 100%, the figures were estimated rather than surveyed. Each such satisfaction row is flagged.',
  },
  params: [
    { key: 'dept.satisfaction_exact.share', default: 80, label: { zh: '项目占比不低于', en: 'Share of projects at least' }, unit: '%', min: 0, max: 100 },
    { key: 'dept.satisfaction_exact.min_projects', default: 3, label: { zh: '有满意度指标的项目不少于', en: 'Projects with satisfaction at least' }, unit: '个', min: 1, max: 1000 },
  ],
  usesProfile: false,
  sql: `
WITH s AS (
  SELECT i.*, coalesce(i.actual_kind = 'numeric' AND (
      (abs(i.actual_value - i.target_value) <= 1e-9 AND rule_comparable(i.target_unit, i.actual_unit))
      OR (abs(i.actual_value - 100) <= 1e-9 AND i.actual_unit = '%')), false) AS exact
  FROM indicators i
  WHERE i.level2 = '服务对象满意度指标' OR i.level1 = '满意度指标'
), p AS (
  SELECT year, region, department, eval_id, bool_or(exact) AS exact FROM s GROUP BY year, region, department, eval_id
), d AS (
  SELECT year, region, department, count(*) AS projects, count(*) FILTER (WHERE exact) AS exact_projects
  FROM p GROUP BY year, region, department
)
SELECT ${indicatorFlagColumns('dept.satisfaction_exact', "'low'")},
  '满意度指标「' || rule_t(i.name) || '」目标 ' || rule_t(i.target_raw) || '、完成值 ' || rule_t(i.actual_raw) || '；' || rule_t(i.department) || ' '
    || rule_v(i.year) || ' 年有满意度指标的 ' || d.projects || ' 个项目中 ' || d.exact_projects || ' 个恰等于目标或 100%' AS message_zh,
  'Satisfaction "' || rule_t(i.name) || '": target ' || rule_t(i.target_raw) || ', actual ' || rule_t(i.actual_raw) || '; '
    || d.exact_projects || ' of ' || d.projects || ' projects of ' || rule_t(i.department) || ' in ' || rule_v(i.year)
    || ' with a satisfaction indicator report exactly the target or 100%' AS message_en,
  ${evidenceSql([
    ['target_value', 'num', 'i.target_value'],
    ['actual_value', 'num', 'i.actual_value'],
    ['projects', 'num', 'd.projects'],
    ['exact_projects', 'num', 'd.exact_projects'],
  ])} AS evidence
FROM s AS i
JOIN d ON d.year IS NOT DISTINCT FROM i.year AND d.region IS NOT DISTINCT FROM i.region AND d.department IS NOT DISTINCT FROM i.department
JOIN evaluations e ON e.eval_id = i.eval_id
WHERE i.exact AND d.projects >= rule_param('dept.satisfaction_exact.min_projects')
  AND d.exact_projects >= d.projects * rule_param('dept.satisfaction_exact.share') / 100 - 1e-9`,
};
