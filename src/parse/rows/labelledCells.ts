/**
 * Reading a row whose labels and values share cells in any way OCR split
 * them: `主管|部门|上海市普|萨区人民政府办|公室|实施单|位|…` or
 * `主管部门 上海市普陀区人民政府办公室 实施单位 …` in one cell. Labels are found
 * in the row's text without whitespace; values are cut out of the cells as printed.
 */
import { findLabel } from './rowLabels';

/** A piece of a value: the part of one cell it covers, as printed (trimmed). */
export interface ValuePiece {
  readonly col: number;
  readonly text: string;
  /** The piece is the whole cell, not a part of a cell shared with a label. */
  readonly whole: boolean;
}

interface CharPosition {
  readonly col: number;
  readonly index: number;
}

/** The row's non-whitespace characters, each with the cell and offset it comes from. */
class CellStream {
  readonly text: string;
  readonly positions: CharPosition[] = [];

  constructor(readonly cells: readonly string[]) {
    let text = '';
    cells.forEach((cell, col) => {
      for (let index = 0; index < cell.length; index++) {
        const ch = cell[index]!;
        if (/\s/.test(ch)) continue;
        text += ch;
        this.positions.push({ col, index });
      }
    });
    this.text = text;
  }

  /** Pieces of the cells between two stream offsets (end exclusive). */
  slice(start: number, end: number): ValuePiece[] {
    if (start >= end) return [];
    const from = this.positions[start]!;
    const to = this.positions[end - 1]!;
    const pieces: ValuePiece[] = [];
    for (let col = from.col; col <= to.col; col++) {
      const cell = this.cells[col]!;
      const begin = col === from.col ? from.index : 0;
      const stop = col === to.col ? to.index + 1 : cell.length;
      const text = cell.slice(begin, stop).trim();
      if (text !== '') pieces.push({ col, text, whole: text === cell });
    }
    return pieces;
  }
}

export interface LabelledValue {
  /** The list of synonyms (as passed in) that matched. */
  readonly labels: readonly string[];
  /** The column holding the label's last character. */
  readonly labelEndCol: number;
  readonly pieces: ValuePiece[];
}

/**
 * Splits a row at the given labels (each list is one label and its synonyms)
 * and gives each found label the pieces up to the next found label. Text before
 * the first label is not returned. A whole cell right after a label that only
 * repeats the label's tail (`实施单位|位`) is a remnant of the label, not a value.
 */
export function valuesByLabel(cells: readonly string[], labels: readonly (readonly string[])[]): LabelledValue[] {
  const stream = new CellStream(cells);
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
    if (first?.whole && labelText.endsWith(first.text)) pieces.shift();
    return { labels: entry.labels, labelEndCol: stream.positions[entry.end - 1]!.col, pieces };
  });
}

/** Pieces joined as one text: OCR split one printed cell into several, so they join without a separator. */
export const joinPieces = (pieces: readonly ValuePiece[]): string => pieces.map((piece) => piece.text).join('');

/** Whether the pieces leave an empty cell between them (part of the printed text was lost). */
export function hasGap(pieces: readonly ValuePiece[]): boolean {
  return pieces.some((piece, i) => i > 0 && piece.col > pieces[i - 1]!.col + 1);
}
