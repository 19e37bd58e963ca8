import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import { contractRelation } from '../../table/columns';
import { TABLE_ALIAS, type TableQuery } from '../../table/tableQuery';
import type { DataTableState } from '../../table/DataTable';
import { RECORD_TABS, type RecordTab } from './recordsColumns';

/** The Records table's query: the tab's contract table, the global filters, the table's own filters and sort. */
export function recordsQuery(tab: RecordTab, filters: Filters, state: DataTableState): TableQuery {
  const global = filterClause(filters, tab === 'evaluations' ? 'evaluation' : 'indicator', TABLE_ALIAS);
  return {
    relation: contractRelation(tab),
    columns: RECORD_TABS[tab].map((c) => c.id),
    conditions: [{ sql: global.where, params: global.params }],
    columnFilters: state.columnFilters.map((f) => ({ id: f.id, value: String(f.value ?? '') })),
    sorting: state.sorting.map((s) => ({ id: s.id, desc: s.desc })),
  };
}
