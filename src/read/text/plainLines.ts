import type { GridRow } from '../grid';
import { isBlankText, type SourceLine } from './sourceLines';
import { cellText, textCell } from './textCell';

/**
 * Plain lines, no marks of a table: each line a cell or a paragraph, row breaks unknown. The
 * whole document is one flow of cells in reading order; the recognizer finds the rows and tells
 * the paragraphs from the cells. A line of no-break spaces is an empty cell the page printed.
 */
/** A line holding only no-break spaces: a web page's empty cell (`&nbsp;`), a blank cell of the table. */
const EMPTY_CELL = /^[\u00a0]+$/u;

export function plainLineRows(lines: readonly SourceLine[]): GridRow[] {
  const cells = lines
    .filter((source) => !isBlankText(source.text) || EMPTY_CELL.test(source.text.replace(/[ \t]/g, '')))
    .map((source, col) => textCell(cellText(source.text), col, [source.line], null));
  return cells.length === 0 ? [] : [{ line: cells[0]?.line ?? 0, table: null, cells, flow: true }];
}
