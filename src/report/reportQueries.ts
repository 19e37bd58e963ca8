import type { SqlParam } from '../db/connection';
import type { Localized } from '../i18n/lang';
import { filterClause } from '../query/filterClause';
import type { Filters } from '../query/filters';
import { departmentLabelSql } from '../query/labels';
import { executionRateSql, printedRateDiffersSql } from '../sql/executionRate';
import { formNameSql } from '../sql/formName';
import { REVIEW_NOTES_TABLE, findingNoteJoinSql } from '../review/reviewSql';
import { execExpectedSql, formulaAppliesSql, indicatorExpectedSql } from '../sql/scoringSql';
import type { RuleSettings } from '../rules/settings';
import { FINDINGS_RELATION } from '../findings/findingsRelation';
import { FINDING_KINDS, type FindingKind } from './findingKinds';

/**
 * Every figure of the review report is one of these queries over the contract tables (and
 * `flags`, `review_notes`): the report prints what they return, and the working paper lists
 * their SQL and parameters so another auditor can rerun each one.
 */
export interface ReportQuery {
  id: string;
  title: Localized;
  sql: string;
  params: SqlParam[];
}

/** The report's queries for the filters and rule settings in force, by role. */
export interface ReportQueries {
  totals: ReportQuery;
  documents: ReportQuery;
  grades: ReportQuery;
  scoreSummary: ReportQuery;
  scoreVsFormula: ReportQuery;
  rateHistogram: ReportQuery;
  /** Findings per rule and review status, then the totals row (rule_id NULL). */
  findingsByRule: ReportQuery;
  /** Findings and confirmed findings per kind of `FINDING_KINDS`, in its order. */
  kindCounts: ReportQuery;
  /** Every finding under the filters with its note: the working paper's sheet per rule. */
  findings: ReportQuery;
  /** One per finding kind, in `FINDING_KINDS` order. */
  kinds: { kind: FindingKind; query: ReportQuery }[];
  citedForms: ReportQuery;
}

/** Every query of the report, in the order the report uses them. */
export const allReportQueries = (q: ReportQueries): ReportQuery[] => [
  q.totals,
  q.documents,
  q.grades,
  q.scoreSummary,
  q.scoreVsFormula,
  q.rateHistogram,
  q.findingsByRule,
  q.kindCounts,
  q.findings,
  ...q.kinds.map((k) => k.query),
  q.citedForms,
];

/** The grade bands of 财预〔2020〕10号 as the settings have them (the `calc.grade` thresholds). */
const gradeBands = (s: RuleSettings): number[] => [s.params['calc.grade.excellent'] ?? 90, s.params['calc.grade.good'] ?? 80, s.params['calc.grade.fair'] ?? 60];

/** The scoring profile of each region as a VALUES list (region '*' is the default), with its parameters. */
function profilesCte(s: RuleSettings): { sql: string; params: SqlParam[] } {
  const rows: [string, string][] = [['*', s.defaultProfile], ...Object.entries(s.regionProfiles)];
  return { sql: `profiles(region, profile) AS (VALUES ${rows.map(() => '(?, ?)').join(', ')})`, params: rows.flat() };
}

const profileOfSql = (e: string) =>
  `coalesce((SELECT p.profile FROM profiles p WHERE p.region = ${e}.region), (SELECT p.profile FROM profiles p WHERE p.region = '*'))`;

/**
 * Each form with a total under the filters, with the score the practice's formulas give it:
 * the funds row by the region's scoring profile, each indicator the formula applies to by the
 * formula, the others as the form scored them.
 */
function formulaCtes(f: Filters, s: RuleSettings): { sql: string; params: SqlParam[] } {
  const e = filterClause(f, 'evaluation', 'e');
  const p = profilesCte(s);
  return {
    sql: `${p.sql},
      ind AS (
        SELECT i.eval_id, count(*)::INTEGER AS indicators,
          count(*) FILTER (WHERE ${formulaAppliesSql('i')})::INTEGER AS checked,
          sum(CASE WHEN ${formulaAppliesSql('i')} THEN ${indicatorExpectedSql('i')} ELSE i.score END) AS indicator_formula
        FROM indicators i GROUP BY i.eval_id
      ),
      scored AS (
        SELECT e.eval_id, ${formNameSql('e')} AS project, ${departmentLabelSql('e')} AS department, e.year, e.region,
          ${profileOfSql('e')} AS profile, e.total_score AS self_score, e.execution_score,
          ${execExpectedSql(profileOfSql('e'), 'e.execution_weight', executionRateSql('e'))} AS exec_formula,
          coalesce(ind.indicators, 0) AS indicators, coalesce(ind.checked, 0) AS checked, ind.indicator_formula
        FROM evaluations e LEFT JOIN ind ON ind.eval_id = e.eval_id
        WHERE e.total_score IS NOT NULL AND ${e.where}
      ),
      formula AS (
        SELECT scored.*, round(coalesce(exec_formula, execution_score, 0) + coalesce(indicator_formula, 0), 6) AS formula_score
        FROM scored
      )`,
    params: [...p.params, ...e.params],
  };
}

