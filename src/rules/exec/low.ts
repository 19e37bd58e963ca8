import { formNameSql } from '../../sql/formName';
import { executionRateSql, printedRateNoteSql } from '../../sql/executionRate';
import { evidenceSql, rulePct } from '../macros';
import type { Rule } from '../rule';

/** `exec.low`: execution rate (B/A, else the printed rate; the printed one named where it differs) below the thresholds; 0% is `exec.zero`'s. */
export const execLow: Rule = {
  id: 'exec.low',
  title: { zh: '预算执行率偏低', en: 'Low budget execution' },
  severity: 'high',
  rationale: {
    zh: '《项目支出绩效评价管理办法》（财预〔2020〕10号）把预算执行率列为共性指标：资金下达后大部分未支出，说明项目进度滞后或预算编制脱离实际，应结合偏差说明核实。执行率低于高风险阈值（默认 60%）为高，低于关注阈值（默认 80%）为中。',
    en: 'The project-expenditure evaluation measures (Cai Yu [2020] No. 10) make the budget execution rate a common indicator: money allotted but mostly unspent means the project lagged or the budget was not realistic. Below the high threshold (default 60%) the flag is high, below the watch threshold (default 80%) medium.',
  },
  params: [
    { key: 'exec.low.high', default: 60, label: { zh: '高风险：执行率低于', en: 'High: rate below' }, unit: '%', min: 0, max: 100 },
    { key: 'exec.low.medium', default: 80, label: { zh: '关注：执行率低于', en: 'Medium: rate below' }, unit: '%', min: 0, max: 100 },
  ],
  usesProfile: false,
  sql: `
WITH f AS (
  SELECT e.*, ${executionRateSql('e')} AS rate,
    rule_param('exec.low.high') AS high_pct, rule_param('exec.low.medium') AS medium_pct
  FROM evaluations e
), g AS (
  SELECT f.*, CASE WHEN rate < high_pct / 100 - 1e-9 THEN 'high' ELSE 'medium' END AS sev
  FROM f WHERE rate > 0 AND rate < greatest(high_pct, medium_pct) / 100 - 1e-9
)
SELECT 'exec.low:' || eval_id AS flag_id, 'exec.low' AS rule_id, sev AS severity, source_file, eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('g')} AS project,
  '执行率 ' || rule_pct(rate) || '（' || rule_f2(executed) || '/' || rule_f2(budget_full_year) || ' 万元' || ${printedRateNoteSql('g', 'zh', rulePct)} || '），低于 '
    || rule_num(CASE sev WHEN 'high' THEN high_pct ELSE medium_pct END) || '%' AS message_zh,
  'Execution rate ' || rule_pct(rate) || ' (' || rule_f2(executed) || '/' || rule_f2(budget_full_year) || ' CNY 10k' || ${printedRateNoteSql('g', 'en', rulePct)} || '), below '
    || rule_num(CASE sev WHEN 'high' THEN high_pct ELSE medium_pct END) || '%' AS message_en,
  ${evidenceSql([
    ['execution_rate', 'num', 'rate'],
    ['executed', 'num', 'executed'],
    ['budget_full_year', 'num', 'budget_full_year'],
    ['threshold_pct', 'num', "CASE sev WHEN 'high' THEN high_pct ELSE medium_pct END"],
  ])} AS evidence
FROM g`,
};
