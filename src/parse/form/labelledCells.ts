/**
 * Reading a row whose labels and values share cells in any way OCR or flattening split them:
 * `主管|部门|上海市普|萨区人民政府办|公室|实施单|位|…` or `主管部门 上海市普陀区人民政府办公室 实施单位 …`
 * in one cell. Labels are found in the row's text without whitespace; values are cut out of the
 * cells as printed.
 */
import type { Cell } from '../forms';
import type { Row, RowCell } from '../row';
import { findLabel } from './rowLabels';

/** A piece of a value: the part of one cell it covers, as printed (trimmed). */
export interface ValuePiece {
  /** The index of the cell in its row. */
  readonly index: number;
  readonly cell: RowCell;
  readonly text: string;
  /** The piece is the whole cell, not a part of a cell shared with a label. */
  readonly whole: boolean;
}

/** The row's non-whitespace characters (in simplified form), each with the cell and offset it comes from. */
class CellStream {
  readonly text: string;
  readonly positions: { index: number; offset: number }[] = [];

  constructor(readonly cells: readonly RowCell[]) {
    let text = '';
    cells.forEach((cell, index) => {
      for (let offset = 0; offset < cell.plain.length; offset++) {
        const ch = cell.plain[offset]!;
        if (/\s/.test(ch)) continue;
        text += ch;
        this.positions.push({ index, offset });
      }
    });
    this.text = text;
  }

  /** Pieces of the cells between two stream offsets (end exclusive), cut from the text as printed. */
  slice(start: number, end: number): ValuePiece[] {
    if (start >= end) return [];
    const from = this.positions[start]!;
    const to = this.positions[end - 1]!;
    const pieces: ValuePiece[] = [];
    for (let index = from.index; index <= to.index; index++) {
      const cell = this.cells[index]!;
      const begin = index === from.index ? from.offset : 0;
      const stop = index === to.index ? to.offset + 1 : cell.text.length;
      const text = cell.text.slice(begin, stop).trim();
      if (text !== '') pieces.push({ index, cell, text, whole: text === cell.text.trim() });
    }
    return pieces;
  }
}

export interface LabelledValue {
  /** The list of synonyms (as passed in) that matched. */
  readonly labels: readonly string[];
  /** The index of the cell holding the label's last character. */
  readonly labelEnd: number;
  readonly pieces: ValuePiece[];
}

/**
 * Splits a row at the given labels (each list is one label and its synonyms) and gives each found
 * label the pieces up to the next found label. Text before the first label is not returned. A
 * whole cell right after a label that only repeats the label's tail (`实施单位|位`) is a remnant of
 * the label, not a value.
 */
export function valuesByLabel(row: Row, labels: readonly (readonly string[])[]): LabelledValue[] {
  const stream = new CellStream(row.cells);
  const found: { labels: readonly string[]; start: number; end: number }[] = [];
  for (const synonyms of labels) {
    const match = findLabel(stream.text, synonyms);
    if (match) found.push({ labels: synonyms, ...match });
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((entry, i) => {
    const next = found[i + 1]?.start ?? stream.text.length;
    const pieces = stream.slice(entry.end, next);
    const labelText = stream.text.slice(entry.start, entry.end);
    const first = pieces[0];
    if (first?.whole && labelText.endsWith(first.cell.plain.trim().replace(/\s+/g, ''))) pieces.shift();
    return { labels: entry.labels, labelEnd: stream.positions[entry.end - 1]!.index, pieces };
  });
}

/** Pieces joined as one text: OCR split one printed cell into several, so they join without a separator. */
export const joinPieces = (pieces: readonly ValuePiece[]): string => pieces.map((piece) => piece.text).join('');

/** Pieces as one cell: their text joined, on the line of the first piece. */
export function piecesCell(pieces: readonly ValuePiece[]): Cell | null {
  const first = pieces[0];
  const text = joinPieces(pieces);
  return first === undefined || text === '' ? null : { text, line: first.cell.line };
}

/** Whether the pieces leave an empty cell between them (part of the printed text was lost). */
export function hasGap(pieces: readonly ValuePiece[]): boolean {
  return pieces.some((piece, i) => i > 0 && piece.index > pieces[i - 1]!.index + 1);
}
