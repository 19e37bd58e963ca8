import type { FoundCell, FoundRow } from './renderedGrid';
import { type PlacedText, type Ruling, ruledTables } from './ruledTables';
import { joinWrapped, type PlacedCell, unruledRows } from './unruledRows';

export type { PlacedText, Ruling } from './ruledTables';

export interface PdfPage {
  readonly width: number;
  readonly items: readonly PlacedText[];
  /** The page's straight horizontal and vertical lines (cell borders). */
  readonly rulings: readonly Ruling[];
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
/** A page with more rulings than this is a drawing, not a form: its tables are not looked for. */
const MAX_RULINGS = 2000;
/** A ruled table continued on the next page has the same column lines, within this many points. */
const SAME_COLUMNS = 2;

/** CJK next to Latin letters or digits: the space pdf.js puts between them comes from the gap that typesetting leaves, not from the text. */
const AUTOSPACE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s+(?=[\w%≥≤.+-])|(?<=[\w%≥≤.+-])\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

/** A ruled table, or one line of text outside the tables (its width on the page kept to tell a paragraph). */
type Block =
  | { readonly kind: 'ruled'; readonly top: number; readonly rows: readonly FoundRow[]; readonly columns: readonly number[] }
  | { readonly kind: 'line'; readonly top: number; readonly cells: PlacedCell[]; readonly extent: number };

/** A line of text outside the ruled tables as pushed to the rows: where, its cells placed, and whether it is a paragraph. */
interface PushedLine {
  readonly index: number;
  readonly cells: readonly PlacedCell[];
  readonly paragraph: boolean;
}

/**
 * The text of a PDF's pages → rows of cells, in reading order. Tables drawn with ruling lines
 * are read cell by cell by `ruledTables` (merges and wrapped cells as in Word). The text outside
 * them is clustered into lines by baseline (tolerance from the font height), each line split
 * into cells where the gap between items is wider than a quarter of a character. An unruled
 * line of several cells is a table row; a short single-cell line right after one (the second
 * line of a wrapped cell, a page number) stays in that table; a wide one is a paragraph. A ruled
 * table that starts a page with the same columns as the one ending the page before goes on as
 * the same table. Where a cell of an unruled table wraps, the page's run of its lines is rebuilt
 * by `unruledRows` (the cell's lines joined, the labels beside it in its row). Refs: `第2页 x=88 y=512` (points from the page's top-left, y the baseline).
 */
export function pdfTextRows(pages: readonly PdfPage[]): FoundRow[] {
  const rows: FoundRow[] = [];
  let tables = 0;
  let openRuled: readonly number[] | null = null;
  let inUnruled = false;
  pages.forEach((page, index) => {
    const number = index + 1;
    const found = page.rulings.length <= MAX_RULINGS ? ruledTables(page.items, page.rulings, number, joinLine) : { tables: [], outside: page.items };
    const blocks: Block[] = [
      ...found.tables.map((table): Block => ({ kind: 'ruled', ...table })),
      ...lines(found.outside).map((line): Block => ({ kind: 'line', top: line[0]!.y - line[0]!.height, cells: placedCells(line, number), extent: lineExtent(line) })),
    ].sort((a, b) => a.top - b.top);
    const pushed: (PushedLine | null)[] = [];
    blocks.forEach((block, position) => {
      if (block.kind === 'ruled') {
        const continues = position === 0 && openRuled !== null && sameColumns(openRuled, block.columns);
        if (!continues) tables++;
        const [first, ...rest] = block.rows;
        const joined = continues && first ? joinedSplitRow(rows[rows.length - 1]!, first) : null;
        if (joined) rows[rows.length - 1] = joined;
        rows.push(...(joined ? rest : block.rows).map((row) => ({ ...row, table: tables })));
        openRuled = block.columns;
        inUnruled = false;
        pushed.push(null);
        return;
      }
      openRuled = null;
      const paragraph = block.cells.length === 1 && block.extent >= PARAGRAPH_WIDTH * page.width;
      if (block.cells.length > 1) {
        if (!inUnruled) tables++;
        inUnruled = true;
      } else if (paragraph) {
        inUnruled = false;
      }
      pushed.push({ index: rows.length, cells: block.cells, paragraph });
      rows.push({ table: inUnruled ? tables : null, cells: block.cells.map(foundCell) });
    });
    rebuildWrapped(rows, pushed);
  });
  return rows;
}

/**
 * A page's runs of unruled lines (no paragraph or ruled table between them, at least one line in
 * a table; the short lines just before its first line of several cells included, as the first
 * lines of a cell wrapped above its row) rebuilt by `unruledRows` where a cell wraps: its lines
 * joined, a label centred beside it in its row. Rows before the first of several cells stay
 * outside the table, as the lines did. Runs are replaced from the page's last, so indexes hold.
 */
function rebuildWrapped(rows: FoundRow[], pushed: readonly (PushedLine | null)[]): void {
  const runs: PushedLine[][] = [];
  let run: PushedLine[] = [];
  for (const line of [...pushed, null]) {
    if (line === null || line.paragraph) {
      if (run.some((l) => rows[l.index]!.table !== null)) runs.push(run);
      run = [];
    } else run.push(line);
  }
  for (const lines of runs.reverse()) {
    const rebuilt = unruledRows(lines.map((line) => line.cells));
    if (rebuilt === null) continue;
    const first = lines[0]!.index;
    const table = lines.map((line) => rows[line.index]!.table).find((t) => t !== null) ?? null;
    const leading = rows[first]!.table === null;
    let inTable = !leading;
    const replaced = rebuilt.map((cells): FoundRow => {
      if (cells.length > 1) inTable = true;
      return { table: inTable ? table : null, cells };
    });
    rows.splice(first, lines.length, ...replaced);
  }
}

function foundCell(cell: PlacedCell, col: number): FoundCell {
  return { text: cell.text, col, span: 1, ref: cell.ref };
}

/**
 * A row the page break split: the first row of a continued table whose text all sits in cells
 * where the last row before the break has text too (the rest of a long cell, such as the last
 * words of a 偏差原因). Its text is appended to that row's; null when it is a row of its own.
 */
function joinedSplitRow(last: FoundRow, first: FoundRow): FoundRow | null {
  const filled = first.cells.filter((cell) => cell.text !== '');
  const above = (col: number) => last.cells.find((cell) => cell.col === col && cell.text !== '');
  if (filled.length === 0 || !filled.every((cell) => above(cell.col))) return null;
  return {
    ...last,
    cells: last.cells.map((cell) => {
      const rest = filled.find((f) => f.col === cell.col)?.text;
      if (rest === undefined) return cell;
      return { ...cell, text: joinWrapped(cell.text, rest) };
    }),
  };
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= SAME_COLUMNS);
}

