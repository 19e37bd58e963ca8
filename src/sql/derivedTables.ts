import type { TableName } from '../contract/tables';
import { aggDepartmentYearSql } from './aggDepartmentYear';
import { INDICATOR_ISSUES_SQL } from './indicatorIssues';
import { TARGET_LINKS_SQL } from './targetLinks';

/**
 * The tables made in SQL from the documents' own tables (evaluations with their derived
 * columns, indicators, target tables), in the order they are built: the pre-aggregate the
 * overview reads, the indicators the Target vs actual view lists, and the links of
 * self-evaluations to their published target tables. Ingest builds them once over every
 * document (`ContractTableWriter`); the page rebuilds them over the built-in dataset and the
 * documents imported in the browser together. The flags and the tables made from them
 * follow, from the rules engine.
 */
export const DERIVED_TABLES: readonly { table: TableName; sql: string }[] = [
  { table: 'agg_department_year', sql: aggDepartmentYearSql() },
  { table: 'indicator_issues', sql: INDICATOR_ISSUES_SQL },
  { table: 'target_links', sql: TARGET_LINKS_SQL },
];
