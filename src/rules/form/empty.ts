import { formNameSql } from '../../sql/formName';
import { executionRateSql, printedRateNoteSql } from '../../sql/executionRate';
import { evidenceSql, rulePct } from '../macros';
import type { Rule } from '../rule';

/** `form.empty`: a self-evaluation with no indicators. */
export const formEmpty: Rule = {
  id: 'form.empty',
  title: { zh: '自评表无绩效指标', en: 'Form without indicators' },
  severity: 'medium',
  rationale: {
    zh: '自评表须列明产出、效益、满意度等绩效指标及其完成情况（财预〔2020〕10号附件）。没有任何指标（或只有“指标1：”之类的空占位），自评没有对象，总分也无从计算。',
    en: 'A self-evaluation lists its output, benefit and satisfaction indicators with their results (form of Cai Yu [2020] No. 10). With no indicator at all (or only empty placeholders such as 指标1：) there is nothing evaluated and no basis for a total.',
  },
  params: [],
  usesProfile: false,
  sql: `
SELECT 'form.empty:' || e.eval_id AS flag_id, 'form.empty' AS rule_id, 'medium' AS severity, e.source_file, e.eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('e')} AS project,
  '自评表没有任何绩效指标（全年预算 ' || rule_f2(e.budget_full_year) || ' 万元，执行率 ' || rule_pct(${executionRateSql('e')})
    || ${printedRateNoteSql('e', 'zh', rulePct)} || '，总分 ' || rule_f2(e.total_score) || '）' AS message_zh,
  'The self-evaluation has no indicators (budget ' || rule_f2(e.budget_full_year) || ' CNY 10k, rate '
    || rule_pct(${executionRateSql('e')}) || ${printedRateNoteSql('e', 'en', rulePct)} || ', total ' || rule_f2(e.total_score) || ')' AS message_en,
  ${evidenceSql([
    ['budget_full_year', 'num', 'e.budget_full_year'],
    ['total_score', 'num', 'e.total_score'],
    ['line_start', 'num', 'e.line_start'],
    ['line_end', 'num', 'e.line_end'],
  ])} AS evidence
FROM evaluations e
WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.eval_id = e.eval_id)`,
};