/** Findings (the findings view's relation, aliased `x`) with their notes (`n`), and the filter over them. */
function reviewedFindings(f: Filters): { from: string; where: string; params: SqlParam[] } {
  const c = filterClause(f, 'evaluation', 'x');
  return {
    from: `${FINDINGS_RELATION.from} AS x LEFT JOIN ${REVIEW_NOTES_TABLE} n ON ${findingNoteJoinSql('n', 'x')}`,
    where: c.where,
    params: c.params,
  };
}

const inList = (values: readonly string[]) => `(${values.map(() => '?').join(', ')})`;

/** The columns every finding row of the report carries: the finding, its form, its note. */
const FINDING_COLUMNS = `x.flag_id, x.rule_id, x.severity, x.message_zh, x.evidence, x.source_file, x.eval_id, x.indicator_index,
  x.target_table_id, coalesce(${formNameSql('e')}, x.project) AS project, coalesce(e.department, x.department) AS department,
  coalesce(e.year, x.year) AS year, n.status AS review_status, n.reason AS review_reason, n.note AS review_note`;

const KIND_COLUMNS: Record<FindingKind['columns'], string> = {
  form: `e.budget_full_year, e.executed, ${executionRateSql('e')} AS rate, e.execution_rate_reported AS rate_printed, ${printedRateDiffersSql('e')} AS rate_differs, e.total_score, e.grade`,
  indicator: 'i.name AS indicator, i.target_raw, i.actual_raw, i.weight, i.score',
  loosened: 'i.name AS indicator, i.target_raw AS evaluated_target',
  message: 'e.total_score',
};

const KIND_ORDER: Record<FindingKind['columns'], string> = {
  form: `${executionRateSql('e')} NULLS LAST, x.eval_id, x.rule_id`,
  indicator: 'x.eval_id, x.indicator_index',
  loosened: 'x.eval_id, x.indicator_index',
  message: 'x.eval_id, x.rule_id',
};

function kindQuery(kind: FindingKind, f: Filters): ReportQuery {
  const from = reviewedFindings(f);
  return {
    id: `findings.${kind.id}`,
    title: kind.title,
    sql: `SELECT ${FINDING_COLUMNS}, ${KIND_COLUMNS[kind.columns]}
      FROM ${from.from}
        LEFT JOIN evaluations e ON e.eval_id = x.eval_id
        LEFT JOIN indicators i ON i.eval_id = x.eval_id AND i.indicator_index = x.indicator_index
      WHERE x.rule_id IN ${inList(kind.rules)} AND ${from.where}
      ORDER BY ${KIND_ORDER[kind.columns]}`,
    params: [...kind.rules, ...from.params],
  };
}

