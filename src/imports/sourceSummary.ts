import type { ContractRows } from '../ingest/contractRows';

/** One form found in a source, as the review step shows it: its header figures and data quality. */
export interface FormSummary {
  kind: 'evaluation' | 'target';
  id: string;
  project: string | null;
  projectRaw: string | null;
  department: string | null;
  region: string | null;
  year: number | null;
  /** Self-evaluations: 年初预算数, 全年预算数, 执行数 (万元), the rate and score the form prints; target tables: 年度资金总额 in `budgetFullYear`. */
  budgetInitial: number | null;
  budgetFullYear: number | null;
  executed: number | null;
  rateReported: number | null;
  totalScore: number | null;
  indicators: number;
  quality: string | null;
  qualityReasons: string[];
  warnings: string[];
}

/** What the review step shows of one source before its data joins. */
export interface SourceSummary {
  forms: FormSummary[];
  indicators: number;
  targetIndicators: number;
  listEntries: number;
  /** Every warning code raised on its forms, with how many forms raised it. */
  warnings: { code: string; forms: number }[];
  /** Unparsed lines (the first MAX_UNPARSED of them) and how many there are. */
  unparsed: { line: number | null; text: string | null; reason: string | null; ref: string | null }[];
  unparsedCount: number;
  /** The document does not state these for some form (no sidecar gave them either). */
  missingYear: boolean;
  missingRegion: boolean;
}

export const MAX_UNPARSED = 200;

export function summarizeSource(rows: ContractRows): SourceSummary {
  const indicatorsOf = new Map<string, number>();
  for (const i of rows.indicators) indicatorsOf.set(i.eval_id ?? '', (indicatorsOf.get(i.eval_id ?? '') ?? 0) + 1);
  for (const i of rows.target_indicators) indicatorsOf.set(i.target_table_id ?? '', (indicatorsOf.get(i.target_table_id ?? '') ?? 0) + 1);
  const forms: FormSummary[] = [
    ...rows.evaluations.map(
      (e): FormSummary => ({
        kind: 'evaluation',
        id: e.eval_id ?? '',
        project: e.project,
        projectRaw: e.project_raw,
        department: e.department,
        region: e.region,
        year: e.year,
        budgetInitial: e.budget_initial,
        budgetFullYear: e.budget_full_year,
        executed: e.executed,
        rateReported: e.execution_rate_reported,
        totalScore: e.total_score,
        indicators: indicatorsOf.get(e.eval_id ?? '') ?? 0,
        quality: e.quality,
        qualityReasons: e.quality_reasons ?? [],
        warnings: e.warnings ?? [],
      }),
    ),
    ...rows.target_tables.map(
      (t): FormSummary => ({
        kind: 'target',
        id: t.target_table_id ?? '',
        project: t.project,
        projectRaw: t.project_raw,
        department: t.department,
        region: t.region,
        year: t.year,
        budgetInitial: null,
        budgetFullYear: t.budget_total,
        executed: null,
        rateReported: null,
        totalScore: null,
        indicators: indicatorsOf.get(t.target_table_id ?? '') ?? 0,
        quality: t.quality,
        qualityReasons: t.quality_reasons ?? [],
        warnings: t.warnings ?? [],
      }),
    ),
  ];
  const warningForms = new Map<string, number>();
  for (const f of forms) for (const code of new Set(f.warnings)) warningForms.set(code, (warningForms.get(code) ?? 0) + 1);
  return {
    forms,
    indicators: rows.indicators.length,
    targetIndicators: rows.target_indicators.length,
    listEntries: rows.project_lists.length,
    warnings: [...warningForms].map(([code, n]) => ({ code, forms: n })).sort((a, b) => b.forms - a.forms || a.code.localeCompare(b.code)),
    unparsed: rows.unparsed_lines.slice(0, MAX_UNPARSED).map((u) => ({ line: u.line, text: u.text, reason: u.reason, ref: u.source_ref })),
    unparsedCount: rows.unparsed_lines.length,
    missingYear: forms.some((f) => f.year === null),
    missingRegion: forms.some((f) => f.region === null),
  };
}
