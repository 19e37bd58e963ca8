import type { GridRow } from '../grid';
import { isBlankText, type SourceLine } from './sourceLines';
import { cellText, textCell } from './textCell';

/**
 * Plain lines, no marks of a table: each line a cell or a paragraph, row breaks unknown. The
 * whole document is one flow of cells in reading order; the recognizer finds the rows and tells
 * the paragraphs from the cells.
 */
export function plainLineRows(lines: readonly SourceLine[]): GridRow[] {
  const cells = lines.filter((source) => !isBlankText(source.text)).map((source, col) => textCell(cellText(source.text), col, [source.line], null));
  return cells.length === 0 ? [] : [{ line: cells[0]?.line ?? 0, table: null, cells, flow: true }];
}
