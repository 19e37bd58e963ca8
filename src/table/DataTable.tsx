import {
  columnFilteringFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatCount } from '../i18n/format';
import type { Lang, Localized } from '../i18n/lang';
import type { DataRow, RowSource, RowSummary } from './rowSource';
import { RowWindows } from './rowWindows';
import './dataTable.css';

const L = {
  columns: { zh: '显示列 Columns', en: 'Columns 显示列' },
  rows: { zh: (n: string) => `${n} 行`, en: (n: string) => `${n} rows` },
  sort: { zh: '点击排序', en: 'Click to sort' },
  filterPlaceholder: { zh: '筛选…', en: 'filter…' },
  filter: { zh: '筛选', en: 'filter' },
  total: { zh: '合计', en: 'Total' },
};

/** A column as the table shows it; the value comes from the row object by `id`. */
export interface DataColumn {
  id: string;
  header: Localized;
  numeric: boolean;
  width: number;
  format: (value: unknown, lang: Lang) => string;
  /** Renders the cell instead of its formatted text (e.g. a control); `format` still gives its title and exports. */
  render?: (row: DataRow, lang: Lang) => ReactNode;
  sortable?: boolean;
  filterable?: boolean;
  /** What the footer total is (Σ, avg, weighted), shown before it. */
  totalNote?: Localized;
}

export interface DataTableState {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  columnVisibility: ColumnVisibilityState;
}

export const EMPTY_TABLE_STATE: DataTableState = { sorting: [], columnFilters: [], columnVisibility: {} };

interface DataTableProps {
  columns: readonly DataColumn[];
  /** Changing the source (a new object) reloads the rows and the summary. */
  source: RowSource;
  lang: Lang;
  state: DataTableState;
  /** Receives a change to apply to the latest state (several may come before the next render). */
  onStateChange: (change: (state: DataTableState) => DataTableState) => void;
  filterErrors?: Record<string, Localized>;
  onRowClick?: (row: DataRow) => void;
  /** Label of the row count in the footer's first cell, e.g. 合计 / Total. */
  totalLabel?: Localized;
  height?: number;
  testId?: string;
  toolbar?: ReactNode;
}

const features = tableFeatures({ rowSortingFeature, columnFilteringFeature, columnVisibilityFeature });
const NO_ROWS: DataRow[] = [];
const ROW_HEIGHT = 30;

function resolve<T>(updater: Updater<T>, previous: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(previous) : updater;
}

/**
 * The React adapter over the headless core: TanStack Table (v9) holds column state
 * (sorting, filters, visibility; all "manual": SQL does the work), TanStack Virtual
 * renders only the visible rows, and rows arrive in windows from the row source.
 */