/** The report's queries for the filters and rule settings in force. */
export function reportQueries(f: Filters, s: RuleSettings): ReportQueries {
  const e = filterClause(f, 'evaluation', 'e');
  const t = filterClause(f, 'aggregate', 't');
  const formula = formulaCtes(f, s);
  const findings = reviewedFindings(f);
  const kinds = FINDING_KINDS.map((kind) => ({ kind, query: kindQuery(kind, f) }));
  const cited = FINDING_KINDS.flatMap((k) => k.rules);
  const kindRules: [number, string, string][] = FINDING_KINDS.flatMap((k, i) => k.rules.map((r): [number, string, string] => [i, k.id, r]));
  return {
    totals: {
      id: 'scope.totals',
      title: { zh: '复核范围：项目数、部门、资金与加权执行率', en: 'Scope: projects, departments, funds and weighted execution rate' },
      sql: `SELECT count(*)::INTEGER AS projects,
          count(DISTINCT e.department)::INTEGER AS departments,
          string_agg(DISTINCT CAST(e.year AS VARCHAR), '、' ORDER BY CAST(e.year AS VARCHAR)) AS years,
          string_agg(DISTINCT e.region, '、' ORDER BY e.region) AS regions,
          string_agg(DISTINCT e.department, '、' ORDER BY e.department) AS department_names,
          sum(e.budget_initial) AS budget_initial,
          sum(e.budget_full_year) AS budget_full_year,
          sum(e.executed) AS executed,
          sum(e.executed) FILTER (WHERE e.budget_full_year IS NOT NULL)
            / nullif(sum(e.budget_full_year) FILTER (WHERE e.executed IS NOT NULL), 0) AS weighted_rate,
          count(e.total_score)::INTEGER AS scored,
          count(*) FILTER (WHERE e.total_score IS NULL AND coalesce(left(trim(e.grade), 1) NOT IN ('优', '良', '中', '差'), true))::INTEGER AS ungraded,
          avg(e.total_score) AS mean_self_score,
          (SELECT count(*)::INTEGER FROM target_tables t WHERE ${t.where}) AS target_tables
        FROM evaluations e WHERE ${e.where}`,
      params: [...t.params, ...e.params],
    },
    documents: {
      id: 'scope.documents',
      title: { zh: '复核范围：文件', en: 'Scope: documents' },
      sql: `WITH forms AS (
          SELECT e.source_file, e.year, e.department, 1 AS evaluation, 0 AS target_table FROM evaluations e WHERE ${e.where}
          UNION ALL
          SELECT t.source_file, t.year, t.department, 0, 1 FROM target_tables t WHERE ${t.where}
        )
        SELECT f.source_file, string_agg(DISTINCT f.department, '、' ORDER BY f.department) AS departments,
          string_agg(DISTINCT CAST(f.year AS VARCHAR), '、' ORDER BY CAST(f.year AS VARCHAR)) AS years,
          sum(f.evaluation)::INTEGER AS evaluations, sum(f.target_table)::INTEGER AS target_tables,
          any_value(r.lines) AS lines, any_value(r.sha256) AS sha256
        FROM forms f LEFT JOIN ingest_report r ON r.source_file = f.source_file
        GROUP BY f.source_file ORDER BY f.source_file`,
      params: [...e.params, ...t.params],
    },
    grades: {
      id: 'results.grades',
      title: { zh: '自评等级分布（优/良/中/差）', en: 'Self-assessed grades (优/良/中/差)' },
      sql: `WITH g AS (
          SELECT CASE WHEN left(trim(e.grade), 1) IN ('优', '良', '中', '差') THEN left(trim(e.grade), 1)
                      WHEN e.total_score IS NULL THEN NULL
                      WHEN e.total_score >= ? - 1e-9 THEN '优' WHEN e.total_score >= ? - 1e-9 THEN '良'
                      WHEN e.total_score >= ? - 1e-9 THEN '中' ELSE '差' END AS grade,
            left(trim(e.grade), 1) IN ('优', '良', '中', '差') AS printed, e.budget_full_year
          FROM evaluations e WHERE ${e.where}
        )
        SELECT b.grade, count(g.grade)::INTEGER AS projects, count(g.grade) FILTER (WHERE g.printed)::INTEGER AS printed,
          sum(g.budget_full_year) AS budget_full_year
        FROM (VALUES (1, '优'), (2, '良'), (3, '中'), (4, '差')) AS b(pos, grade) LEFT JOIN g ON g.grade = b.grade
        GROUP BY b.pos, b.grade ORDER BY b.pos`,
      params: [...gradeBands(s), ...e.params],
    },
    scoreSummary: {
      id: 'results.score_summary',
      title: { zh: '自评总分与按计分规则重算的得分（平均）', en: 'Self-scores against the scoring formula (means)' },
      sql: `WITH ${formula.sql}
        SELECT count(*)::INTEGER AS forms, avg(self_score) AS mean_self_score, avg(formula_score) AS mean_formula_score,
          count(*) FILTER (WHERE self_score > formula_score + 0.5)::INTEGER AS above_formula,
          sum(checked)::INTEGER AS checked_indicators, sum(indicators)::INTEGER AS indicators
        FROM formula`,
      params: formula.params,
    },
    scoreVsFormula: {
      id: 'results.score_vs_formula',
      title: { zh: '各项目自评总分与按计分规则重算的得分', en: 'Each project’s self-score against the scoring formula' },
      sql: `WITH ${formula.sql}
        SELECT eval_id, project, department, year, profile, self_score, formula_score,
          round(self_score - formula_score, 6) AS difference, checked, indicators
        FROM formula ORDER BY self_score - formula_score DESC, eval_id`,
      params: formula.params,
    },
    rateHistogram: {
      id: 'results.rate_histogram',
      title: { zh: '执行率分布（按 10 个百分点分组）', en: 'Execution rates in 10-point bins' },
      sql: `WITH r AS (
          SELECT least(floor(${executionRateSql('e')} * 10), 10)::INTEGER AS bin
          FROM evaluations e WHERE ${executionRateSql('e')} IS NOT NULL AND ${e.where}
        )
        SELECT b.bin::INTEGER AS bin,
          CASE WHEN b.bin = 10 THEN '≥100%' ELSE CAST(b.bin * 10 AS VARCHAR) || '–' || CAST(b.bin * 10 + 10 AS VARCHAR) || '%' END AS label,
          count(r.bin)::INTEGER AS projects
        FROM range(0, 11) AS b(bin) LEFT JOIN r ON r.bin = b.bin
        GROUP BY b.bin ORDER BY b.bin`,
      params: e.params,
    },
    findingsByRule: {
      id: 'findings.by_rule',
      title: { zh: '各规则线索数及复核状态', en: 'Findings per rule and their review status' },
      sql: `SELECT x.rule_id, count(*)::INTEGER AS findings,
          count(*) FILTER (WHERE x.severity = 'high')::INTEGER AS high,
          count(*) FILTER (WHERE x.severity = 'medium')::INTEGER AS medium,
          count(*) FILTER (WHERE x.severity = 'low')::INTEGER AS low,
          count(*) FILTER (WHERE n.status = 'confirmed')::INTEGER AS confirmed,
          count(*) FILTER (WHERE n.status = 'dismissed')::INTEGER AS dismissed,
          count(*) FILTER (WHERE n.status = 'to_verify')::INTEGER AS to_verify,
          count(*) FILTER (WHERE n.status IS NULL)::INTEGER AS unreviewed
        FROM ${findings.from} WHERE ${findings.where}
        GROUP BY GROUPING SETS ((x.rule_id), ())
        ORDER BY grouping(x.rule_id), min(x.severity_rank), count(*) DESC, x.rule_id`,
      params: findings.params,
    },
    kindCounts: {
      id: 'findings.by_kind',
      title: { zh: '各类问题的线索数及复核确认数', en: 'Findings per kind and how many were confirmed' },
      sql: `WITH kinds(pos, kind, rule_id) AS (VALUES ${kindRules.map(() => '(?, ?, ?)').join(', ')}),
          f AS (SELECT x.rule_id, n.status FROM ${findings.from} WHERE ${findings.where})
        SELECT k.kind, count(f.rule_id)::INTEGER AS findings, count(*) FILTER (WHERE f.status = 'confirmed')::INTEGER AS confirmed
        FROM kinds k LEFT JOIN f ON f.rule_id = k.rule_id
        GROUP BY k.kind ORDER BY min(k.pos)`,
      params: [...kindRules.flat(), ...findings.params],
    },
    findings: {
      id: 'findings.all',
      title: { zh: '全部线索及复核意见（工作底稿各规则表）', en: 'Every finding and its review (the working paper’s rule sheets)' },
      sql: `SELECT x.flag_id, x.rule_id, x.severity, x.year, x.region, x.department, x.project, x.source_file, x.eval_id,
          x.indicator_index, x.target_table_id, x.message_zh, x.message_en, x.evidence,
          n.status AS review_status, n.reason AS review_reason, n.note AS review_note, n.updated_at AS review_updated_at
        FROM ${findings.from} WHERE ${findings.where}
        ORDER BY x.rule_id, x.severity_rank, x.year, x.department, x.flag_id`,
      params: findings.params,
    },
    kinds,
    citedForms: {
      id: 'appendix.cited_forms',
      title: { zh: '附件：所引自评表和目标表的原文行及对表的复核意见', en: 'Appendix: the source lines of the forms cited, and the notes on them' },
      sql: `WITH cited AS (SELECT DISTINCT x.eval_id, x.target_table_id FROM ${findings.from} WHERE ${findings.where} AND x.rule_id IN ${inList(cited)}),
        forms AS (
          SELECT '自评表' AS form_kind, e.eval_id AS form_id, ${formNameSql('e')} AS project, e.source_file, e.line_start, e.line_end
          FROM evaluations e WHERE e.eval_id IN (SELECT eval_id FROM cited)
          UNION ALL
          SELECT '绩效目标表', t.target_table_id, ${formNameSql('t', 'target_table_id')}, t.source_file, t.line_start, t.line_end
          FROM target_tables t WHERE t.target_table_id IN (SELECT target_table_id FROM cited)
        )
        SELECT forms.*, r.sha256, fn.status AS review_status, fn.reason AS review_reason, fn.note AS review_note
        FROM forms LEFT JOIN ingest_report r ON r.source_file = forms.source_file
          LEFT JOIN ${REVIEW_NOTES_TABLE} fn ON fn.kind = 'form' AND fn.subject_id = forms.form_id AND fn.source_sha256 = r.sha256
        ORDER BY forms.source_file, forms.line_start`,
      params: [...findings.params, ...cited],
    },
  };
}
