import type { Cell } from '../forms';
import { type Row, type RowCell, rowMemo } from '../row';

declare module '../row' {
  interface RowMemo {
    dense?: DenseRow;
  }
}

/**
 * A row as an array of texts by column (`cells[col]`, '' where no cell starts), with the cell at
 * each column for its line: what the positional readers (funds spans, indicator columns, OCR
 * repairs) index into. For text rows the column is the cell's place on its line.
 */
export interface DenseRow {
  readonly row: Row;
  readonly line: number;
  readonly cells: readonly string[];
  readonly at: readonly (RowCell | null)[];
}

export function denseRow(row: Row): DenseRow {
  const memo = rowMemo(row);
  if (memo.dense) return memo.dense;
  const width = row.cells.reduce((max, cell) => Math.max(max, cell.col + 1), 0);
  const cells = new Array<string>(width).fill('');
  const at = new Array<RowCell | null>(width).fill(null);
  for (const cell of row.cells) {
    if (at[cell.col]) continue;
    cells[cell.col] = cell.text;
    at[cell.col] = cell;
  }
  memo.dense = { row, line: row.line, cells, at };
  return memo.dense;
}

/** A cell of the row as printed at a column (its own line), or null when blank. */
export function cellAtColumn(row: DenseRow, col: number, text: string = row.cells[col] ?? ''): Cell | null {
  return text === '' ? null : { text, line: row.at[col]?.line ?? row.line };
}
