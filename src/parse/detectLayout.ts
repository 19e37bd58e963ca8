import type { SourceLine } from '../read/text/sourceLines';
import { isBlankText } from '../read/text/sourceLines';

export type Layout = 'cell-per-line' | 'row-per-line';

/** A line holding several cells: a tab or `|` between two pieces of text, or more than one tab. */
const MULTI_CELL_LINE = /\S\t|\t.*\t|\S\s*\|\s*\S/u;

/**
 * Tells the layout by structure, not by file name. Word-table text puts each cell on its own
 * tab-indented line, so a line never holds two cells; OCR'd or web-exported tables put a whole row
 * on one line with tab- or `|`-separated cells. A document where at least a fifth of the non-blank
 * lines hold several cells is row-per-line.
 */
export function detectLayout(lines: readonly SourceLine[]): Layout {
  let content = 0;
  let multiCell = 0;
  for (const { text } of lines) {
    if (isBlankText(text)) continue;
    content += 1;
    if (MULTI_CELL_LINE.test(text)) multiCell += 1;
  }
  return content > 0 && multiCell * 5 >= content ? 'row-per-line' : 'cell-per-line';
}
