import { formNameSql } from '../../sql/formName';
import { evidenceSql } from '../macros';
import type { Rule } from '../rule';

/** `calc.grade`: the printed 评分等级 does not match the total score. */
export const calcGrade: Rule = {
  id: 'calc.grade',
  title: { zh: '评分等级与总分不符', en: 'Grade does not match the total' },
  severity: 'low',
  rationale: {
    zh: '财预〔2020〕10号第二十九条：评价结果采取评分和评级相结合的方式，总分 90（含）以上为优、80（含）–90 为良、60（含）–80 为中、60 以下为差。填报等级与总分对应的等级不一致，说明等级或总分有误。',
    en: 'Cai Yu [2020] No. 10, art. 29: results are scored and graded; 90 and above is excellent (优), 80–90 good (良), 60–80 fair (中), below 60 poor (差). A printed grade other than the one its total gives means the grade or the total is wrong.',
  },
  params: [
    { key: 'calc.grade.excellent', default: 90, label: { zh: '优：总分不低于', en: 'Excellent from' }, unit: '分', min: 0, max: 100 },
    { key: 'calc.grade.good', default: 80, label: { zh: '良：总分不低于', en: 'Good from' }, unit: '分', min: 0, max: 100 },
    { key: 'calc.grade.fair', default: 60, label: { zh: '中：总分不低于', en: 'Fair from' }, unit: '分', min: 0, max: 100 },
  ],
  usesProfile: false,
  sql: `
WITH f AS (
  SELECT e.*, left(trim(e.grade), 1) AS printed,
    CASE WHEN e.total_score >= rule_param('calc.grade.excellent') - 1e-9 THEN '优'
         WHEN e.total_score >= rule_param('calc.grade.good') - 1e-9 THEN '良'
         WHEN e.total_score >= rule_param('calc.grade.fair') - 1e-9 THEN '中'
         ELSE '差' END AS expected
  FROM evaluations e
  WHERE e.total_score IS NOT NULL AND left(trim(e.grade), 1) IN ('优', '良', '中', '差')
)
SELECT 'calc.grade:' || eval_id AS flag_id, 'calc.grade' AS rule_id, 'low' AS severity, source_file, eval_id,
  NULL::INTEGER AS indicator_index, NULL::VARCHAR AS target_table_id, ${formNameSql('f')} AS project,
  '评分等级填报「' || grade || '」，但总分 ' || rule_f2(total_score) || ' 对应「' || expected || '」' AS message_zh,
  'Grade printed as ' || grade || ', but a total of ' || rule_f2(total_score) || ' gives ' || expected AS message_en,
  ${evidenceSql([
    ['grade', 'str', 'grade'],
    ['total_score', 'num', 'total_score'],
    ['expected_grade', 'str', 'expected'],
  ])} AS evidence
FROM f WHERE printed <> expected`,
};
