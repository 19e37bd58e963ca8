import { formNameSql } from '../../sql/formName';
import { printedRateToleranceSql } from '../../sql/executionRate';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/**
 * `calc.rate`: the printed 执行率 differs from B/A by more than its printed precision (the test every
 * screen uses to show the printed rate beside B/A: `printedRateDiffersSql`, with this rule's minimum).
 */
export const calcRate: Rule = {
  id: 'calc.rate',
  title: { zh: '执行率与 B/A 不符', en: 'Printed rate differs from B/A' },
  severity: 'medium',
  rationale: {
    zh: '财预〔2020〕10号附件的自评表把执行率定义为全年执行数（B）÷ 全年预算数（A）。按表上打印的精度四舍五入后仍与 B/A 不符（容差为末位数字的一个单位，至少 0.01 个百分点；如 93.79% 写作 94% 可以，20.40% 写作 20.04% 不行），说明数字抄错或执行率不是按表中数字计算的。',
    en: 'The self-evaluation form of Cai Yu [2020] No. 10 defines the execution rate as executed (B) ÷ full-year budget (A). A printed rate that differs from B/A by more than one unit of its last printed digit (at least 0.01 percentage points: 94% for 93.79% passes, 20.04% for 20.40% does not) was miscopied or not computed from the form’s own figures.',
  },
  params: [
    { key: 'calc.rate.min_tolerance', default: 0.01, label: { zh: '最小容差', en: 'Minimum tolerance' }, unit: 'pp', min: 0, max: 10 },
  ],
  usesProfile: false,
  sql: `
WITH g AS (
  SELECT e.*, ${printedRateToleranceSql('e', "rule_param('calc.rate.min_tolerance')")} AS tolerance
  FROM evaluations e
  WHERE e.execution_rate IS NOT NULL AND e.execution_rate_reported IS NOT NULL
)
SELECT 'calc.rate:' || eval_id AS flag_id, 'calc.rate' AS rule_id, 'medium' AS severity, source_file, eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('g')} AS project,
  '填报执行率 ' || coalesce(execution_rate_raw, rule_pct(execution_rate_reported)) || '，而 B/A = ' || rule_f2(executed) || '/'
    || rule_f2(budget_full_year) || ' = ' || rule_pct(execution_rate) || '，相差 ' || rule_f2(abs(execution_rate_reported - execution_rate) * 100)
    || ' 个百分点' AS message_zh,
  'Printed rate ' || coalesce(execution_rate_raw, rule_pct(execution_rate_reported)) || ', but B/A = ' || rule_f2(executed) || '/'
    || rule_f2(budget_full_year) || ' = ' || rule_pct(execution_rate) || ', off by ' || rule_f2(abs(execution_rate_reported - execution_rate) * 100)
    || ' percentage points' AS message_en,
  ${evidenceSql([
    ['execution_rate_raw', 'str', 'execution_rate_raw'],
    ['execution_rate_reported', 'num', 'execution_rate_reported'],
    ['execution_rate', 'num', 'execution_rate'],
    ['executed', 'num', 'executed'],
    ['budget_full_year', 'num', 'budget_full_year'],
    ['tolerance', 'num', 'tolerance'],
  ])} AS evidence
FROM g WHERE abs(execution_rate_reported - execution_rate) > tolerance + 1e-9`,
};