/**
 * A page's items without its blanks. A blank item is most often a gap of the layout (Chromium sets one across an
 * empty stretch of a cell), but a single space right after a word, touching it on its line, is the text's own space
 * between two words (Chromium sets it as an item of its own: `安徽省残疾人联合会` ` ` `淮南市残疾人联合会`): it is
 * kept on the word before it, where items that hold their spaces (LibreOffice's) have it too.
 */
export function textItems(items: readonly PlacedText[]): PlacedText[] {
  const kept: PlacedText[] = [];
  for (const item of items) {
    if (item.text.trim() !== '') {
      kept.push(item);
      continue;
    }
    const before = kept[kept.length - 1];
    const touching = before !== undefined && Math.abs(before.y - item.y) < 1 && Math.abs(before.x + before.width - item.x) < 1;
    if (touching && item.text === ' ' && item.width <= SPACE_WIDTH * item.height) kept[kept.length - 1] = { ...before, text: `${before.text} `, width: before.width + item.width };
  }
  return kept;
}

/** The widest a space is, in ems: a wider blank is a gap of the layout. */
const SPACE_WIDTH = 0.6;

/** How wide a line is on the page. */
function lineExtent(line: readonly PlacedText[]): number {
  return Math.max(...line.map((item) => item.x + item.width)) - Math.min(...line.map((item) => item.x));
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

/** One line's items in one cell: touching items joined, Latin words spaced, typesetting's CJK–Latin spaces dropped. */
function joinLine(line: readonly PlacedText[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of line) {
    const spaced = text !== '' && item.x - end > WORD_GAP * item.height && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(item.text.trimStart());
    text += (spaced ? ' ' : '') + item.text;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/g, ' ').replace(AUTOSPACE, '').trim();
}

function placedCells(line: readonly PlacedText[], page: number): PlacedCell[] {
  const cells: PlacedText[][] = [];
  let end = -Infinity;
  for (const item of line) {
    const cell = cells[cells.length - 1];
    if (cell !== undefined && item.x - end <= CELL_GAP * item.height) cell.push(item);
    else cells.push([item]);
    end = Math.max(end, item.x + item.width);
  }
  return cells.map((cell) => ({
    text: joinLine(cell),
    ref: `第${page}页 x=${Math.round(cell[0]!.x)} y=${Math.round(cell[0]!.y)}`,
    x0: cell[0]!.x,
    x1: Math.max(...cell.map((item) => item.x + item.width)),
    y: cell[0]!.y,
    height: Math.max(...cell.map((item) => item.height)),
  }));
}
