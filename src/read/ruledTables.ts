import type { FoundCell, FoundRow } from './renderedGrid';

/** A straight ruling line on a page, in points from the top-left corner. */
export interface Ruling {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A run of text on a PDF page, in points from the page's top-left corner (y: the baseline). */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font height. */
  readonly height: number;
}

/** A table found by its rulings: its rows, where it starts on the page, its column lines (to tell a table continued on the next page). */
export interface RuledTable {
  readonly top: number;
  readonly columns: readonly number[];
  readonly rows: readonly FoundRow[];
}

/** Rulings this close (points) are one line (the two edges of a border up to 3 pt thick); a ruling reaching this close to another touches it. */
const SNAP = 3;

/**
 * The tables a page draws with ruling lines (Word, WPS and LibreOffice draw every cell border),
 * with the text items inside them, and the items outside any table. A table's horizontal
 * rulings make its grid rows and its vertical rulings its grid columns; a missing vertical
 * ruling within a row merges cells across (`span`), a missing horizontal ruling above a
 * position merges it down (`mergedDown` blanks below the merge's first cell). Every item inside
 * goes to the cell its middle falls in (`cellText` tells wrapped lines from broken ones). A lone
 * frame (one cell) is not taken for a table: a page border or a boxed note is not a form. pdf.js
 * joins runs less than 0.6 em apart into one item, with a space: an item that crosses a
 * vertical ruling is split at its space nearest that ruling (with none, between full-width characters: Chromium
 * sets runs of two cells with no space between). `joinLine` joins one line's items.
 */
export function ruledTables(
  items: readonly PlacedText[],
  rulings: readonly Ruling[],
  page: number,
  joinLine: (line: readonly PlacedText[]) => string,
): { tables: RuledTable[]; outside: PlacedText[] } {
  const tables: RuledTable[] = [];
  let rest = [...items];
  for (const group of connectedGroups(rulings)) {
    const horizontal = group.filter(isHorizontal).map((r) => ({ at: r.y1, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) }));
    const vertical = group.filter((r) => !isHorizontal(r)).map((r) => ({ at: r.x1, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) }));
    const ys = snapped(horizontal.map((h) => h.at));
    const xs = snapped(vertical.map((v) => v.at));
    if (ys.length < 2 || xs.length < 2 || (ys.length === 2 && xs.length === 2)) continue;
    const [top, bottom, left, right] = [ys[0]!, ys[ys.length - 1]!, xs[0]!, xs[xs.length - 1]!];
    const inside = (item: PlacedText) => {
      const middleY = item.y - item.height / 3;
      return middleY > top && middleY < bottom && item.x + item.width / 2 > left && item.x + item.width / 2 < right;
    };
    const mine = rest.filter(inside).flatMap((item) => splitAtRulings(item, vertical));
    rest = rest.filter((item) => !inside(item));
    tables.push({ top, columns: xs, rows: tableRows(mine, xs, ys, horizontal, vertical, page, joinLine) });
  }
  return { tables, outside: rest };
}

