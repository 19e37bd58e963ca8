import { TABLES, type ColumnSpec } from '../../contract/tables';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { printedRateDiffersSql, rateBasisSql, executionRateSql } from '../../sql/executionRate';
import { displayTextSql, formNameSql } from '../../sql/formName';
import { contractRelation, type Relation } from '../../table/columns';
import { TABLE_ALIAS, whereClause, type TableQuery } from '../../table/tableQuery';
import type { DataTableState } from '../../table/DataTable';
import { RECORD_TABS, type RecordTab } from './recordsColumns';

/**
 * The self-evaluations as Records shows them: every contract column, `project` as every view
 * names the form (src/sql/formName.ts: cleaned, a stand-in for a lost name) and `project_raw`
 * cleaned of markup for display (the drill-down shows the text as printed), and the execution
 * rate as every view shows it: `rate` (B/A, else printed), `rate_basis`, `rate_differs`. A
 * projection of the table (no join, no sort), so its rows stay in the table's stored order.
 */
const EVALUATIONS_SQL = `(SELECT e.* REPLACE (${formNameSql('e')} AS project, ${displayTextSql('e.project_raw')} AS project_raw),
  ${executionRateSql('e')} AS rate, ${rateBasisSql('e')} AS rate_basis, ${printedRateDiffersSql('e')}::INTEGER AS rate_differs
  FROM evaluations e)`;

const RATE_COLUMNS: ColumnSpec[] = [
  { name: 'rate', type: 'DOUBLE' },
  { name: 'rate_basis', type: 'VARCHAR' },
  // 1 where the printed rate differs from B/A beyond its precision, else 0.
  { name: 'rate_differs', type: 'INTEGER' },
];

const RECORDS_EVALUATIONS_RELATION: Relation = {
  from: EVALUATIONS_SQL,
  columns: [...TABLES.evaluations.columns, ...RATE_COLUMNS],
  sortBy: TABLES.evaluations.sortBy,
  storedInOrder: true,
};

const relationOf = (tab: RecordTab): Relation => (tab === 'evaluations' ? RECORDS_EVALUATIONS_RELATION : contractRelation(tab));

/** The Records table's query: the tab's contract table, the global filters, the table's own filters and sort. */
export function recordsQuery(tab: RecordTab, filters: Filters, state: DataTableState): TableQuery {
  const global = filterClause(filters, tab === 'evaluations' ? 'evaluation' : 'indicator', TABLE_ALIAS);
  const relation = relationOf(tab);
  const shown = RECORD_TABS[tab].map((c) => c.id);
  // Columns a cell draws from besides its own (the rate's printed value and mark, the badge's reasons).
  const extra = tab === 'evaluations' ? ['execution_rate_reported', 'rate_basis', 'rate_differs', 'quality_reasons', 'eval_id'] : [];
  return {
    relation,
    columns: [...new Set([...shown, ...extra])],
    conditions: [{ sql: global.where, params: global.params }],
    columnFilters: state.columnFilters.map((f) => ({ id: f.id, value: String(f.value ?? '') })),
    sorting: state.sorting.map((s) => ({ id: s.id, desc: s.desc })),
  };
}

/** How many damaged forms the self-evaluations shown (and so their footer totals) include: `damaged`, `damaged_budget_full_year`. */
export function damagedInRecordsQuery(query: TableQuery): NamedQuery {
  const where = whereClause(query);
  return {
    name: 'records.damaged',
    sql: `SELECT count(*) FILTER (WHERE ${TABLE_ALIAS}.quality = 'damaged')::INTEGER AS damaged,
        sum(${TABLE_ALIAS}.budget_full_year) FILTER (WHERE ${TABLE_ALIAS}.quality = 'damaged') AS damaged_budget_full_year
      FROM ${query.relation.from} AS ${TABLE_ALIAS} ${where.sql}`,
    params: where.params,
  };
}
