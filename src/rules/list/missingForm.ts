import { bigramSimilaritySql, coreNameSql } from '../../sql/nameSimilarity';
import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `list.missing_form`: a project on a document's list (清单) with no form of that document. */
export const listMissingForm: Rule = {
  id: 'list.missing_form',
  title: { zh: '清单项目缺少表单', en: 'Listed project without a form' },
  severity: 'medium',
  rationale: {
    zh: '财预〔2020〕10号要求纳入自评范围的项目全部开展自评、结果随决算公开。文件开头清单列出的项目，在同一文件中找不到对应的自评表（目标公开清单则找不到目标表），说明有项目未评或未公开。名称按去掉“经费”“专项”“项目”等通用词后的字符二元组相似度匹配。',
    en: 'Cai Yu [2020] No. 10 requires every project in scope to be self-evaluated and the results published with the final accounts. A project on a document’s list with no self-evaluation (or, for a target list, no target table) in the same document was not evaluated or not published. Names are matched by character-bigram similarity after dropping generic words such as 经费, 专项, 项目.',
  },
  params: [
    { key: 'list.missing_form.min_similarity', default: 0.5, label: { zh: '名称相似度不低于即视为同一项目', en: 'Same project from a name similarity of' }, unit: '', min: 0, max: 1 },
  ],
  usesProfile: false,
  sql: `
WITH entries AS (
  SELECT coalesce(source_file, '') || '#' || coalesce(list_kind, '') || '#' || coalesce(CAST(seq AS VARCHAR), 'L' || CAST(line AS VARCHAR), project) AS k, *
  FROM project_lists WHERE project IS NOT NULL
), forms AS (
  -- Matched on the name as printed where it was not read cleanly; named in the message as every view names the form.
  SELECT source_file, 'self_evaluation' AS list_kind, eval_id AS k, coalesce(project, project_raw) AS name, ${formNameSql('x')} AS label FROM evaluations x
  UNION ALL
  SELECT source_file, 'target', target_table_id, coalesce(project, project_raw), ${formNameSql('x', 'target_table_id')} FROM target_tables x
), scored AS (
  SELECT s.a AS k, f.label AS form_name, s.similarity FROM (
  ${bigramSimilaritySql(
    `SELECT source_file || '#' || list_kind AS grp, k, ${coreNameSql('project')} AS name FROM entries`,
    `SELECT source_file || '#' || list_kind AS grp, k, ${coreNameSql('name')} AS name FROM forms`,
  )}) s JOIN forms f ON f.k = s.b
), best AS (
  SELECT k, arg_max(form_name, similarity) AS form_name, max(similarity) AS similarity FROM scored GROUP BY k
)
SELECT 'list.missing_form:' || l.k AS flag_id, 'list.missing_form' AS rule_id, 'medium' AS severity, l.source_file,
  NULL::VARCHAR AS eval_id, NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, l.project,
  CASE l.list_kind WHEN 'target' THEN '目标公开清单' ELSE '自评表清单' END || '第 ' || rule_v(l.seq) || ' 项「' || l.project || '」'
    || CASE WHEN l.amount IS NULL THEN '' ELSE '（' || rule_f2(l.amount) || ' 万元）' END || '在本文件中没有对应的'
    || CASE l.list_kind WHEN 'target' THEN '绩效目标表' ELSE '自评表' END
    || CASE WHEN b.form_name IS NULL THEN '' ELSE '（最相近的是「' || b.form_name || '」，相似度 ' || rule_f2(b.similarity) || '）' END AS message_zh,
  'Item ' || rule_v(l.seq) || ' of the ' || CASE l.list_kind WHEN 'target' THEN 'target list' ELSE 'self-evaluation list' END || ', "' || l.project || '"'
    || CASE WHEN l.amount IS NULL THEN '' ELSE ' (' || rule_f2(l.amount) || ' CNY 10k)' END || ', has no '
    || CASE l.list_kind WHEN 'target' THEN 'target table' ELSE 'self-evaluation' END || ' in this document'
    || CASE WHEN b.form_name IS NULL THEN '' ELSE ' (closest: "' || b.form_name || '", similarity ' || rule_f2(b.similarity) || ')' END AS message_en,
  ${evidenceSql([
    ['list_kind', 'str', 'l.list_kind'],
    ['seq', 'num', 'l.seq'],
    ['line', 'num', 'l.line'],
    ['amount', 'num', 'l.amount'],
    ['closest', 'str', 'b.form_name'],
    ['similarity', 'num', 'b.similarity'],
  ])} AS evidence
FROM entries l LEFT JOIN best b ON b.k = l.k
WHERE coalesce(b.similarity, 0) < rule_param('list.missing_form.min_similarity') - 1e-9`,
};
