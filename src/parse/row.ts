import type { GridCell, RowKind } from '../read/grid';
import { labelKey } from './labels';

/**
 * A cell as the recognizer reads it: the grid cell's text, place and lines, and its label key
 * (computed once; from the simplified text when the document is in traditional characters, while
 * `text` stays as printed).
 */
export interface RowCell {
  readonly text: string;
  /** The text in simplified characters, for finding labels in it (the same as `text` unless the document is traditional). */
  readonly plain: string;
  readonly key: string;
  readonly col: number;
  readonly span: number;
  readonly line: number;
  readonly lines: readonly number[];
  readonly mergedDown: boolean;
  /**
   * The ledger's ids of the cells this one stands for: its own, or several when pieces were joined
   * (a name printed in two pieces). A copy of a cell (moved to another column) keeps them.
   */
  readonly ids: readonly number[];
}

/** A printed row of cells as the recognizer reads it (a flow cut into rows, or a grid row). */
export interface Row {
  readonly cells: readonly RowCell[];
  readonly line: number;
  readonly table: number | null;
  /**
   * Cut from a flow (cells whose row breaks the text lost): its cells are in reading order but a
   * blank cell may be missing, so `col` is only the place in the row, not a column of the table.
   */
  readonly flow: boolean;
  /** What the reader said the row is when it is structure (a workbook's sheet name); absent for content. */
  readonly kind?: RowKind;
  /** What readers worked out about this row, once (see `rowMemo`); not part of what the row says. */
  memo?: RowMemo;
}

/**
 * What is worked out about a row once and read many times: its non-blank cells, its text as one
 * label key, and what the modules above add to it by augmenting this interface (its class in the
 * outline, its cells by column). Kept on the row itself: a WeakMap entry per row cost more than
 * the work it saved. A row copied with a spread (`{ ...row, cells }`) carries its original's memo
 * along, so a memo answers only for the row it was made for.
 */
export interface RowMemo {
  readonly row: Row;
  filled?: readonly RowCell[];
  key?: string;
}

export function rowMemo(row: Row): RowMemo {
  let memo = row.memo;
  if (memo === undefined || memo.row !== row) {
    memo = { row };
    row.memo = memo;
  }
  return memo;
}

/** Builds a row cell from a grid cell (or a part of one) with the document's key function. */
export type CellMaker = (cell: Pick<GridCell, 'text' | 'col' | 'span' | 'line' | 'lines' | 'mergedDown'>, reads?: string) => RowCell;

/**
 * The cell maker of a document: keys from its text in simplified characters (`simplified` is the
 * identity unless the document is traditional); `reads` is the label a cell stands for when OCR
 * misread it. Every cell made is listed in `made`, in order, under its id: what the ledger accounts for.
 */
export function cellMaker(simplified: (text: string) => string, made: RowCell[]): CellMaker {
  /** One `[line]` list per line, shared by the cells that lie on it alone (a cell's lines are never changed). */
  const lineLists: number[][] = [];
  return (cell, reads) => {
    const plain = simplified(cell.text);
    const made_: RowCell = {
    text: cell.text,
    plain: plain.length === cell.text.length ? plain : cell.text,
    key: labelKey(reads ?? plain),
    col: cell.col,
    span: cell.span,
    line: cell.line,
    lines: cell.lines ?? (lineLists[cell.line] ??= [cell.line]),
    mergedDown: cell.mergedDown === true,
    ids: [made.length],
    };
    made.push(made_);
    return made_;
  };
}

/** The non-blank cells of a row (worked out once per row). */
export function filledCells(row: Row): readonly RowCell[] {
  const memo = rowMemo(row);
  memo.filled ??= row.cells.filter((cell) => cell.text !== '');
  return memo.filled;
}

/** The column after a row's last cell, merges counted (its width in the table's columns). */
export const rowWidth = (row: Row): number => row.cells.reduce((end, cell) => Math.max(end, cell.col + cell.span), 0);

/** The first and last line of a row's non-blank cells (what the ledger accounts for); null for a blank row. */
export function contentSpan(row: Row): { first: number; last: number } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const cell of row.cells) {
    if (cell.text === '') continue;
    for (const line of cell.lines) {
      if (line < first) first = line;
      if (line > last) last = line;
    }
  }
  return last < first ? null : { first, last };
}
