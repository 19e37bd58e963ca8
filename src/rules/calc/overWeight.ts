import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `calc.over_weight`: a score above its weight (an indicator, the funds row or the total). */
export const calcOverWeight: Rule = {
  id: 'calc.over_weight',
  title: { zh: '得分超过分值', en: 'Score above its weight' },
  severity: 'medium',
  rationale: {
    zh: '任何一项的得分都不能超过它的分值（财预〔2020〕10号：指标得分以权重为上限），总分不能超过总分分值。超出说明分值或得分填错，或存在超额加分。',
    en: 'No item can score more than its weight (Cai Yu [2020] No. 10: an indicator’s score is capped by its weight), nor the total more than the total weight. A score above the weight is a wrong figure or an illegitimate bonus.',
  },
  params: [],
  usesProfile: false,
  sql: `
WITH parts AS (
  SELECT i.eval_id, i.indicator_index, 'indicator' AS part, i.name, i.weight, i.score FROM indicators i
  UNION ALL
  SELECT e.eval_id, NULL, 'funds', '预算执行率', e.execution_weight, e.execution_score FROM evaluations e
  UNION ALL
  SELECT e.eval_id, NULL, 'total', '总分', e.total_weight, e.total_score FROM evaluations e
), f AS (
  SELECT p.*, e.source_file, ${formNameSql('e')} AS project
  FROM parts p JOIN evaluations e ON e.eval_id = p.eval_id
  WHERE p.score > p.weight + 1e-9
)
SELECT 'calc.over_weight:' || eval_id || ':' || coalesce(CAST(indicator_index AS VARCHAR), part) AS flag_id,
  'calc.over_weight' AS rule_id, 'medium' AS severity, source_file, eval_id, indicator_index,
  NULL::VARCHAR AS target_table_id, project,
  CASE part WHEN 'indicator' THEN '指标「' || rule_t(name) || '」' WHEN 'funds' THEN '预算执行率' ELSE '总分' END
    || '得分 ' || rule_num(score) || ' 超过其分值 ' || rule_num(weight) AS message_zh,
  CASE part WHEN 'indicator' THEN 'Indicator "' || rule_t(name) || '"' WHEN 'funds' THEN 'The execution row' ELSE 'The total' END
    || ' scored ' || rule_num(score) || ', above its weight of ' || rule_num(weight) AS message_en,
  ${evidenceSql([
    ['part', 'str', 'part'],
    ['weight', 'num', 'weight'],
    ['score', 'num', 'score'],
  ])} AS evidence
FROM f`,
};
