import type { SqlConnection } from '../db/connection';
import type { ReviewStatus } from '../review/reviewStatus';
import type { Severity } from '../rules/rule';
import type { FindingKind } from './findingKinds';
import type { ReportQueries, ReportQuery } from './reportQueries';

export interface Totals {
  projects: number;
  departments: number;
  years: string | null;
  regions: string | null;
  department_names: string | null;
  budget_initial: number | null;
  budget_full_year: number | null;
  executed: number | null;
  weighted_rate: number | null;
  scored: number;
  /** Forms with neither a printed grade nor a total. */
  ungraded: number;
  mean_self_score: number | null;
  target_tables: number;
}

export interface DocumentRow {
  source_file: string;
  departments: string | null;
  years: string | null;
  evaluations: number;
  target_tables: number;
  lines: number | null;
  sha256: string | null;
}

export interface GradeRow {
  grade: '优' | '良' | '中' | '差';
  projects: number;
  printed: number;
  budget_full_year: number | null;
}

export interface ScoreSummary {
  forms: number;
  mean_self_score: number | null;
  mean_formula_score: number | null;
  above_formula: number;
  checked_indicators: number | null;
  indicators: number | null;
}

export interface ScoreRow {
  eval_id: string;
  project: string;
  department: string;
  year: number | null;
  profile: string;
  self_score: number;
  formula_score: number;
  difference: number;
  checked: number;
  indicators: number;
}

export interface HistogramRow {
  bin: number;
  label: string;
  projects: number;
}

export interface RuleCountRow {
  /** NULL on the totals row. */
  rule_id: string | null;
  findings: number;
  high: number;
  medium: number;
  low: number;
  confirmed: number;
  dismissed: number;
  to_verify: number;
  unreviewed: number;
}

export interface KindCountRow {
  kind: string;
  findings: number;
  confirmed: number;
}

/** A finding as the report's tables print it; which figures it has depends on its kind's `columns`. */
export interface FindingRow {
  flag_id: string;
  rule_id: string;
  severity: Severity;
  message_zh: string;
  evidence: string | null;
  source_file: string;
  eval_id: string | null;
  indicator_index: number | null;
  target_table_id: string | null;
  project: string | null;
  department: string | null;
  year: number | null;
  review_status: ReviewStatus | null;
  review_reason: string | null;
  review_note: string | null;
  budget_full_year?: number | null;
  executed?: number | null;
  rate?: number | null;
  total_score?: number | null;
  grade?: string | null;
  indicator?: string | null;
  target_raw?: string | null;
  actual_raw?: string | null;
  evaluated_target?: string | null;
  weight?: number | null;
  score?: number | null;
}

export interface CitedForm {
  form_kind: string;
  form_id: string;
  project: string;
  source_file: string;
  line_start: number | null;
  line_end: number | null;
  sha256: string | null;
  /** The reviewer's note on the form itself (on this data), if any. */
  review_status: ReviewStatus | null;
  review_reason: string | null;
  review_note: string | null;
}

/** Everything the report prints, each part the rows of its query. */
export interface ReportData {
  totals: Totals;
  documents: DocumentRow[];
  grades: GradeRow[];
  scoreSummary: ScoreSummary;
  scoreVsFormula: ScoreRow[];
  rateHistogram: HistogramRow[];
  /** One row per rule with findings. */
  findingsByRule: (RuleCountRow & { rule_id: string })[];
  /** Every rule together. */
  findingTotals: RuleCountRow;
  kindCounts: KindCountRow[];
  kinds: { kind: FindingKind; rows: FindingRow[] }[];
  citedForms: CitedForm[];
}

const rows = <T>(conn: SqlConnection, q: ReportQuery) => conn.rows<T>(q.sql, q.params);

async function one<T>(conn: SqlConnection, q: ReportQuery): Promise<T> {
  const [row] = await rows<T>(conn, q);
  if (!row) throw new Error(`${q.id}: no row`);
  return row;
}

/** Runs the report's queries, one after the other, on the views' connection. */
export async function loadReportData(conn: SqlConnection, q: ReportQueries): Promise<ReportData> {
  const totals = await one<Totals>(conn, q.totals);
  const documents = await rows<DocumentRow>(conn, q.documents);
  const grades = await rows<GradeRow>(conn, q.grades);
  const scoreSummary = await one<ScoreSummary>(conn, q.scoreSummary);
  const scoreVsFormula = await rows<ScoreRow>(conn, q.scoreVsFormula);
  const rateHistogram = await rows<HistogramRow>(conn, q.rateHistogram);
  const byRule = await rows<RuleCountRow>(conn, q.findingsByRule);
  const findingsByRule = byRule.filter((r): r is RuleCountRow & { rule_id: string } => r.rule_id !== null);
  const findingTotals = byRule.find((r) => r.rule_id === null);
  if (!findingTotals) throw new Error(`${q.findingsByRule.id}: no totals row`);
  const kindCounts = await rows<KindCountRow>(conn, q.kindCounts);
  const kinds: ReportData['kinds'] = [];
  for (const { kind, query } of q.kinds) kinds.push({ kind, rows: await rows<FindingRow>(conn, query) });
  const citedForms = await rows<CitedForm>(conn, q.citedForms);
  return { totals, documents, grades, scoreSummary, scoreVsFormula, rateHistogram, findingsByRule, findingTotals, kindCounts, kinds, citedForms };
}
