import type { FoundCell, FoundRow } from './renderedGrid';
import { tableCellRef } from './tableRefs';

/** A table cell as markup gives it: its text and how many rows and columns it covers. */
export interface SpannedCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * A table's rows with `rowspan`/`colspan` resolved as a browser lays them out: each cell takes
 * the first column no cell above still covers; a cell merged across columns is one cell with
 * `span`; the positions a cell merged down covers in the rows below become blank cells marked
 * `mergedDown`, with the same span. A rowspan past the last row stops there.
 */
export function spannedRows(rows: readonly (readonly SpannedCell[])[], table: number): FoundRow[] {
  const coveredBelow = new Map<number, { col: number; span: number }[]>();
  return rows.map((row, r) => {
    const covered = coveredBelow.get(r) ?? [];
    const taken = new Set<number>();
    const cells: FoundCell[] = covered.map(({ col, span }) => {
      for (let c = col; c < col + span; c++) taken.add(c);
      return { text: '', col, span, ref: tableCellRef(table, r, col), mergedDown: true };
    });
    let col = 0;
    for (const cell of row) {
      while (taken.has(col)) col++;
      const span = Math.max(1, cell.colSpan);
      for (let c = col; c < col + span; c++) taken.add(c);
      cells.push({ text: cell.text, col, span, ref: tableCellRef(table, r, col) });
      const lastRow = cell.rowSpan <= 0 ? rows.length - 1 : Math.min(rows.length - 1, r + cell.rowSpan - 1);
      for (let below = r + 1; below <= lastRow; below++) {
        const list = coveredBelow.get(below) ?? [];
        list.push({ col, span });
        coveredBelow.set(below, list);
      }
      col += span;
    }
    return { table, cells: cells.sort((a, b) => a.col - b.col) };
  });
}
