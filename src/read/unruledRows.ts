import type { FoundCell } from './renderedGrid';

/** One cell of one text line of an unruled table, where it sits on the page (y the baseline, in points from the top). */
export interface PlacedCell {
  readonly text: string;
  readonly ref: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly height: number;
}

/**
 * The next line of a wrapped cell sits one line's pitch below the last: at least this share of
 * the font height (closer, it would be the same line) and at most this (table rows sit farther
 * apart, by the cells' padding; LibreOffice's and Chromium's CJK lines are 1.41–1.44 em apart,
 * their unruled rows 1.74 em and more).
 */
const PITCH_MIN = 1.0;
const PITCH_MAX = 1.6;
/** Two fragments of one cell share at least this share of the narrower one's width (centred or aligned alike). */
const SAME_COLUMN = 0.8;
/** Fonts of one cell differ in height by less than this share. */
const SAME_FONT = 0.1;
/** Cells whose vertical extents overlap by more than this share of the font height sit in one row. */
const ROW_OVERLAP = 0.25;

interface Joined {
  readonly parts: PlacedCell[];
  x0: number;
  x1: number;
  readonly top: number;
  bottom: number;
}

/**
 * The lines of an unruled table (each line's cells, told by gaps) → its rows, or null when no cell
 * wraps (the lines are then the rows, as they are). A cell's wrapped lines are joined: a fragment
 * one line's pitch below another, in the same column (their x ranges overlap), with nothing else in
 * that column between them, continues it. Rows are then made from the joined cells' vertical
 * extents: cells that overlap sit in one row, so a label centred beside a taller cell joins that
 * cell's row. A cell that overlaps two shorter cells which do not touch each other (a label merged down
 * over several rows: 项目资金（万元）, 绩效指标) is kept out of that, so it does not glue those rows
 * into one, and goes with the first row it overlaps; one centred between two rows, overlapping neither and
 * in a column both leave free, goes with the row above it. Within a row the cells are in x order.
 */
