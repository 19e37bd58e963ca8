/**
 * Reading a row whose labels and values share cells in any way OCR or flattening split them:
 * `主管|部门|上海市普|萨区人民政府办|公室|实施单|位|…` or `主管部门 上海市普陀区人民政府办公室 实施单位 …`
 * in one cell. Labels are found in the row's text without whitespace; values are cut out of the
 * cells as printed.
 */
import type { Cell } from '../forms';
import type { Row, RowCell } from '../row';
import { isWhitespace } from '../cellText';
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
  /** By stream offset: the index of the cell the character comes from, and its offset in that cell. */
  private readonly cellIndex: number[] = [];
  private readonly cellOffset: number[] = [];

  constructor(readonly cells: readonly RowCell[]) {
    const chars: string[] = [];
    cells.forEach((cell, index) => {
      const plain = cell.plain;
      for (let offset = 0; offset < plain.length; offset++) {
        if (isWhitespace(plain.charCodeAt(offset))) continue;
        chars.push(plain[offset]!);
        this.cellIndex.push(index);
        this.cellOffset.push(offset);
      }
    });
    this.text = chars.join('');
  }

  /** The index of the cell a stream offset's character comes from. */
  indexAt(at: number): number {
    return this.cellIndex[at]!;
  }

  /** Pieces of the cells between two stream offsets (end exclusive), cut from the text as printed. */
  slice(start: number, end: number): ValuePiece[] {
    if (start >= end) return [];
    const fromIndex = this.cellIndex[start]!;
    const toIndex = this.cellIndex[end - 1]!;
    const pieces: ValuePiece[] = [];
    for (let index = fromIndex; index <= toIndex; index++) {
      const cell = this.cells[index]!;
      const begin = index === fromIndex ? this.cellOffset[start]! : 0;
      const stop = index === toIndex ? this.cellOffset[end - 1]! + 1 : cell.text.length;
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
    // The label's colon (`单位名称：黄石市…` in one cell) is no part of the value.
    let end = entry.end;
    while (end < next && (stream.text[end] === ':' || stream.text[end] === '：')) end++;
    const pieces = stream.slice(end, next);
    const labelText = stream.text.slice(entry.start, entry.end);
    const first = pieces[0];
    if (first?.whole && labelText.endsWith(first.cell.plain.trim().replace(/\s+/g, ''))) pieces.shift();
    return { labels: entry.labels, labelEnd: stream.indexAt(entry.end - 1), pieces };
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
