import { formNameSql } from '../../sql/formName';
import { executionRateSql, printedRateNoteSql } from '../../sql/executionRate';
import { evidenceSql, rulePct } from '../macros';
import type { Rule } from '../rule';

/** `form.no_total`: a self-evaluation without a total score. */
export const formNoTotal: Rule = {
  id: 'form.no_total',
  title: { zh: '自评表无总分', en: 'Form without a total score' },
  severity: 'low',
  rationale: {
    zh: '自评结果以总分和等级表示（财预〔2020〕10号第二十九条）。没有总分的自评表无法定级、无法与其他项目比较，也无法核对各项得分之和。',
    en: 'A self-evaluation’s result is its total score and grade (Cai Yu [2020] No. 10, art. 29). Without a total the form cannot be graded, compared with others, or checked against the sum of its scores.',
  },
  params: [],
  usesProfile: false,
  sql: `
SELECT 'form.no_total:' || e.eval_id AS flag_id, 'form.no_total' AS rule_id, 'low' AS severity, e.source_file, e.eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('e')} AS project,
  '自评表没有总分（第 ' || rule_v(e.line_start) || '–' || rule_v(e.line_end) || ' 行；全年预算 ' || rule_f2(e.budget_full_year) || ' 万元，执行率 '
    || rule_pct(${executionRateSql('e')}) || ${printedRateNoteSql('e', 'zh', rulePct)} || '）' AS message_zh,
  'The self-evaluation has no total score (lines ' || rule_v(e.line_start) || '–' || rule_v(e.line_end) || '; budget ' || rule_f2(e.budget_full_year)
    || ' CNY 10k, rate ' || rule_pct(${executionRateSql('e')}) || ${printedRateNoteSql('e', 'en', rulePct)} || ')' AS message_en,
  ${evidenceSql([
    ['budget_full_year', 'num', 'e.budget_full_year'],
    ['line_start', 'num', 'e.line_start'],
    ['line_end', 'num', 'e.line_end'],
  ])} AS evidence
FROM evaluations e
WHERE e.total_score IS NULL`,
};
