import { type Grid, type GridCell, type GridRow, type RowKind, type SourceFormat, renderRow } from './grid';

/** A cell as a non-text reader finds it, before it has a line of the rendered text. */
export type FoundCell = Omit<GridCell, 'line' | 'lines'>;

/** A row as a non-text reader finds it: a table row, or a paragraph (one cell, `table` null). */
export interface FoundRow {
  readonly cells: readonly FoundCell[];
  readonly table: number | null;
  readonly kind?: RowKind;
}

/**
 * The grid of a format that has no lines of its own (HTML, Word, sheets, PDF): each row
 * becomes one line of the rendered text (cells joined by ` | `), and its cells point at it.
 * Row N is line N, blank rows included, so a line number always finds its row.
 */
export function renderedGrid(format: SourceFormat, layout: string, found: readonly FoundRow[], notes: readonly string[] = []): Grid {
  const rows: GridRow[] = [];
  const lines: string[] = [];
  found.forEach((row, index) => {
    const line = index + 1;
    lines.push(renderRow(row.cells));
    const cells = row.cells.map((cell) => onLine(cell, line));
    rows.push(row.kind === undefined ? { line, table: row.table, cells } : { line, table: row.table, cells, kind: row.kind });
  });
  return { format, layout, rows, text: lines.join('\n'), notes };
}

/** A found cell on its line: its fields in the order readers give them, `line` last (built field by field, much faster than a spread). */
function onLine(cell: FoundCell, line: number): GridCell {
  return cell.mergedDown === true
    ? { text: cell.text, col: cell.col, span: cell.span, ref: cell.ref, mergedDown: true, line }
    : { text: cell.text, col: cell.col, span: cell.span, ref: cell.ref, line };
}
