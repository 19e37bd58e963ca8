import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode, type Ref } from 'react';
import { usePrinting } from './usePrinting';

/** What a row must carry for its height to be measured: spread onto its `<tr>`. */
export interface RowMeasure {
  ref: Ref<HTMLTableRowElement>;
  'data-index': number;
  'aria-rowindex': number;
}

interface Props {
  /** How many rows the list has (all in memory: a view's list of a few hundred). */
  rows: number;
  /** How many columns a row has (the spacers span them). */
  columns: number;
  /** The header row (`<tr>` of `<th>`). */
  head: ReactNode;
  /** Row `i` as a `<tr>` with its own key, `measure` spread onto it. */
  row: (i: number, measure: RowMeasure) => ReactNode;
  /** The scroll box's height, px. */
  maxHeight?: number;
}

/** A first guess of a row's height before it is measured (one line of 12px text and its padding). */
const ROW_ESTIMATE = 27;

/**
 * A plain table whose body has only the rows in view (and a few beyond) in the page: a view's
 * list of hundreds of rows redrawn on every filter change cost more in style and layout than its
 * query (the targets list's 500 rows: ~50 ms a change at M). Rows are measured as drawn, so
 * wrapping text keeps its height. Printed, every row is drawn (`usePrinting`).
 */
export function WindowedTable({ rows, columns, head, row, maxHeight = 480 }: Props) {
  const scroll = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const virtualizer = useVirtualizer({ count: rows, getScrollElement: () => scroll.current, estimateSize: () => ROW_ESTIMATE, overscan: 8 });
  const items = printing ? null : virtualizer.getVirtualItems();
  const first = items?.[0]?.start ?? 0;
  const after = items && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const indexes = items ? items.map((item) => item.index) : Array.from({ length: rows }, (_, i) => i);
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} className="windowed-spacer" aria-hidden="true">
        <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null;
  return (
    <div className="scroll" ref={scroll} style={{ maxHeight }}>
      <table className="plain-table" aria-rowcount={rows + 1}>
        <thead>{head}</thead>
        <tbody>
          {spacer(first, 'before')}
          {indexes.map((i) => row(i, { ref: virtualizer.measureElement, 'data-index': i, 'aria-rowindex': i + 2 }))}
          {spacer(after, 'after')}
        </tbody>
      </table>
    </div>
  );
}