export function DataTable(props: DataTableProps) {
  const { columns, source, lang, state, onStateChange } = props;
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const columnDefs = useMemo<ColumnDef<typeof features, DataRow>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        accessorFn: (row: DataRow) => row[c.id],
        header: c.header[lang],
        enableSorting: c.sortable !== false,
        enableColumnFilter: c.filterable !== false,
      })),
    [columns, lang],
  );
  const table = useTable({
    features,
    columns: columnDefs,
    data: NO_ROWS,
    manualSorting: true,
    manualFiltering: true,
    sortDescFirst: false,
    state,
    onSortingChange: (u) => onStateChange((s) => ({ ...s, sorting: resolve(u, s.sorting) })),
    onColumnFiltersChange: (u) => onStateChange((s) => ({ ...s, columnFilters: resolve(u, s.columnFilters) })),
    onColumnVisibilityChange: (u) => onStateChange((s) => ({ ...s, columnVisibility: resolve(u, s.columnVisibility) })),
  });

  // The summary with the source it belongs to: until the new one arrives the old count stays on screen, but the table is not "ready".
  const [loaded, setLoaded] = useState<{ source: RowSource; summary: RowSummary } | null>(null);
  const summary = loaded?.summary ?? null;
  const [error, setError] = useState<string | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // One row cache per source, made and disposed in an effect (StrictMode runs effects twice in development).
  const [windows, setWindows] = useState<RowWindows | null>(null);
  useEffect(() => {
    const cache = new RowWindows((offset, limit) => source.window(offset, limit), redraw, 200, 40, (e) => setError(String(e)));
    setWindows(cache);
    return () => {
      cache.dispose();
      source.dispose?.().catch(() => undefined);
    };
  }, [source]);
  useEffect(() => {
    let live = true;
    setError(null);
    source.summary().then(
      (s) => live && setLoaded({ source, summary: s }),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [source]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const count = summary?.count ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (windows && last >= first) windows.ensure(first, last);
  }, [windows, first, last]);
  // New rows start at the top: scrolled only when the last scroll event left it elsewhere (a scroll call lays the
  // page out at once, ~6 ms on the findings view at M, for nothing when it is at the top already).
  useEffect(() => {
    if ((virtualizer.scrollOffset ?? 0) > 0) scrollRef.current?.scrollTo({ top: 0 });
  }, [source]);

  // Every visible row has arrived (tests and the print view wait for this).
  const ready = loaded?.source === source && windows !== null && items.every((item) => windows.row(item.index) !== undefined);
  const visible = table.getVisibleLeafColumns().map((c) => byId.get(c.id)).filter((c): c is DataColumn => !!c);
  const template = visible.map((c) => `${c.width}px`).join(' ');
  const totalWidth = visible.reduce((w, c) => w + c.width, 0);

  const onRowKey = (event: KeyboardEvent, row: DataRow | undefined) => {
    if (row && props.onRowClick && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      props.onRowClick(row);
    }
  };

  return (
    <div className="dt" data-testid={props.testId} data-ready={ready ? 'true' : 'false'}>
      <div className="dt-toolbar">
        {props.toolbar}
        <details className="dt-columns">
          <summary>{L.columns[lang]}</summary>
          <div className="dt-columns-list">
            {table.getAllLeafColumns().map((column) => (
              <label key={column.id}>
                <input type="checkbox" checked={column.getIsVisible()} onChange={() => column.toggleVisibility()} />
                {byId.get(column.id)?.header[lang] ?? column.id}
              </label>
            ))}
          </div>
        </details>
        <span className="dt-count" data-testid="row-count">
          {summary ? L.rows[lang](formatCount(count, lang)) : '…'}
        </span>
      </div>
      {error && (
        <div className="dt-error" role="alert">
          {error}
        </div>
      )}
      <div className="dt-scroll" ref={scrollRef} style={{ height: props.height ?? 520 }} role="table" aria-rowcount={count + 1}>
        <div className="dt-head" style={{ gridTemplateColumns: template, width: totalWidth }} role="row">
          {table.getFlatHeaders().filter((h) => h.column.getIsVisible()).map((header) => {
            const column = byId.get(header.column.id)!;
            const sorted = header.column.getIsSorted();
            const filterError = props.filterErrors?.[column.id];
            return (
              <div key={header.id} className={`dt-th${column.numeric ? ' dt-num' : ''}`} role="columnheader" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                <button
                  type="button"
                  className="dt-sort"
                  disabled={!header.column.getCanSort()}
                  onClick={header.column.getToggleSortingHandler()}
                  title={L.sort[lang]}
                >
                  {column.header[lang]}
                  <span className="dt-arrow">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                </button>
                {header.column.getCanFilter() && (
                  <FilterInput
                    value={(header.column.getFilterValue() as string | undefined) ?? ''}
                    onChange={(value) => header.column.setFilterValue(value || undefined)}
                    placeholder={column.numeric ? '>=0.6, <60%, 1..9' : L.filterPlaceholder[lang]}
                    label={`${column.header[lang]} ${L.filter[lang]}`}
                    error={filterError?.[lang]}
                  />
                )}
              </div>
            );
          })}
        </div>
        <div className="dt-body" style={{ height: virtualizer.getTotalSize(), width: totalWidth }}>
          {items.map((item) => {
            const row = windows?.row(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={`dt-row${props.onRowClick ? ' dt-clickable' : ''}${item.index % 2 ? ' dt-odd' : ''}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                tabIndex={props.onRowClick ? 0 : undefined}
                onClick={row && props.onRowClick ? () => props.onRowClick!(row) : undefined}
                onKeyDown={(e) => onRowKey(e, row)}
              >
                {visible.map((c) => {
                  const text = row ? c.format(row[c.id], lang) : '';
                  return (
                    <div key={c.id} role="cell" className={`dt-td${c.numeric ? ' dt-num' : ''}`} title={text}>
                      {row ? (c.render ? c.render(row, lang) : text) : <span className="dt-loading">…</span>}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        <div className="dt-foot" style={{ gridTemplateColumns: template, width: totalWidth }} role="row" data-testid="table-footer">
          {visible.map((c, i) => {
            const total = summary?.totals[c.id];
            const label = i === 0 && total === undefined ? `${(props.totalLabel ?? L.total)[lang]} ${formatCount(count, lang)}` : '';
            return (
              <div key={c.id} role="cell" className={`dt-td${c.numeric ? ' dt-num' : ''}`} data-column={c.id}>
                {total !== undefined && total !== null ? (
                  <>
                    {c.totalNote && <span className="dt-note">{c.totalNote[lang]}</span>}
                    {c.format(total, lang)}
                  </>
                ) : (
                  label
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** A filter box that commits after a short pause in typing, so each keystroke is not a query. */
function FilterInput(props: { value: string; onChange: (v: string) => void; placeholder: string; label: string; error: string | undefined }) {
  const [text, setText] = useState(props.value);
  const { onChange, value } = props;
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <input
      className={`dt-filter${props.error ? ' dt-filter-bad' : ''}`}
      value={text}
      placeholder={props.placeholder}
      aria-label={props.label}
      title={props.error ?? props.placeholder}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => e.key === 'Enter' && onChange(text)}
    />
  );
}
