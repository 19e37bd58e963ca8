/**
 * The data contract (version 4): the Parquet tables that ingestion writes and
 * everything else reads. One source of truth for column names, types and the
 * sort order each table is written in. Row types are derived from it.
 * Documented for people in data/README.md.
 */

export const CONTRACT_VERSION = 4;

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'VARCHAR[]';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
}

export interface TableSpec {
  readonly columns: readonly ColumnSpec[];
  /** Columns the table is sorted by when written (row groups then skip on year/region/department). */
  readonly sortBy: readonly string[];
}

const col = <N extends string, T extends ColumnType>(name: N, type: T) => ({ name, type }) as const;

/** The form head both evaluations and target_tables have, after their id (read by `src/ingest/formHead.ts`). */
const FORM_HEAD_COLUMNS = [
  col('source_file', 'VARCHAR'),
  col('form_index', 'INTEGER'),
  col('line_start', 'INTEGER'),
  col('line_end', 'INTEGER'),
  col('year', 'INTEGER'),
  col('region', 'VARCHAR'),
  col('department', 'VARCHAR'),
  col('department_code', 'VARCHAR'),
  col('implementing_unit', 'VARCHAR'),
  col('project', 'VARCHAR'),
  col('project_raw', 'VARCHAR'),
  col('project_code', 'VARCHAR'),
  col('scope', 'VARCHAR'),
  col('source_ref', 'VARCHAR'),
] as const;

/** A form's data quality and what decided it (both tables of forms end with them). */
const QUALITY_COLUMNS = [col('warnings', 'VARCHAR[]'), col('quality', 'VARCHAR'), col('quality_reasons', 'VARCHAR[]')] as const;

