import { useCallback, useEffect, useMemo, useState } from 'react';
import { t } from '../i18n/dict';
import { locale } from '../i18n/format';
import type { Filters } from '../query/filters';
import { VIEWS } from '../views/registry';
import type { ViewDefinition, ViewProps } from '../views/view';
import { VIEW_QUERIES, type ChartViewId } from '../views/viewQueries';
import { TABLE_NAMES, type TableName } from '../contract/tables';
import { tableReady, want } from '../db/pageDatabase';
import { flagsNeedUpdate } from '../rules/ruleRunQueue';
import { PrintButton, PrintHeader } from '../print/PrintHeader';
import { useReview } from '../review/useReview';
import { ImportCenter } from '../imports/ImportCenter';
import { hasStoredImports } from '../imports/importCenter';
import { useImports } from '../imports/useImports';
import { FilterBar } from './FilterBar';
import { FilterChips } from './FilterChips';
import { filterSummary } from './filterSummary';
import { PreviewScreen } from './PreviewScreen';
import { DataProgress, ErrorScreen, LoadingScreen, ViewWaiting } from './StatusScreens';
import { useDatabase } from './useDatabase';
import { useRuleFlags } from './useRuleFlags';
import { useUrlState } from './useUrlState';
import type { AppState, TableUrlState } from './urlState';

const NOTHING_LOADED: ReadonlySet<TableName> = new Set();

const TABS = VIEWS.filter((v) => (v.placement ?? 'tab') === 'tab');
const OVERLAYS = VIEWS.filter((v) => v.placement === 'overlay');