interface Line {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

function tableRows(
  items: readonly PlacedText[],
  xs: readonly number[],
  ys: readonly number[],
  horizontal: readonly Line[],
  vertical: readonly Line[],
  page: number,
  joinLine: (line: readonly PlacedText[]) => string,
): FoundRow[] {
  // Whether a ruling runs through a row's middle (a column's centre). A ruling may stop short of, or run past, the
  // lines it meets by up to SNAP; a row less than 4 × SNAP high (a sheet fitted to its page prints rows 6 pt high)
  // allows only a quarter of its height, or the ruling that ends at its top edge would reach its middle.
  const covers = (lines: readonly Line[], at: number, point: number, reach: number) => lines.some((l) => Math.abs(l.at - at) <= SNAP && l.from - reach <= point && point <= l.to + reach);
  const rowCount = ys.length - 1;
  /** For each grid row, the cells that start in it: first column and span. */
  const layout = Array.from({ length: rowCount }, (_, r) => {
    const middle = (ys[r]! + ys[r + 1]!) / 2;
    const rowReach = Math.min(SNAP, (ys[r + 1]! - ys[r]!) / 4);
    const cells: { col: number; span: number; mergedDown: boolean }[] = [];
    for (let col = 0; col < xs.length - 1; ) {
      let span = 1;
      while (col + span < xs.length - 1 && !covers(vertical, xs[col + span]!, middle, rowReach)) span++;
      const centre = (xs[col]! + xs[col + 1]!) / 2;
      cells.push({ col, span, mergedDown: r > 0 && !covers(horizontal, ys[r]!, centre, Math.min(SNAP, (xs[col + 1]! - xs[col]!) / 4)) });
      col += span;
    }
    return cells;
  });
  /** Where a merged-down position's text lives: the row its merge starts in. */
  const origin = (r: number, col: number): number => {
    let row = r;
    while (row > 0 && layout[row]!.find((cell) => cell.col === col)?.mergedDown) row--;
    return row;
  };
  const content = new Map<string, PlacedText[]>();
  for (const item of items) {
    const x = item.x + item.width / 2;
    const y = item.y - item.height / 3;
    const r = ys.findIndex((edge, i) => i < rowCount && y > edge && y < ys[i + 1]!);
    if (r < 0) continue;
    const cell = layout[r]!.find((c) => x > xs[c.col]! && x < xs[c.col + c.span]!);
    if (cell === undefined) continue;
    const key = `${origin(r, cell.col)},${cell.col}`;
    content.set(key, [...(content.get(key) ?? []), item]);
  }
  return layout.map((cells, r) => ({
    table: null,
    cells: cells.map(({ col, span, mergedDown }): FoundCell => {
      if (mergedDown) return { text: '', col, span, ref: ref(page, xs[col]!, ys[r]!), mergedDown: true };
      const inCell = content.get(`${r},${col}`) ?? [];
      const first = inCell[0];
      return { text: cellText(inCell, xs[col]!, xs[col + span]!, joinLine), col, span, ref: first ? ref(page, first.x, first.y) : ref(page, xs[col]!, ys[r]!) };
    }),
  }));
}

/**
 * A cell's text: its items in lines, lines joined with '\n' where the text broke a line itself
 * and without a break where the line was only wrapped: a wrapped line runs up to the cell's
 * right padding, so that the next line's first character would not have fitted — with the gap
 * Word and Writer put between a figure or Latin word and a Chinese character (`1268人` wraps
 * before 人 where 人 alone would have fitted). Lines without text (an empty item pdf.js gives)
 * are passed over: the line a wrapped one continues is the last one with text.
 */
function cellText(items: readonly PlacedText[], left: number, right: number, joinLine: (line: readonly PlacedText[]) => string): string {
  const lines: PlacedText[][] = [];
  for (const item of [...items].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(item.y - line[0]!.y) <= item.height / 2) line.push(item);
    else lines.push([item]);
  }
  const padding = Math.max(0, Math.min(...items.map((item) => item.x)) - left);
  let text = '';
  let end = 0;
  let previous = '';
  for (const line of lines) {
    const sorted = line.sort((a, b) => a.x - b.x);
    const part = joinLine(sorted);
    if (part === '') continue;
    if (text !== '') {
      const first = sorted[0]!;
      const gap = scriptChange(text, part) ? first.height * AUTOSPACE : 0;
      const wrapped = end + gap + leadWidth(first) > right - padding - 0.5;
      text += wrapped ? (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(part) && !brokenFigure(previous, part) ? ' ' : '') : '\n';
    }
    text += part;
    previous = part;
    end = Math.max(...sorted.map((item) => item.x + item.width));
  }
  return text;
}

/** A figure with a thousands comma or a decimal point (`3,200,000.00`, `1311.5`, `95.00%`). */
const POINTED_FIGURE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/**
 * A figure too wide for its cell, broken inside by the word processor (`3,200,000.0` / `0` in a narrow column): a line
 * that is a figure alone, and the next line's first word completing it to one with a comma or a point. Two figures
 * a line wrapped between at their space (`2023` / `2024`) make none, and stay two.
 */
function brokenFigure(line: string, next: string): boolean {
  const head = /^[\d,.]+$/.test(line) ? line : null;
  const tail = /^[\d,.]+%?/.exec(next)?.[0];
  return head !== null && tail !== undefined && POINTED_FIGURE.test(head + tail) && /[,.]/.test(head + tail);
}

/** The space Word and Writer add between Chinese and Latin text, as a share of the em (a little less than they add, ~0.2–0.25). */
const AUTOSPACE = 0.18;

/** Whether one text ends in a figure or Latin letter and the other starts with a Chinese character, or the other way round. */
function scriptChange(before: string, after: string): boolean {
  const latinThenWide = /[A-Za-z0-9]$/.test(before) && WIDE.test(after[0]!);
  const wideThenLatin = WIDE.test(before[before.length - 1]!) && /^[A-Za-z0-9]/.test(after);
  return latinThenWide || wideThenLatin;
}

