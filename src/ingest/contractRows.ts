import type {
  EvaluationRow,
  IndicatorRecord,
  IngestReportRow,
  ProjectListRow,
  TargetIndicatorRow,
  TargetTableRow,
  UnparsedLineRow,
} from '../contract/tables';

/**
 * The contract rows ingestion produces from documents (derived tables —
 * agg_department_year, target_links — and derived columns are computed in SQL
 * by the store).
 */
export interface ContractRows {
  evaluations: EvaluationRow[];
  indicators: IndicatorRecord[];
  target_tables: TargetTableRow[];
  target_indicators: TargetIndicatorRow[];
  project_lists: ProjectListRow[];
  unparsed_lines: UnparsedLineRow[];
  ingest_report: IngestReportRow[];
}

export type IngestedTable = keyof ContractRows;

export function emptyRows(): ContractRows {
  return {
    evaluations: [],
    indicators: [],
    target_tables: [],
    target_indicators: [],
    project_lists: [],
    unparsed_lines: [],
    ingest_report: [],
  };
}

/** Appends every table of `from` to `into` (in place). */
export function appendRows(into: ContractRows, from: ContractRows): void {
  for (const table of Object.keys(into) as IngestedTable[]) {
    const target = into[table] as unknown[];
    for (const row of from[table]) target.push(row); // not push(...rows): a large table would overflow the call stack
  }
}
