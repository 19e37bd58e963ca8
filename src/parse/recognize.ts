/**
 * The form recognizer: one document's cell grid → its forms, target tables, lists and the lines it
 * could not place. The same for every format: the readers give the grid, this reads it by the
 * label vocabulary (`labels.ts`). Pure: no Node or DOM APIs, so it runs in the CLI and in a browser
 * worker alike.
 */
import type { Grid, GridRow } from '../read/grid';
import { gridLines, type SourceLine } from '../read/text/sourceLines';
import { CellLedger } from './cellLedger';
import { amountUnitOf } from './cellText';
import { flowRows } from './flowRows';
import { figureAfterTotalLabel } from './form/totalRow';
import type { ParsedDocument } from './forms';
import { collectHeadings } from './headings';
import { labelGroup } from './labelGroups';
import { CELL_ONLY_LABELS, labelKey } from './labels';
import { splitAtLabels, type TextPiece } from './labelSplit';
import { outlineDocument } from './outline';
import { type CellMaker, type Row, type RowCell, cellMaker } from './row';
import { simplifiedFor } from './simplified';

/** A paragraph: one cell, outside any table, not part of a flow. */
const isParagraphRow = (row: GridRow): boolean => row.table === null && !row.flow && row.cells.length <= 1;

/** Sentence punctuation: a cell with it is prose (an instruction, a goal), not labels run together. */
const SENTENCE = /[，。；,;]/u;
/** A figure's thousands separator (`1,280.00`): no sentence's comma. */
const THOUSANDS_COMMA = /(?<=\d),(?=\d{3}(?!\d))/gu;

/**
 * The pieces of a flow's cell: the cell cut where labels stand in it when it holds a table's
 * labels run together (`项目名称演出服装…主管部门…`, `项目名称：示例`) — labels make up a good part of
 * it — but whole when it is prose that merely mentions a label.
 */
function cellPieces(text: string, simplify: (text: string) => string): TextPiece[] {
  if (text === '') return [{ text, label: false }];
  // `单位：万元` states the amounts' unit, `自评得分：97.34分` the total: one piece each, not a label and a value.
  const key = labelKey(simplify(text));
  if (amountUnitOf(key) !== null || figureAfterTotalLabel(key) !== null) return [{ text: text.trim(), label: false }];
  const pieces = splitAtLabels(text, simplify(text));
  const labels = pieces.filter((piece) => piece.label);
  if (labels.length === 0) return pieces;
  if ((pieces[0]?.label || text.length <= 80) && !SENTENCE.test(text.replace(THOUSANDS_COMMA, ''))) return pieces;
  const labelChars = labels.reduce((sum, piece) => sum + piece.text.replace(/\s+/g, '').length, 0);
  const density = labelChars / text.replace(/\s+/g, '').length;
  // A whole form run together names several of its parts (head, funds, indicators…), whatever prose its values hold.
  const groups = new Set(labels.map((piece) => labelGroup(labelKey(simplify(piece.text))) ?? 'level')).size;
  const long = text.replace(/\s+/g, '').length >= 100;
  return (labels.length >= 3 && density >= 0.25) || (labels.length >= 2 && density >= 0.4) || (labels.length >= 5 && groups >= 3) || (long && labels.length >= 3)
    ? pieces
    : [{ text: text.trim(), label: false }];
}

/**
 * Short cells that together make one label (`年初` / `预算数`, `实际` / `完成值`, `部门相应职能职` / `责概述`: a header cell
 * whose text broke over lines) are joined back into it.
 */
function joinBrokenLabels(cells: readonly RowCell[]): RowCell[] {
  const out: RowCell[] = [];
  for (const cell of cells) {
    const previous = out[out.length - 1];
    if (previous && previous.key.length <= 8 && cell.key.length <= 6 && labelGroup(previous.key) === null && cell.key !== '') {
      const key = previous.key + cell.key;
      if (labelGroup(key) !== null) {
        out[out.length - 1] = { ...previous, text: `${previous.text}${cell.text}`, plain: `${previous.plain}${cell.plain}`, key, lines: [...previous.lines, ...cell.lines], ids: [...previous.ids, ...cell.ids] };
        continue;
      }
    }
    out.push(cell);
  }
  return out;
}

