/**
 * The form recognizer: one document's cell grid → its forms, target tables, lists and the lines it
 * could not place. The same for every format: the readers give the grid, this reads it by the
 * label vocabulary (`labels.ts`). Pure: no Node or DOM APIs, so it runs in the CLI and in a browser
 * worker alike.
 */
import type { Grid, GridRow } from '../read/grid';
import { splitSourceLines } from '../read/text/sourceLines';
import { CellLedger } from './cellLedger';
import { flowRows } from './flowRows';
import type { ParsedDocument } from './forms';
import { collectHeadings } from './headings';
import { splitAtLabels } from './labelSplit';
import { outlineDocument } from './outline';
import { type CellMaker, type Row, type RowCell, cellMaker } from './row';

/** A paragraph: one cell, outside any table, not part of a flow. */
const isParagraphRow = (row: GridRow): boolean => row.table === null && !row.flow && row.cells.length <= 1;

/** The cells of a flow, each cut where labels stand in it (`项目名称演出服装…主管部门…`), blank cells kept. */
function flowCells(gridRows: readonly GridRow[], make: CellMaker): RowCell[] {
  const cells: RowCell[] = [];
  for (const row of gridRows) {
    for (const cell of row.cells) {
      const pieces = cell.text === '' ? [{ text: '', label: false }] : splitAtLabels(cell.text);
      for (const piece of pieces) cells.push(make({ ...cell, text: piece.text }));
    }
  }
  return cells;
}

const labelCount = (text: string): number => splitAtLabels(text).filter((piece) => piece.label).length;

/**
 * The rows the recognizer reads: the grid's printed rows as they are; a flow (a run of cells whose
 * row breaks the text lost), or a run of paragraphs that holds a table flattened into text (two
 * labels or more), cut into rows by `flowRows`.
 */
export function documentRows(grid: Grid, made: RowCell[]): Row[] {
  const make = cellMaker(grid, made);
  const rows: Row[] = [];
  const gridRows = grid.rows;
  for (let i = 0; i < gridRows.length; i++) {
    const row = gridRows[i]!;
    if (row.flow) {
      const blanksVisible = row.cells.some((cell) => cell.text === '');
      rows.push(...flowRows(flowCells([row], make), row.table, blanksVisible));
      continue;
    }
    if (isParagraphRow(row)) {
      let end = i;
      while (end + 1 < gridRows.length && isParagraphRow(gridRows[end + 1]!)) end++;
      const run = gridRows.slice(i, end + 1);
      if (run.reduce((sum, each) => sum + labelCount(each.cells[0]?.text ?? ''), 0) >= 2) {
        rows.push(...flowRows(flowCells(run, make), null, false));
        i = end;
        continue;
      }
    }
    rows.push({ cells: row.cells.map(make), line: row.line, table: row.table, flow: false });
  }
  return rows;
}

export function recognize(grid: Grid, sourceFile: string): ParsedDocument {
  const made: RowCell[] = [];
  const rows = documentRows(grid, made);
  const ledger = new CellLedger();
  const outline = outlineDocument(rows, ledger);
  const lines = splitSourceLines(grid.text);
  const layoutResult = { ...outline, unparsed: [], consumed: [] };
  const headings = collectHeadings(lines, layoutResult);
  // In Word-table text a line's leading tab marks a cell, it is no text; elsewhere a line is reported as it stands.
  const lineText = (line: number): string => {
    const text = lines[line - 1]?.text ?? '';
    return grid.layout === 'cell-per-line' ? text.trim() : text;
  };
  const accounted = ledger.close(made, lineText, 'not reached by the recognizer');
  return { ...outline, unparsed: accounted.unparsed, consumed: accounted.consumed, sourceFile, layout: grid.layout, headings };
}
