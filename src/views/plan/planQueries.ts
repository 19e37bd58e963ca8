import type { SqlConnection, SqlParam } from '../../db/connection';
import { indicatorPairsCtes, LOOSENED_TARGET_CHANGES, targetChangeSql } from '../../sql/indicatorPairs';
import { parseSettings } from '../../rules/settings';

/** The thresholds the comparison pairs with: those of the rule settings in the URL, so the view and the `plan.*` findings agree. */
export interface PlanThresholds {
  minSimilarity: number;
  minSimilaritySameLevel: number;
  budgetTolerance: number;
}

export function planThresholds(ruleSettings: string): PlanThresholds {
  const params = parseSettings(ruleSettings).params;
  return {
    minSimilarity: params['plan.indicator_changed.min_similarity']!,
    minSimilaritySameLevel: params['plan.indicator_changed.min_similarity_same_level']!,
    budgetTolerance: params['plan.budget_changed.tolerance']!,
  };
}

/** The self-evaluation, the published target table linked to it, and their funds side by side. */
export interface PlanHead {
  eval_id: string;
  project: string | null;
  project_raw: string | null;
  year: number | null;
  region: string | null;
  department: string | null;
  eval_source_file: string | null;
  eval_line_start: number | null;
  eval_line_end: number | null;
  budget_initial: number | null;
  budget_full_year: number | null;
  executed: number | null;
  /** The form's execution rate as the contract computes it (executed ÷ full-year budget). */
  execution_rate: number | null;
  target_table_id: string | null;
  target_project: string | null;
  target_source_file: string | null;
  target_line_start: number | null;
  target_line_end: number | null;
  budget_total: number | null;
  budget_fiscal: number | null;
  budget_other: number | null;
  link_basis: string | null;
  link_similarity: number | null;
  /** 年度资金总额 − 年初预算数, and whether it exceeds the `plan.budget_changed` tolerance. */
  plan_vs_initial: number | null;
  plan_budget_changed: boolean;
  /** 全年预算数 − 年初预算数 (the budget adjusted during the year), and whether it is non-zero. */
  adjusted: number | null;
  budget_adjusted: boolean;
}

/** `paired`: the same indicator on both sides (`same` name or `renamed`); `removed`: only in the target table; `added`: only in the self-evaluation. */
export type PlanSection = 'paired' | 'removed' | 'added';
export type TargetChange = 'same' | 'word' | 'lower' | 'higher' | 'tighter' | 'changed';

export interface PlanRow {
  section: PlanSection;
  /** For pairs: `same` (one name) or `renamed`. */
  kind: 'same' | 'renamed' | null;
  similarity: number | null;
  same_level: boolean | null;
  target_change: TargetChange | null;
  loosened: boolean;
  t_index: number | null;
  t_level1: string | null;
  t_level2: string | null;
  t_name: string | null;
  t_target: string | null;
  t_line: number | null;
  e_index: number | null;
  e_level1: string | null;
  e_level2: string | null;
  e_name: string | null;
  e_target: string | null;
  e_actual: string | null;
  e_weight: number | null;
  e_score: number | null;
  e_line: number | null;
  /** The `plan.*` finding on this row (`plan.indicator_changed` for removed/added, `plan.target_loosened` for a loosened pair), if the rules gave one. */
  flag_id: string | null;
  flag_severity: string | null;
}

export interface SqlText {
  sql: string;
  params: SqlParam[];
}

/** The head: one row, or none when no form has that id (`target_*` NULL when no target table is linked). */
export function planHeadQuery(evalId: string, t: PlanThresholds): SqlText {
  return {
    sql: `SELECT e.eval_id, e.project, e.project_raw, e.year, e.region, e.department,
        e.source_file AS eval_source_file, e.line_start AS eval_line_start, e.line_end AS eval_line_end,
        e.budget_initial, e.budget_full_year, e.executed, e.execution_rate,
        t.target_table_id, t.project AS target_project, t.source_file AS target_source_file,
        t.line_start AS target_line_start, t.line_end AS target_line_end,
        t.budget_total, t.budget_fiscal, t.budget_other,
        l.basis AS link_basis, l.name_similarity AS link_similarity,
        t.budget_total - e.budget_initial AS plan_vs_initial,
        coalesce(abs(t.budget_total - e.budget_initial) > ? + 1e-9, false) AS plan_budget_changed,
        e.budget_full_year - e.budget_initial AS adjusted,
        coalesce(abs(e.budget_full_year - e.budget_initial) > 0.005, false) AS budget_adjusted
      FROM evaluations e
      LEFT JOIN target_links l ON l.eval_id = e.eval_id
      LEFT JOIN target_tables t ON t.target_table_id = l.target_table_id
      WHERE e.eval_id = ?`,
    params: [t.budgetTolerance, evalId],
  };
}

const LOOSENED = LOOSENED_TARGET_CHANGES.map((c) => `'${c}'`).join(', ');

/**
 * The linked self-evaluation and target table aligned indicator by indicator, with the
 * pairing the `plan.*` rules use (`indicatorPairsCtes`, the same thresholds): first the
 * pairs in the target table's order, then the target table's indicators the
 * self-evaluation dropped, then those it added; each with the finding the rules gave it.
 */
