import type { Cell } from '../forms';
import type { SourceLine } from '../../read/text/sourceLines';
import { isBlankText } from '../../read/text/sourceLines';

/**
 * Word-table text, one cell per line: a line starting with a tab starts a cell; a line without a
 * tab right after a cell (or after a single blank line inside it) continues that cell; blank lines
 * separate table rows; text after two or more blank lines, or after other text, is a paragraph.
 */

/** One table cell and every source line it spans. */
export interface BlockCell extends Cell {
  readonly lines: readonly number[];
}

/** A table row (cells in order) or a paragraph outside any table. */
export type Block =
  | { readonly kind: 'row'; readonly cells: BlockCell[]; readonly lines: number[] }
  | { readonly kind: 'text'; readonly text: string; readonly line: number; readonly lines: number[] };

/** Word field artefacts that are not printed text, e.g. `[bookmark: _GoBack]`. */
const FIELD_ARTEFACT = /\[bookmark:[^\]]*\]/g;

function cleanPart(text: string): string {
  return text.replace(FIELD_ARTEFACT, '').trim();
}

interface MutableCell {
  parts: string[];
  line: number;
  lines: number[];
}

export function toBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let row: { cells: MutableCell[]; lines: number[] } | null = null;
  let blankRun = 0;

  const closeRow = (): void => {
    if (row) {
      blocks.push({
        kind: 'row',
        cells: row.cells.map((cell) => ({ text: cell.parts.filter((part) => part !== '').join('\n'), line: cell.line, lines: cell.lines })),
        lines: row.lines,
      });
    }
    row = null;
  };

  for (const { line, text } of lines) {
    if (!text.startsWith('\t') && isBlankText(text)) {
      blankRun += 1;
      continue;
    }
    if (text.startsWith('\t')) {
      if (row === null || blankRun > 0) {
        closeRow();
        row = { cells: [], lines: [] };
      }
      row.cells.push({ parts: [cleanPart(text.slice(1))], line, lines: [line] });
      row.lines.push(line);
    } else {
      const current: { cells: MutableCell[]; lines: number[] } | null = row;
      const lastCell = current?.cells[current.cells.length - 1];
      if (current && lastCell && blankRun <= 1) {
        lastCell.parts.push(cleanPart(text));
        lastCell.lines.push(line);
        current.lines.push(line);
      } else {
        closeRow();
        blocks.push({ kind: 'text', text: cleanPart(text), line, lines: [line] });
      }
    }
    blankRun = 0;
  }
  closeRow();
  return blocks;
}

/** The cells of a row that have text. */
export function filledCells(block: Block): BlockCell[] {
  return block.kind === 'row' ? block.cells.filter((cell) => cell.text !== '') : [];
}

/** The block's text when it is a paragraph or a row with a single filled cell, else null. */
export function singleText(block: Block): { text: string; line: number } | null {
  if (block.kind === 'text') return { text: block.text, line: block.line };
  const filled = filledCells(block);
  return filled.length === 1 && filled[0] ? { text: filled[0].text, line: filled[0].line } : null;
}