/** The cells of a flow, each cut where labels stand in it, labels broken over lines joined, blank cells kept. */
function flowCells(gridRows: readonly GridRow[], make: CellMaker, simplify: (text: string) => string): RowCell[] {
  const cells: RowCell[] = [];
  for (const row of gridRows) {
    for (const cell of row.cells) for (const piece of cellPieces(cell.text, simplify)) cells.push(make({ ...cell, text: piece.text }, piece.reads));
  }
  return joinBrokenLabels(cells);
}

/** The label groups a text's labels belong to (a flattened form's text names several parts of a form). */
function labelGroupsIn(text: string, simplify: (text: string) => string): { labels: number; groups: number } {
  const labels = cellPieces(text, simplify).filter((piece) => piece.label);
  return { labels: labels.length, groups: new Set(labels.map((piece) => labelGroup(labelKey(piece.text)) ?? piece.text)).size };
}

/** A table cell this long may hold a whole form run together. */
const MIN_FORM_IN_CELL = 200;

/** The reason given to a non-blank line no reading of the document reached. */
export const NOT_REACHED = 'not reached by the recognizer';

/** Text that is a whole table flattened into one run: six labels or more, of three parts of a form. */
function holdsForm(text: string, simplify: (text: string) => string): boolean {
  const found = labelGroupsIn(text, simplify);
  return found.labels >= 6 && found.groups >= 3;
}

/**
 * The rows the recognizer reads: the grid's printed rows as they are; a flow (a run of cells whose
 * row breaks the text lost) cut into rows by `flowRows`, and so a paragraph that is a whole table
 * flattened into one line of text (six labels or more, of three parts of a form).
 */
export function documentRows(grid: Grid, made: RowCell[]): Row[] {
  const simplify = simplifiedFor(grid.text);
  const make = cellMaker(simplify, made);
  const rows: Row[] = [];
  for (const row of grid.rows) {
    if (row.kind !== undefined) {
      // Structure the reader marked (a sheet's name): its cells as they are, never cut at labels.
      rows.push({ cells: row.cells.map((cell) => make(cell)), line: row.line, table: row.table, flow: false, kind: row.kind });
      continue;
    }
    if (row.flow) {
      const blanksVisible = row.cells.some((cell) => cell.text === '');
      rows.push(...flowRows(flowCells([row], make, simplify), row.table, blanksVisible));
      continue;
    }
    if (isParagraphRow(row)) {
      if (holdsForm(row.cells[0]?.text ?? '', simplify)) {
        rows.push(...flowRows(flowCells([row], make, simplify), null, false));
        continue;
      }
    }
    const formCell = row.cells.findIndex((cell) => cell.text.length >= MIN_FORM_IN_CELL && holdsForm(cell.text, simplify));
    if (formCell >= 0) {
      // A page's metadata table whose 内容概述 cell holds a whole form run together: the cell is read as the form's text.
      const rest = row.cells.filter((_, i) => i !== formCell);
      if (rest.length > 0) rows.push({ cells: rest.map((cell) => make(cell)), line: row.line, table: row.table, flow: false });
      rows.push(...flowRows(flowCells([{ ...row, cells: [row.cells[formCell]!] }], make, simplify), null, false));
      continue;
    }
    // A table row opening with a cell-only label (`部门 | …`) reads it as the label it stands for; after another cell it may be the
    // tail of a label OCR split over cells (`主管 | 部门`).
    const first = row.cells.findIndex((cell) => cell.text.trim() !== '');
    const cellLabel = (text: string, index: number): string | undefined => (row.table !== null && index === first ? CELL_ONLY_LABELS[labelKey(simplify(text))] : undefined);
    rows.push({ cells: row.cells.map((cell, index) => make(cell, cellLabel(cell.text, index))), line: row.line, table: row.table, flow: false });
  }
  return rows;
}

export function recognize(grid: Grid, sourceFile: string): ParsedDocument {
  const made: RowCell[] = [];
  const rows = documentRows(grid, made);
  const ledger = new CellLedger();
  const outline = outlineDocument(rows, ledger);
  const lines = gridLines(grid);
  const layoutResult = { ...outline, unparsed: [], consumed: [] };
  const headings = collectHeadings(lines, layoutResult);
  // In Word-table text a line's leading tab marks a cell, it is no text; elsewhere a line is reported as it stands.
  const lineText = (line: SourceLine): string => (grid.layout === 'cell-per-line' ? line.text.trim() : line.text);
  const accounted = ledger.close(made, lines, lineText, NOT_REACHED);
  return { ...outline, unparsed: accounted.unparsed, consumed: accounted.consumed, sourceFile, layout: grid.layout, headings };
}