export function planRowsQuery(evalId: string, t: PlanThresholds): SqlText {
  const ctes = indicatorPairsCtes({
    minSimilarity: '(SELECT min_similarity FROM plan_params)',
    minSimilaritySameLevel: '(SELECT min_similarity_same_level FROM plan_params)',
    links: 'l.eval_id = (SELECT eval_id FROM plan_params)',
  });
  return {
    sql: `WITH plan_params AS (SELECT ?::VARCHAR AS eval_id, ?::DOUBLE AS min_similarity, ?::DOUBLE AS min_similarity_same_level),
      ${ctes},
      aligned AS (
        SELECT 'paired' AS section, CASE WHEN p.similarity >= 1 - 1e-9 THEN 'same' ELSE 'renamed' END AS kind,
          p.similarity, p.same_level, ${targetChangeSql('ti', 'ei')} AS target_change,
          ti.indicator_index AS t_index, ti.level1 AS t_level1, ti.level2 AS t_level2, ti.name AS t_name, ti.target_raw AS t_target, ti.line AS t_line,
          ei.indicator_index AS e_index, ei.level1 AS e_level1, ei.level2 AS e_level2, ei.name AS e_name, ei.target_raw AS e_target,
          ei.actual_raw AS e_actual, ei.weight AS e_weight, ei.score AS e_score, ei.line AS e_line,
          'plan.target_loosened:' || p.eval_id || ':' || CAST(p.e_index AS VARCHAR) AS expected_flag, 0 AS section_order
        FROM pairs p
        JOIN ei ON ei.eval_id = p.eval_id AND ei.indicator_index = p.e_index
        JOIN ti ON ti.eval_id = p.eval_id AND ti.indicator_index = p.t_index
        UNION ALL
        SELECT 'removed', NULL, NULL, NULL, NULL,
          ti.indicator_index, ti.level1, ti.level2, ti.name, ti.target_raw, ti.line,
          NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
          'plan.indicator_changed:' || ti.eval_id || ':removed:' || CAST(ti.indicator_index AS VARCHAR), 1
        FROM ti WHERE NOT EXISTS (SELECT 1 FROM pairs p WHERE p.eval_id = ti.eval_id AND p.t_index = ti.indicator_index)
        UNION ALL
        SELECT 'added', NULL, NULL, NULL, NULL,
          NULL, NULL, NULL, NULL, NULL, NULL,
          ei.indicator_index, ei.level1, ei.level2, ei.name, ei.target_raw, ei.actual_raw, ei.weight, ei.score, ei.line,
          'plan.indicator_changed:' || ei.eval_id || ':added:' || CAST(ei.indicator_index AS VARCHAR), 2
        FROM ei WHERE NOT EXISTS (SELECT 1 FROM pairs p WHERE p.eval_id = ei.eval_id AND p.e_index = ei.indicator_index)
      )
      SELECT a.section, a.kind, round(a.similarity, 4) AS similarity, a.same_level, a.target_change,
        coalesce(a.target_change IN (${LOOSENED}), false) AS loosened,
        a.t_index, a.t_level1, a.t_level2, a.t_name, a.t_target, a.t_line,
        a.e_index, a.e_level1, a.e_level2, a.e_name, a.e_target, a.e_actual, a.e_weight, a.e_score, a.e_line,
        f.flag_id, f.severity AS flag_severity
      FROM aligned a LEFT JOIN flags f ON f.flag_id = a.expected_flag
      ORDER BY a.section_order, coalesce(a.t_index, a.e_index), a.e_index`,
    params: [evalId, t.minSimilarity, t.minSimilaritySameLevel],
  };
}

/** How many indicators are in each section, how many pairs are renamed and how many targets loosened. */
export interface PlanSummary {
  paired: number;
  renamed: number;
  removed: number;
  added: number;
  loosened: number;
}

/** The counts of `planRowsQuery`'s rows, for the line above the table. */
export function planSummaryQuery(evalId: string, t: PlanThresholds): SqlText {
  const rows = planRowsQuery(evalId, t);
  return {
    sql: `SELECT count(*) FILTER (WHERE section = 'paired')::INTEGER AS paired,
        count(*) FILTER (WHERE kind = 'renamed')::INTEGER AS renamed,
        count(*) FILTER (WHERE section = 'removed')::INTEGER AS removed,
        count(*) FILTER (WHERE section = 'added')::INTEGER AS added,
        count(*) FILTER (WHERE loosened)::INTEGER AS loosened
      FROM (${rows.sql})`,
    params: rows.params,
  };
}

export interface PlanComparison {
  head: PlanHead;
  rows: PlanRow[];
  summary: PlanSummary;
}

/** The comparison of one self-evaluation with its published target table; null when no form has that id. */
export async function loadPlanComparison(conn: SqlConnection, evalId: string, t: PlanThresholds): Promise<PlanComparison | null> {
  const head = planHeadQuery(evalId, t);
  const [first] = await conn.rows<PlanHead>(head.sql, head.params);
  if (!first) return null;
  if (!first.target_table_id) return { head: first, rows: [], summary: { paired: 0, renamed: 0, removed: 0, added: 0, loosened: 0 } };
  const rows = planRowsQuery(evalId, t);
  const summary = planSummaryQuery(evalId, t);
  const [rowsResult, [counts]] = await Promise.all([conn.rows<PlanRow>(rows.sql, rows.params), conn.rows<PlanSummary>(summary.sql, summary.params)]);
  return { head: first, rows: rowsResult, summary: counts! };
}

/** The published target table linked to a self-evaluation (null: none), for the drill-down's tab. */
export async function linkedTargetTable(conn: SqlConnection, evalId: string): Promise<string | null> {
  const [row] = await conn.rows<{ target_table_id: string }>('SELECT target_table_id FROM target_links WHERE eval_id = ?', [evalId]);
  return row?.target_table_id ?? null;
}
