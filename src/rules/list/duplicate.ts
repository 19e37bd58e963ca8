import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `list.duplicate`: one project name with several forms in the same year and department (one finding per group). */
export const listDuplicate: Rule = {
  id: 'list.duplicate',
  title: { zh: '同名项目多张自评表', en: 'One project name, several forms' },
  severity: 'medium',
  rationale: {
    zh: '一个项目一年应只有一张自评表（财预〔2020〕10号：以项目为单位开展自评）。同一部门同一年度出现同名的多张自评表（金额往往不同），可能是重复申报、拆分项目或表单张冠李戴，需核实各自对应的资金。每组同名表只提示一次（记在文件中靠前的一张上，证据列出全部表号），组内每张表的详情页都显示这条线索。',
    en: 'A project has one self-evaluation a year (Cai Yu [2020] No. 10: self-evaluation is per project). Several forms with the same project name in one department and year (often with different amounts) may be a duplicate, a split project or a mislabelled form; the money behind each must be checked. Each group is one finding (on its first form in document order, the evidence listing every form of it), shown in the drill-down of each of its forms.',
  },
  params: [],
  usesProfile: false,
  sql: `
WITH f AS (
  SELECT * FROM (SELECT e.*, rule_norm(e.project) AS norm FROM evaluations e WHERE e.project IS NOT NULL) WHERE norm <> ''
), g AS (
  SELECT year, region, department, norm, count(*) AS forms,
    (list(eval_id ORDER BY source_file, form_index))[1] AS first_eval_id,
    '[' || string_agg(rule_jstr(eval_id), ',' ORDER BY source_file, form_index) || ']' AS eval_ids,
    '[' || string_agg(rule_jnum(budget_full_year), ',' ORDER BY source_file, form_index) || ']' AS budgets,
    string_agg('#' || rule_v(form_index) || '（' || rule_f2(budget_full_year) || ' 万元）', '、' ORDER BY source_file, form_index) AS list_zh,
    string_agg('#' || rule_v(form_index) || ' (' || rule_f2(budget_full_year) || ')', ', ' ORDER BY source_file, form_index) AS list_en
  FROM f GROUP BY year, region, department, norm HAVING count(*) > 1
)
SELECT 'list.duplicate:' || f.eval_id AS flag_id, 'list.duplicate' AS rule_id, 'medium' AS severity, f.source_file, f.eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('f')} AS project,
  '项目「' || f.project || '」在' || rule_t(f.department) || ' ' || rule_v(f.year) || ' 年有 ' || g.forms || ' 张自评表：' || g.list_zh AS message_zh,
  'Project "' || f.project || '" has ' || g.forms || ' self-evaluations in ' || rule_t(f.department) || ' ' || rule_v(f.year) || ': forms ' || g.list_en
    || ' (full-year budget, CNY 10k)' AS message_en,
  ${evidenceSql([
    ['forms', 'num', 'g.forms'],
    ['eval_ids', 'json', 'g.eval_ids'],
    ['budgets_full_year', 'json', 'g.budgets'],
  ])} AS evidence
FROM g JOIN f ON f.eval_id = g.first_eval_id`,
};
