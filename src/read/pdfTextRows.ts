import type { FoundCell, FoundRow } from './renderedGrid';

/** A run of text on a PDF page, in points from the page's top-left corner (y: the baseline). */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font height. */
  readonly height: number;
}

export interface PdfPage {
  readonly width: number;
  readonly items: readonly PlacedText[];
}

/** Items whose baselines differ by less than this share of the font height sit on one line. */
const SAME_LINE = 0.5;
/**
 * A gap wider than this share of the font height separates two cells. Within a cell pdf.js's
 * items touch (it joins glyphs less than 0.6 em apart into one item itself, with a space), so
 * any visible gap between items is a cell's padding: Word's least is 0.19 cm, about 0.5 em.
 */
const CELL_GAP = 0.25;
/** Latin words closer than this are one word; farther apart they get a space. */
const WORD_GAP = 0.15;
/** A single-cell line at least this share of the page wide is a paragraph: it ends a table. */
const PARAGRAPH_WIDTH = 0.4;

/** CJK next to Latin letters or digits: the space pdf.js puts between them comes from the gap that typesetting leaves, not from the text. */
const AUTOSPACE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s+(?=[\w%≥≤<>.+-])|(?<=[\w%≥≤<>.+-])\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

/**
 * The text of a PDF's pages → rows of cells. Items are clustered into lines by baseline
 * (tolerance from the font height), each line split into cells where the gap between items is
 * wider than a quarter of a character, and items that touch are joined into one cell. A line of
 * several cells is a table row; a short single-cell line right after one (the second line of a
 * wrapped cell, a page number) stays in that table; a wide one is a paragraph. Refs:
 * `第2页 x=88 y=512` (points from the page's top-left, y the baseline).
 */
export function pdfTextRows(pages: readonly PdfPage[]): FoundRow[] {
  const rows: FoundRow[] = [];
  let tables = 0;
  let inTable = false;
  pages.forEach((page, index) => {
    for (const line of lines(page.items)) {
      const cells = lineCells(line, index + 1);
      const extent = line[line.length - 1]!.x + line[line.length - 1]!.width - line[0]!.x;
      if (cells.length > 1) {
        if (!inTable) tables++;
        inTable = true;
      } else if (extent >= PARAGRAPH_WIDTH * page.width) {
        inTable = false;
      }
      rows.push({ table: inTable ? tables : null, cells });
    }
  });
  return rows;
}

function lines(items: readonly PlacedText[]): PlacedText[][] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const out: PlacedText[][] = [];
  for (const item of sorted) {
    const line = out[out.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(item.y - first.y) <= SAME_LINE * Math.min(first.height, item.height)) line.push(item);
    else out.push([item]);
  }
  return out.map((line) => line.sort((a, b) => a.x - b.x));
}

function lineCells(line: readonly PlacedText[], page: number): FoundCell[] {
  const cells: { text: string; x: number; y: number; end: number }[] = [];
  for (const item of line) {
    const cell = cells[cells.length - 1];
    const gap = cell === undefined ? Infinity : item.x - cell.end;
    if (cell !== undefined && gap <= CELL_GAP * item.height) {
      const spaced = gap > WORD_GAP * item.height && /[A-Za-z0-9]$/.test(cell.text) && /^[A-Za-z0-9]/.test(item.text.trimStart());
      cell.text += (spaced ? ' ' : '') + item.text;
      cell.end = Math.max(cell.end, item.x + item.width);
    } else {
      cells.push({ text: item.text, x: item.x, y: item.y, end: item.x + item.width });
    }
  }
  return cells.map((cell, col) => ({
    text: cell.text.replace(/\s+/g, ' ').replace(AUTOSPACE, '').trim(),
    col,
    span: 1,
    ref: `第${page}页 x=${Math.round(cell.x)} y=${Math.round(cell.y)}`,
  }));
}