/** The app shell: loading, navigation, global filters and chips, the active view, overlays (drill-down). */
export function App() {
  const [state, update] = useUrlState();
  const db = useDatabase();
  // The tables whose files the filters need are in (a partitioned dataset loads the partitions they select).
  const loaded = useMemo(
    () => (db.status === 'open' ? new Set(TABLE_NAMES.filter((t) => tableReady(db, t, state.filters))) : NOTHING_LOADED),
    [db, state.filters],
  );
  const active = TABS.find((v) => v.id === state.view) ?? TABS[0];
  // Documents imported in this browser: merged once every built-in file is in (their derived tables and flags are rebuilt over all).
  const imports = useImports(db);
  // Every file when the SQL view can read anything, the rules must re-run over everything or imports join, else the filters' partitions.
  const everything = active?.id === 'sql' || (db.status === 'open' && flagsNeedUpdate(db.conn, state.rules)) || imports.stored.length > 0 || hasStoredImports();
  useEffect(() => {
    if (db.status === 'open') want(everything ? 'all' : { years: state.filters.years, regions: state.filters.regions });
  }, [db.status, everything, state.filters.years, state.filters.regions]);
  // Rules re-run for changed settings once every table they read is in.
  const flags = useRuleFlags(db.status === 'open' ? db.conn : null, db.status === 'open' && db.complete, state.rules);
  // The reviewer's notes in `review_notes` on every view (the SQL view reads them too).
  useReview(db.status === 'open' ? db.conn : null);
  // The SQL text the person ran on this page (not kept in the URL: SQL opened from a link waits for Run).
  const [confirmedSql, setConfirmedSql] = useState<string | null>(null);
  const { lang } = state;
  // Views re-query when the flags change (settings) or the documents do (an import accepted or removed).
  const dataVersion = flags.version + imports.revision;

  const set = useCallback((change: Partial<AppState>) => update((s) => ({ ...s, ...change })), [update]);
  const setFilters = useCallback(
    (change: Partial<Filters>) => update((s) => ({ ...s, filters: { ...s.filters, ...change } })),
    [update],
  );
  const setTableState = useCallback(
    (table: string, next: TableUrlState) =>
      update((s) => {
        const tables = { ...s.tables };
        if (next.sorting.length || next.filters.length) tables[table] = next;
        else delete tables[table];
        return { ...s, tables };
      }),
    [update],
  );

  // For tests and the bench: whether every file asked for is in, and whether the flags are those of the URL's settings.
  const idle = db.status === 'open' && db.idle;
  useEffect(() => {
    document.documentElement.dataset.data = idle ? 'complete' : 'loading';
    document.documentElement.dataset.flags = flags.updating ? 'updating' : 'current';
  }, [idle, flags.updating]);

  useEffect(() => {
    document.documentElement.lang = locale(lang);
    document.title = `${t(lang, 'appName')} · ${t(lang, 'appTagline')}`;
  }, [lang]);

  if (db.status === 'error') return <ErrorScreen lang={lang} message={db.message} file={db.file} />;
  if (db.status === 'preview') return <PreviewScreen viewsConn={db.viewsConn} lang={lang} manifest={db.manifest} />;
  if (db.status !== 'open') return <LoadingScreen lang={lang} />;

  const props: ViewProps = {
    conn: db.viewsConn,
    filters: state.filters,
    setFilters,
    lang,
    openEvaluation: (evalId, tab = '') => set({ evalId, evalTab: tab }),
    dataVersion,
    rulesUpdating: flags.updating,
    evalId: state.evalId,
    closeEvaluation: () => set({ evalId: null, evalTab: '' }),
    evalTab: state.evalTab,
    setEvalTab: (evalTab) => set({ evalTab }),
    viewTab: (active && state.tabs[active.id]) || '',
    setViewTab: (tab) => active && update((s) => ({ ...s, tabs: { ...s.tabs, [active.id]: tab } })),
    tableStates: state.tables,
    setTableState,
    sqlConn: db.sqlConn,
    sql: state.sql,
    sqlConfirmed: state.sql === confirmedSql,
    runSql: (sql) => {
      setConfirmedSql(sql);
      set({ sql });
    },
    ruleSettings: state.rules,
    setRuleSettings: (rules) => set({ rules }),
    filterSummary: filterSummary(state.filters, lang),
    loaded,
  };
  // A view waits for its tables, unless the dataset's snapshot answers all its queries meanwhile.
  const snapshotted = (view: ViewDefinition) => view.id in VIEW_QUERIES && db.viewsConn.answersAll(VIEW_QUERIES[view.id as ChartViewId](state.filters));
  const waiting = (view: ViewDefinition) => (snapshotted(view) ? [] : view.tables(state.filters).filter((t) => !loaded.has(t)));
  const activeWaiting = active ? waiting(active) : [];

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <strong>{t(lang, 'appName')}</strong>
          <span>{t(lang, 'appTagline')}</span>
        </div>
        <nav className="tabs" aria-label="views">
          {TABS.map((v) => (
            <button
              type="button"
              key={v.id}
              data-view={v.id}
              className={v.id === active?.id ? 'tab tab-active' : 'tab'}
              aria-current={v.id === active?.id ? 'page' : undefined}
              onClick={() => set({ view: v.id })}
            >
              {v.title[lang]}
            </button>
          ))}
        </nav>
        {!db.idle && <DataProgress lang={lang} />}
        <ImportCenter lang={lang} imports={imports} />
        <PrintButton lang={lang} />
        <button type="button" className="lang-toggle" data-testid="lang-toggle" onClick={() => set({ lang: lang === 'zh' ? 'en' : 'zh' })}>
          {t(lang, 'language')}
        </button>
      </header>
      <FilterBar conn={db.viewsConn} filters={state.filters} setFilters={setFilters} lang={lang} dataVersion={dataVersion} loaded={loaded} />
      <FilterChips filters={state.filters} setFilters={setFilters} lang={lang} />
      {flags.error && <p className="notice">{flags.error}</p>}
      {active && (
        <main className="view" data-active-view={active.id}>
          <PrintHeader {...props} viewTitle={active.title} />
          <div className="view-head">
            <h1>{active.title[lang]}</h1>
            <p className="explanation">{active.explanation[lang]}</p>
          </div>
          {activeWaiting.length > 0 ? <ViewWaiting lang={lang} tables={activeWaiting} /> : <active.Component {...props} />}
        </main>
      )}
      {state.evalId && OVERLAYS.filter((v) => waiting(v).length === 0).map((v) => <v.Component key={v.id} {...props} />)}
    </div>
  );
}
