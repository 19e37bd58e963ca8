import { useMemo } from 'react';
import type { ViewProps } from '../view';
import { allRows, contractRowSource, type DataRow } from '../../table/rowSource';
import { DataTable } from '../../table/DataTable';
import { useUrlTableState } from '../../table/useUrlTableState';
import { whereClause } from '../../table/tableQuery';
import { dataColumns, defaultVisibility, exportColumns, footerTotals, RECORD_TAB_TITLES, RECORD_TABS, type RecordTab } from './recordsColumns';
import { buildExportContext } from '../../export/exportContext';
import { damagedInRecordsQuery, recordsQuery } from './recordsQuery';
import { useQueries } from '../../query/useQueries';
import { DamagedNote } from '../common/quality';
import { TableExportButtons } from '../../export/TableExportButtons';
import './records.css';

const L = {
  exportTitle: { zh: '明细', en: 'Records' },
};

const TABS = Object.keys(RECORD_TABS) as RecordTab[];

/** 明细 Records: every self-evaluation or indicator under the global filters, sorted and filtered in SQL; the tab, sort and column filters kept in the URL. */
export function RecordsView({ conn, filters, lang, openEvaluation, dataVersion, viewTab, setViewTab, tableStates, setTableState, filterSummary }: ViewProps) {
  const tab: RecordTab = (TABS as string[]).includes(viewTab) ? (viewTab as RecordTab) : 'evaluations';
  const [state, onStateChange] = useUrlTableState(`records-${tab}`, tableStates, setTableState, () => defaultVisibility(tab));
  const columns = useMemo(() => dataColumns(tab), [tab]);
  const query = useMemo(() => recordsQuery(tab, filters, state), [tab, filters, state]);
  const filterErrors = useMemo(() => whereClause(query).errors, [query]);
  // How many damaged forms the rows (and their totals) include: said under the table.
  const [damaged] = useQueries(conn, tab === 'evaluations' ? [damagedInRecordsQuery(query)] : [], dataVersion);
  // A new source object per query (or data version) makes the table reload.
  const source = useMemo(
    () => contractRowSource(conn, query, footerTotals(tab)),
    // dataVersion: flags may have changed what "flagged only" selects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [conn, query, tab, dataVersion],
  );
  const exported = exportColumns(tab, state.columnVisibility, lang);
  const context = async (rowCount: number) =>
    buildExportContext({
      conn,
      lang,
      title: `${L.exportTitle[lang]} · ${RECORD_TAB_TITLES[tab][lang]}`,
      filters,
      filterSummary,
      columns: exported,
      sorting: state.sorting,
      columnFilters: state.columnFilters.map((f) => ({ id: f.id, value: String(f.value ?? '') })),
      rowCount,
      totals: (await source.summary()).totals,
      url: window.location.href,
    });

  return (
    <section className="records-view" data-testid="records-view">
      <div className="records-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={t === tab} className={t === tab ? 'active' : ''} data-tab={t} onClick={() => setViewTab(t)}>
            {RECORD_TAB_TITLES[t][lang]}
          </button>
        ))}
      </div>
      <DataTable
        key={tab}
        testId={`records-${tab}`}
        columns={columns}
        source={source}
        lang={lang}
        state={state}
        onStateChange={onStateChange}
        filterErrors={filterErrors}
        onRowClick={(row: DataRow) => typeof row.eval_id === 'string' && openEvaluation(row.eval_id)}
        toolbar={<TableExportButtons lang={lang} view={`records-${tab}`} rows={() => allRows(conn, query)} columns={exported} context={context} />}
      />
      {damaged?.status === 'ready' && (
        <DamagedNote count={damaged.data.damaged?.[0]} budget={damaged.data.damaged_budget_full_year?.[0]} hidden={filters.hideDamaged} lang={lang} />
      )}
    </section>
  );
}
