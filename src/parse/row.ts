import type { GridCell } from '../read/grid';
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
}

/** Builds a row cell from a grid cell (or a part of one) with the document's key function. */
export type CellMaker = (cell: Pick<GridCell, 'text' | 'col' | 'span' | 'line' | 'lines' | 'mergedDown'>, reads?: string) => RowCell;

/**
 * The cell maker of a document: keys from its text in simplified characters (`simplified` is the
 * identity unless the document is traditional); `reads` is the label a cell stands for when OCR
 * misread it. Every cell made is listed in `made`, in order, under its id: what the ledger accounts for.
 */
export function cellMaker(simplified: (text: string) => string, made: RowCell[]): CellMaker {
  return (cell, reads) => {
    const plain = simplified(cell.text);
    const made_: RowCell = {
    text: cell.text,
    plain: plain.length === cell.text.length ? plain : cell.text,
    key: labelKey(reads ?? plain),
    col: cell.col,
    span: cell.span,
    line: cell.line,
    lines: cell.lines ?? [cell.line],
    mergedDown: cell.mergedDown === true,
    ids: [made.length],
    };
    made.push(made_);
    return made_;
  };
}

/** The non-blank cells of a row. */
export function filledCells(row: Row): RowCell[] {
  return row.cells.filter((cell) => cell.text !== '');
}

/** Every line a row's cells span, in order. */
export function rowLines(row: Row): number[] {
  const lines = new Set<number>();
  for (const cell of row.cells) for (const line of cell.lines) lines.add(line);
  return [...lines].sort((a, b) => a - b);
}

/** The lines of a row's non-blank cells (what the ledger accounts for). */
export function contentLines(row: Row): number[] {
  const lines = new Set<number>();
  for (const cell of row.cells) if (cell.text !== '') for (const line of cell.lines) lines.add(line);
  return [...lines].sort((a, b) => a - b);
}
