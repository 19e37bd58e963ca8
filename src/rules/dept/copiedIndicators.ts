import { evidenceSql } from '../macros';
import { indicatorFlagColumns } from '../indicatorFlag';
import type { Rule } from '../rule';

/** `dept.copied_indicators`: the same indicator row (name + target + actual) across several of a department's projects. */
export const deptCopiedIndicators: Rule = {
  id: 'dept.copied_indicators',
  title: { zh: '多个项目指标雷同', en: 'Indicator rows copied across projects' },
  severity: 'low',
  rationale: {
    zh: '财预〔2021〕101号要求绩效指标体现项目特点、“一项目一指标”。同一部门同一年度多个项目（默认 ≥3 个）出现名称、目标值、完成值完全相同（按整理后的原文比较）的指标行，说明指标和完成情况是照抄的，未真实反映各项目的绩效。每个雷同的指标行各提示一次。',
    en: 'Cai Yu [2021] No. 101 asks for indicators specific to each project. The same indicator row — name, target and actual identical as printed (trimmed) — in several projects of one department and year (default 3 or more) was copied, not measured. Each copied row is flagged.',
  },
  params: [
    { key: 'dept.copied_indicators.min_projects', default: 3, label: { zh: '雷同项目数不少于', en: 'Projects at least' }, unit: '个', min: 2, max: 1000 },
  ],
  usesProfile: false,
  sql: `
WITH k AS (
  SELECT i.*, i.name || chr(31) || coalesce(i.target_raw, '') || chr(31) || i.actual_raw AS row_key
  FROM indicators i
  WHERE NOT rule_blank(i.name) AND NOT rule_blank(i.actual_raw)
), g AS (
  SELECT year, region, department, row_key, count(DISTINCT eval_id) AS projects
  FROM k GROUP BY year, region, department, row_key
)
SELECT ${indicatorFlagColumns('dept.copied_indicators', "'low'")},
  '指标「' || rule_t(i.name) || '」目标 ' || rule_t(i.target_raw) || '、完成值 ' || rule_t(i.actual_raw) || ' 在' || rule_t(i.department) || ' '
    || rule_v(i.year) || ' 年的 ' || g.projects || ' 个项目中完全相同' AS message_zh,
  'Indicator "' || rule_t(i.name) || '" with target ' || rule_t(i.target_raw) || ' and actual ' || rule_t(i.actual_raw) || ' is identical in '
    || g.projects || ' projects of ' || rule_t(i.department) || ' in ' || rule_v(i.year) AS message_en,
  ${evidenceSql([
    ['name', 'str', 'i.name'],
    ['target_raw', 'str', 'i.target_raw'],
    ['actual_raw', 'str', 'i.actual_raw'],
    ['projects', 'num', 'g.projects'],
  ])} AS evidence
FROM k AS i
JOIN g ON g.year IS NOT DISTINCT FROM i.year AND g.region IS NOT DISTINCT FROM i.region AND g.department IS NOT DISTINCT FROM i.department AND g.row_key = i.row_key
JOIN evaluations e ON e.eval_id = i.eval_id
WHERE g.projects >= rule_param('dept.copied_indicators.min_projects')`,
};
