import { useCallback, useMemo, useRef, useState } from 'react';
import type { DataTableState } from './DataTable';

/** A table's sort and column filters as the URL keeps them (column ids are the table's own). */
export interface TableUrlState {
  sorting: { id: string; desc: boolean }[];
  filters: { id: string; value: string }[];
}

export const EMPTY_TABLE_URL_STATE: TableUrlState = { sorting: [], filters: [] };

/**
 * A DataTable's state with its sort and column filters kept in the URL (`sort.<table>`,
 * `filter.<table>.<column>`: a copied URL reopens the table sorted and filtered) and its
 * column choice kept on the page. `tableStates`/`setTableState` are the view's props.
 */
export function useUrlTableState(
  tableId: string,
  tableStates: Readonly<Record<string, TableUrlState>>,
  setTableState: (table: string, state: TableUrlState) => void,
  initialVisibility: () => Record<string, boolean>,
): [DataTableState, (change: (state: DataTableState) => DataTableState) => void] {
  const [visibility, setVisibility] = useState<Record<string, Record<string, boolean>>>({});
  const url = tableStates[tableId] ?? EMPTY_TABLE_URL_STATE;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const defaults = useMemo(initialVisibility, [tableId]);
  const columnVisibility = visibility[tableId] ?? defaults;
  const state = useMemo<DataTableState>(
    () => ({ sorting: url.sorting, columnFilters: url.filters.map((f) => ({ id: f.id, value: f.value })), columnVisibility }),
    [url, columnVisibility],
  );
  // Several changes may arrive before the next render: each applies to the latest state.
  const latest = useRef(state);
  latest.current = state;
  const onStateChange = useCallback(
    (change: (s: DataTableState) => DataTableState) => {
      const previous = latest.current;
      const next = change(previous);
      latest.current = next;
      if (next.columnVisibility !== previous.columnVisibility) setVisibility((v) => ({ ...v, [tableId]: next.columnVisibility }));
      if (next.sorting !== previous.sorting || next.columnFilters !== previous.columnFilters) {
        setTableState(tableId, {
          sorting: next.sorting.map((s) => ({ id: s.id, desc: s.desc })),
          filters: next.columnFilters.flatMap((f) => (f.value === undefined || f.value === null || String(f.value) === '' ? [] : [{ id: f.id, value: String(f.value) }])),
        });
      }
    },
    [tableId, setTableState],
  );
  return [state, onStateChange];
}