/** Full-width characters: one em wide. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Punctuation that may not start a line (it moves down with the character before it), or end one (it moves down with the one after). */
const NO_LINE_START = /[）)】」』》〉，。、；：？！%,.;:?!]/;
const NO_LINE_END = /[（(【「『《〈]/;
/** A Latin word or number: it is never broken. */
const WORD_CHAR = /[A-Za-z0-9./%-]/;

/**
 * How wide the start of a line is that could not stay on the line above: its first unbreakable
 * unit (a character, or a Latin word or number) with the brackets and punctuation that cling to it.
 */
function leadWidth(item: PlacedText): number {
  const chars = [...item.text.trim()];
  const narrow = item.width / Math.max(1, chars.length);
  const width = (char: string) => (WIDE.test(char) ? item.height : narrow);
  let total = 0;
  let i = 0;
  while (i < chars.length && NO_LINE_END.test(chars[i]!)) total += width(chars[i++]!);
  if (i < chars.length && WORD_CHAR.test(chars[i]!)) while (i < chars.length && WORD_CHAR.test(chars[i]!)) total += width(chars[i++]!);
  else if (i < chars.length) total += width(chars[i++]!);
  while (i < chars.length && NO_LINE_START.test(chars[i]!)) total += width(chars[i++]!);
  return total;
}

/** A character set one em wide: a CJK ideograph (and the radicals a PDF gives for some), a full-width mark or form. */
const FULL_WIDTH = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]/u;

/**
 * An item split at its spaces nearest the vertical rulings it crosses (pdf.js joined two cells' text), or, with no
 * space in it and only full-width characters, at the character boundary nearest the ruling.
 */
function splitAtRulings(item: PlacedText, vertical: readonly Line[]): PlacedText[] {
  const crossing = vertical.find((v) => v.at > item.x + 1 && v.at < item.x + item.width - 1 && v.from - SNAP <= item.y && item.y <= v.to + SNAP);
  if (crossing === undefined) return [item];
  const share = (crossing.at - item.x) / item.width;
  const spaces = [...item.text.matchAll(/ +/g)];
  let head: string;
  let tail: string;
  if (spaces.length > 0) {
    const split = spaces.reduce((best, space) => (Math.abs(space.index / item.text.length - share) < Math.abs(best.index / item.text.length - share) ? space : best));
    head = item.text.slice(0, split.index);
    tail = item.text.slice(split.index + split[0].length);
  } else {
    // Chromium sets a cell's last character and the next cell's first with no space between (`全年执行数（B` / `）分值`,
    // the bracket wrapped to the line of the next cell's label): full-width characters are all one width, so the
    // ruling falls at a character boundary that the item's width tells.
    const characters = [...item.text];
    const at = Math.round(share * characters.length);
    if (!characters.every((character) => FULL_WIDTH.test(character)) || at <= 0 || at >= characters.length) return [item];
    head = characters.slice(0, at).join('');
    tail = characters.slice(at).join('');
  }
  const headWidth = crossing.at - item.x - 1;
  return [
    { ...item, text: head, width: headWidth },
    ...splitAtRulings({ ...item, text: tail, x: crossing.at + 1, width: item.x + item.width - crossing.at - 1 }, vertical),
  ];
}

function ref(page: number, x: number, y: number): string {
  return `第${page}页 x=${Math.round(x)} y=${Math.round(y)}`;
}

function isHorizontal(r: Ruling): boolean {
  return Math.abs(r.y1 - r.y2) <= Math.abs(r.x1 - r.x2);
}

/** Positions within SNAP of each other as one, in order. */
function snapped(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const value of [...values].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last === undefined || value - last > SNAP) out.push(value);
  }
  return out;
}

/** Rulings that touch each other, transitively: one group per drawn table. */
function connectedGroups(rulings: readonly Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const box = rulings.map((r) => ({ x1: Math.min(r.x1, r.x2) - SNAP, x2: Math.max(r.x1, r.x2) + SNAP, y1: Math.min(r.y1, r.y2) - SNAP, y2: Math.max(r.y1, r.y2) + SNAP }));
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      const [a, b] = [box[i]!, box[j]!];
      if (a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()].sort((a, b) => Math.min(...a.map((r) => r.y1)) - Math.min(...b.map((r) => r.y1)));
}
