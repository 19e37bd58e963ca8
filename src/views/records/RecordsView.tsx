import { useMemo, useState } from 'react';
import type { ViewProps } from '../view';
import { allRows, contractRowSource, type DataRow } from '../../table/rowSource';
import { DataTable, EMPTY_TABLE_STATE, type DataTableState } from '../../table/DataTable';
import { whereClause } from '../../table/tableQuery';
import { dataColumns, defaultVisibility, footerTotals, RECORD_TAB_TITLES, RECORD_TABS, type RecordTab } from './recordsColumns';
import { damagedInRecordsQuery, recordsQuery } from './recordsQuery';
import { useQueries } from '../../query/useQueries';
import { DamagedNote } from '../common/quality';
import { TableExportButtons } from '../../export/TableExportButtons';
import './records.css';

const TABS = Object.keys(RECORD_TABS) as RecordTab[];

const initialStates = (): Record<RecordTab, DataTableState> => ({
  evaluations: { ...EMPTY_TABLE_STATE, columnVisibility: defaultVisibility('evaluations') },
  indicators: { ...EMPTY_TABLE_STATE, columnVisibility: defaultVisibility('indicators') },
});

/** 明细 Records: every self-evaluation or indicator under the global filters, sorted and filtered in SQL. */
export function RecordsView({ conn, filters, lang, openEvaluation, dataVersion }: ViewProps) {
  const [tab, setTab] = useState<RecordTab>('evaluations');
  const [states, setStates] = useState(initialStates);
  const state = states[tab];
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
  const exportColumns = columns
    .filter((c) => state.columnVisibility[c.id] !== false)
    .map((c) => ({ id: c.id, header: c.header[lang] }));

  return (
    <section className="records-view" data-testid="records-view">
      <div className="records-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={t === tab} className={t === tab ? 'active' : ''} onClick={() => setTab(t)}>
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
        onStateChange={(change) => setStates((all) => ({ ...all, [tab]: change(all[tab]) }))}
        filterErrors={filterErrors}
        onRowClick={(row: DataRow) => typeof row.eval_id === 'string' && openEvaluation(row.eval_id)}
        toolbar={<TableExportButtons lang={lang} view={`records-${tab}`} rows={() => allRows(conn, query)} columns={exportColumns} />}
      />
      {damaged?.status === 'ready' && (
        <DamagedNote count={damaged.data.damaged?.[0]} budget={damaged.data.damaged_budget_full_year?.[0]} hidden={filters.hideDamaged} lang={lang} />
      )}
    </section>
  );
}