export function unruledRows(lines: readonly (readonly PlacedCell[])[]): FoundCell[][] | null {
  const cells = lines.flat().sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lineOf = new Map<PlacedCell, readonly PlacedCell[]>();
  for (const line of lines) for (const cell of line) lineOf.set(cell, line);
  const widest = Math.max(...lines.map((line) => line.length));
  const next = new Map<PlacedCell, PlacedCell>();
  const claimed = new Set<PlacedCell>();
  cells.forEach((above, i) => {
    // Only cells up to one line's pitch below can continue it, and only those can stand between (cells are in y order).
    const nearBelow: PlacedCell[] = [];
    for (let j = i + 1; j < cells.length && cells[j]!.y - above.y <= PITCH_MAX * above.height; j++) nearBelow.push(cells[j]!);
    const below = nearBelow.filter((cell) => continues(above, cell, nearBelow, lineOf, widest));
    if (below.length !== 1 || claimed.has(below[0]!)) return;
    next.set(above, below[0]!);
    claimed.add(below[0]!);
  });
  if (next.size === 0) return null;

  const joined: Joined[] = [];
  for (const cell of cells) {
    if (claimed.has(cell)) continue;
    const parts = [cell];
    for (let part = next.get(cell); part !== undefined; part = next.get(part)) parts.push(part);
    joined.push({
      parts,
      x0: Math.min(...parts.map((part) => part.x0)),
      x1: Math.max(...parts.map((part) => part.x1)),
      top: parts[0]!.y - parts[0]!.height,
      bottom: parts[parts.length - 1]!.y,
    });
  }

  const overlaps = (a: Joined, b: Joined) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > ROW_OVERLAP * Math.min(a.parts[0]!.height, b.parts[0]!.height);
  const spans = (cell: Joined) => {
    const beside = joined.filter((other) => other !== cell && overlaps(cell, other) && other.bottom - other.top < cell.bottom - cell.top);
    return beside.some((a) => beside.some((b) => b.top >= a.bottom));
  };
  const spanning = new Set(joined.filter(spans));

  // Rows: the cells that span nothing, grouped while their extents overlap (in order of their tops).
  const rows: Joined[][] = [];
  const extents: { top: number; bottom: number }[] = [];
  for (const cell of [...joined].filter((cell) => !spanning.has(cell)).sort((a, b) => a.top - b.top)) {
    const last = rows.length - 1;
    const extent = extents[last];
    if (extent && Math.min(extent.bottom, cell.bottom) - Math.max(extent.top, cell.top) > ROW_OVERLAP * cell.parts[0]!.height) {
      rows[last]!.push(cell);
      extent.bottom = Math.max(extent.bottom, cell.bottom);
    } else {
      rows.push([cell]);
      extents.push({ top: cell.top, bottom: cell.bottom });
    }
  }
  for (const cell of spanning) {
    const index = rows.findIndex((row) => row.some((other) => overlaps(cell, other)));
    if (index >= 0) rows[index]!.push(cell);
    else {
      const at = extents.findIndex((extent) => extent.top > cell.top);
      const position = at < 0 ? rows.length : at;
      rows.splice(position, 0, [cell]);
      extents.splice(position, 0, { top: cell.top, bottom: cell.bottom });
    }
  }
  // A label merged down over rows and centred between two of them, beside neither: with the first.
  for (let i = rows.length - 2; i >= 1; i--) {
    const [label] = rows[i]!;
    const above = rows[i - 1]!;
    const below = rows[i + 1]!;
    if (rows[i]!.length !== 1 || !label || above.length < 2 || below.length < 2) continue;
    const free = (row: Joined[]) => row.every((cell) => Math.min(cell.x1, label.x1) <= Math.max(cell.x0, label.x0));
    const gap = label.top - Math.max(...above.map((cell) => cell.bottom));
    if (!free(above) || !free(below) || gap > PITCH_MAX * label.parts[0]!.height) continue;
    above.push(label);
    rows.splice(i, 1);
  }
  // Cells of one row side by side: two that share some width mean lines were joined that belong to different rows
  // (a table set so close that its rows are one line's pitch apart): the lines are left as they are.
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0);
    if (row.some((cell, i) => i > 0 && cell.x0 < row[i - 1]!.x1)) return null;
  }
  return rows.map((row) =>
    row
      .map((cell, col) => ({ text: cell.parts.map((part) => part.text).reduce(joinWrapped), col, span: 1, ref: cell.parts[0]!.ref })),
  );
}

/** Whether `below` is the next line of the cell whose line `above` is. */
function continues(above: PlacedCell, below: PlacedCell, cells: readonly PlacedCell[], lineOf: ReadonlyMap<PlacedCell, readonly PlacedCell[]>, widest: number): boolean {
  const height = above.height;
  if (Math.abs(below.height - height) > SAME_FONT * height) return false;
  const pitch = below.y - above.y;
  if (pitch < PITCH_MIN * height || pitch > PITCH_MAX * height) return false;
  if (!sameColumn(above, below)) return false;
  const between = cells.some((cell) => cell !== above && cell !== below && cell.y > above.y && cell.y < below.y && (sameColumn(cell, above) || sameColumn(cell, below) || crosses(cell, above) || crosses(cell, below)));
  if (between) return false;
  return !fullRows(lineOf.get(above) ?? [above], lineOf.get(below) ?? [below], widest);
}

/**
 * Two lines with a cell in every column of the table (as many cells as its widest line), cell
 * under cell: two rows of a table set close, not a wrapped cell.
 */
function fullRows(a: readonly PlacedCell[], b: readonly PlacedCell[], widest: number): boolean {
  return a.length > 1 && a.length === widest && b.length === widest && a.every((cell, i) => sameColumn(cell, b[i]!));
}

function sameColumn(a: PlacedCell, b: PlacedCell): boolean {
  const shared = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return shared >= SAME_COLUMN * Math.min(a.x1 - a.x0, b.x1 - b.x0);
}

function crosses(a: PlacedCell, b: PlacedCell): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
}

/** A cell's text and its next line's as one: CJK runs straight on, Latin words and figures split by the wrap get a space. */
export function joinWrapped(text: string, next: string): string {
  return text + (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(next) ? ' ' : '') + next;
}