export const TABLES = {
  evaluations: {
    columns: [
      col('eval_id', 'VARCHAR'),
      ...FORM_HEAD_COLUMNS,
      col('budget_initial', 'DOUBLE'),
      col('budget_full_year', 'DOUBLE'),
      col('executed', 'DOUBLE'),
      col('execution_rate', 'DOUBLE'),
      col('execution_rate_reported', 'DOUBLE'),
      col('execution_rate_raw', 'VARCHAR'),
      col('execution_weight', 'DOUBLE'),
      col('execution_score', 'DOUBLE'),
      col('total_weight', 'DOUBLE'),
      col('total_score', 'DOUBLE'),
      col('score_sum', 'DOUBLE'),
      col('grade', 'VARCHAR'),
      col('indicator_count', 'INTEGER'),
      ...QUALITY_COLUMNS,
    ],
    sortBy: ['year', 'region', 'department', 'source_file', 'form_index'],
  },
  indicators: {
    columns: [
      col('eval_id', 'VARCHAR'),
      col('year', 'INTEGER'),
      col('region', 'VARCHAR'),
      col('department', 'VARCHAR'),
      col('indicator_index', 'INTEGER'),
      col('level1', 'VARCHAR'),
      col('level2', 'VARCHAR'),
      col('name', 'VARCHAR'),
      col('target_raw', 'VARCHAR'),
      col('actual_raw', 'VARCHAR'),
      col('target_op', 'VARCHAR'),
      col('target_value', 'DOUBLE'),
      col('target_unit', 'VARCHAR'),
      col('actual_value', 'DOUBLE'),
      col('actual_unit', 'VARCHAR'),
      col('actual_kind', 'VARCHAR'),
      col('weight', 'DOUBLE'),
      col('score', 'DOUBLE'),
      col('deviation_note', 'VARCHAR'),
      col('line', 'INTEGER'),
      col('source_ref', 'VARCHAR'),
    ],
    sortBy: ['year', 'region', 'department', 'eval_id', 'indicator_index'],
  },
  target_tables: {
    columns: [
      col('target_table_id', 'VARCHAR'),
      ...FORM_HEAD_COLUMNS,
      col('budget_total', 'DOUBLE'),
      col('budget_fiscal', 'DOUBLE'),
      col('budget_other', 'DOUBLE'),
      col('project_period', 'VARCHAR'),
      col('goal_text', 'VARCHAR'),
      ...QUALITY_COLUMNS,
    ],
    sortBy: ['year', 'region', 'department', 'source_file', 'form_index'],
  },
  target_indicators: {
    columns: [
      col('target_table_id', 'VARCHAR'),
      col('indicator_index', 'INTEGER'),
      col('level1', 'VARCHAR'),
      col('level2', 'VARCHAR'),
      col('name', 'VARCHAR'),
      col('target_raw', 'VARCHAR'),
      col('target_op', 'VARCHAR'),
      col('target_value', 'DOUBLE'),
      col('target_unit', 'VARCHAR'),
      col('line', 'INTEGER'),
      col('source_ref', 'VARCHAR'),
    ],
    sortBy: ['target_table_id', 'indicator_index'],
  },
  agg_department_year: {
    columns: [
      col('year', 'INTEGER'),
      col('region', 'VARCHAR'),
      col('department', 'VARCHAR'),
      col('evaluations', 'INTEGER'),
      col('budget_initial', 'DOUBLE'),
      col('budget_full_year', 'DOUBLE'),
      col('executed', 'DOUBLE'),
      col('total_score_sum', 'DOUBLE'),
      col('total_score_count', 'INTEGER'),
      col('indicators', 'INTEGER'),
      col('full_mark_indicators', 'INTEGER'),
      col('numeric_unmet_indicators', 'INTEGER'),
      col('boilerplate_actuals', 'INTEGER'),
      col('damaged_evaluations', 'INTEGER'),
      col('damaged_budget_full_year', 'DOUBLE'),
    ],
    sortBy: ['year', 'region', 'department'],
  },
  indicator_issues: {
    columns: [
      col('eval_id', 'VARCHAR'),
      col('indicator_index', 'INTEGER'),
      col('year', 'INTEGER'),
      col('region', 'VARCHAR'),
      col('department', 'VARCHAR'),
      col('issue', 'VARCHAR'),
      col('level2', 'VARCHAR'),
      col('name', 'VARCHAR'),
      col('target_raw', 'VARCHAR'),
      col('actual_raw', 'VARCHAR'),
      col('weight', 'DOUBLE'),
      col('score', 'DOUBLE'),
      col('line', 'INTEGER'),
      col('project', 'VARCHAR'),
      col('project_raw', 'VARCHAR'),
      col('source_file', 'VARCHAR'),
      col('quality', 'VARCHAR'),
      col('quality_reasons', 'VARCHAR[]'),
    ],
    sortBy: ['year', 'region', 'department', 'eval_id', 'indicator_index'],
  },
  flag_keys: {
    columns: [
      col('flag_id', 'VARCHAR'),
      col('year', 'INTEGER'),
      col('region', 'VARCHAR'),
      col('department', 'VARCHAR'),
      col('implementing_unit', 'VARCHAR'),
      col('project_raw', 'VARCHAR'),
      col('execution_rate', 'DOUBLE'),
      col('execution_rate_reported', 'DOUBLE'),
      col('quality', 'VARCHAR'),
    ],
    sortBy: ['flag_id'],
  },
  agg_flags: {
    columns: [
      col('year', 'INTEGER'),
      col('region', 'VARCHAR'),
      col('department', 'VARCHAR'),
      col('rule_id', 'VARCHAR'),
      col('severity', 'VARCHAR'),
      col('flags', 'INTEGER'),
    ],
    sortBy: ['year', 'region', 'department', 'rule_id', 'severity'],
  },
  agg_flagged_evaluations: {
    columns: [
      col('year', 'INTEGER'),
      col('region', 'VARCHAR'),
      col('department', 'VARCHAR'),
      col('flagged_evaluations', 'INTEGER'),
    ],
    sortBy: ['year', 'region', 'department'],
  },
  project_lists: {
    columns: [
      col('source_file', 'VARCHAR'),
      col('list_kind', 'VARCHAR'),
      col('seq', 'INTEGER'),
      col('project', 'VARCHAR'),
      col('amount', 'DOUBLE'),
      col('line', 'INTEGER'),
    ],
    sortBy: ['source_file', 'list_kind', 'seq'],
  },
  ingest_report: {
    columns: [
      col('source_file', 'VARCHAR'),
      col('sha256', 'VARCHAR'),
      col('bytes', 'INTEGER'),
      col('lines', 'INTEGER'),
      col('forms', 'INTEGER'),
      col('target_tables', 'INTEGER'),
      col('lines_consumed', 'INTEGER'),
      col('lines_unparsed', 'INTEGER'),
      col('status', 'VARCHAR'),
      col('message', 'VARCHAR'),
      col('format', 'VARCHAR'),
      col('layout', 'VARCHAR'),
    ],
    sortBy: ['source_file'],
  },
  unparsed_lines: {
    columns: [
      col('source_file', 'VARCHAR'),
      col('line', 'INTEGER'),
      col('text', 'VARCHAR'),
      col('reason', 'VARCHAR'),
      col('source_ref', 'VARCHAR'),
    ],
    sortBy: ['source_file', 'line'],
  },
  target_links: {
    columns: [
      col('eval_id', 'VARCHAR'),
      col('target_table_id', 'VARCHAR'),
      col('basis', 'VARCHAR'),
      col('name_similarity', 'DOUBLE'),
      col('note', 'VARCHAR'),
    ],
    sortBy: ['eval_id'],
  },
  flags: {
    columns: [
      col('flag_id', 'VARCHAR'),
      col('rule_id', 'VARCHAR'),
      col('severity', 'VARCHAR'),
      col('source_file', 'VARCHAR'),
      col('eval_id', 'VARCHAR'),
      col('indicator_index', 'INTEGER'),
      col('target_table_id', 'VARCHAR'),
      col('project', 'VARCHAR'),
      col('message_zh', 'VARCHAR'),
      col('message_en', 'VARCHAR'),
      col('evidence', 'VARCHAR'),
    ],
    sortBy: ['source_file', 'eval_id', 'rule_id', 'flag_id'],
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/**
 * The flags (of the rules with default settings) and the pre-aggregates made from them:
 * written by `npm run ingest` with the other tables and again by `npm run audit`, and
 * rebuilt by the dashboard when its rule settings change.
 */
export const FLAG_TABLES = ['flags', 'flag_keys', 'agg_flags', 'agg_flagged_evaluations'] as const satisfies readonly TableName[];

type TsTypeOf<T extends ColumnType> = T extends 'VARCHAR'
  ? string
  : T extends 'VARCHAR[]'
    ? string[]
    : number;

type RowOf<Cols extends readonly ColumnSpec[]> = {
  [C in Cols[number] as C['name']]: TsTypeOf<C['type']> | null;
};

/** A row of a contract table; every column may be NULL ("the document has no value"). */
export type Row<T extends TableName> = RowOf<(typeof TABLES)[T]['columns']>;

export type EvaluationRow = Row<'evaluations'>;
export type IndicatorRecord = Row<'indicators'>;
export type TargetTableRow = Row<'target_tables'>;
export type TargetIndicatorRow = Row<'target_indicators'>;
export type AggDepartmentYearRow = Row<'agg_department_year'>;
export type IndicatorIssueRow = Row<'indicator_issues'>;
export type FlagKeysRow = Row<'flag_keys'>;
export type AggFlagsRow = Row<'agg_flags'>;
export type AggFlaggedEvaluationsRow = Row<'agg_flagged_evaluations'>;
export type ProjectListRow = Row<'project_lists'>;
export type IngestReportRow = Row<'ingest_report'>;
export type UnparsedLineRow = Row<'unparsed_lines'>;
export type TargetLinkRow = Row<'target_links'>;
export type FlagRow = Row<'flags'>;

/** `CREATE TABLE` statement for a contract table (DuckDB dialect, native and WASM alike). */
export function createTableSql(table: TableName, name: string = table): string {
  const cols = TABLES[table].columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  return `CREATE TABLE "${name}" (${cols})`;
}
