import { type CellObject, SSF, utils } from '@e965/xlsx';

/** A dense sheet's cells, rows by index (SheetJS's `!data`). */
type Cells = (CellObject | undefined)[][];

/** A formula's value: a number, or text (a cell's, or a literal's). */
type Value = number | string;

/** Thrown where a formula uses what is not evaluated here (another sheet, a function not listed): its cached value is kept. */
class Unsupported extends Error {}

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z][A-Z0-9.]*)\s*\(|("(?:[^"]|"")*")|(<=|>=|<>|[-+*/(),<>=&]))/y;

/**
 * The most formulas evaluated one inside another (a cell's formula using a cell's formula using …): each is a nested
 * call, and a chain of thousands would overflow the stack and cost the whole workbook. A longer chain keeps the cached
 * values of the cells past it (no export template comes near: the longest chain seen is three).
 */
const MAX_CHAIN = 500;

/**
 * The cells of an Excel 2003 XML sheet that hold formulas, given the values Excel shows on opening the workbook. Such a
 * workbook carries no trustworthy results: Excel recalculates it when it opens it, and the budget systems' export
 * templates write a placeholder as the cached value (`<Cell ss:Formula="=R[1]C+R[2]C"><Data ss:Type="Number">0</Data>`,
 * or no value at all: the funds total, the execution rate and the 总分 of `ahxmzczpmb.ftl`, `hfxmzczpj.ftl`,
 * `hbbmztzpdc.ftl` in https://github.com/qnqf-xxn/ifmis), which SheetJS reads as the cell's value. Arithmetic, comparisons,
 * SUM, IF, ROUND, MIN, MAX and ABS over cells of the same sheet are evaluated; a formula using anything else, or failing
 * (a division by zero), keeps what the file wrote.
 */
export function evaluateFormulas(cells: Cells): void {
  const done = new Map<string, Value>();
  const pending = new Set<string>();

  const valueAt = (r: number, c: number): Value => {
    const cell = cells[r]?.[c];
    if (cell === undefined) return 0;
    if (cell.f === undefined) return cell.t === 'n' && typeof cell.v === 'number' ? cell.v : typeof cell.v === 'string' ? cell.v : 0;
    const key = `${r},${c}`;
    const known = done.get(key);
    if (known !== undefined) return known;
    if (pending.has(key)) throw new Unsupported('circular reference');
    if (pending.size >= MAX_CHAIN) throw new Unsupported('formula chain too long');
    pending.add(key);
    const value = evaluate(cell.f, valueAt);
    pending.delete(key);
    done.set(key, value);
    return value;
  };

  cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.f === undefined) return;
      try {
        const value = valueAt(r, c);
        if (typeof value === 'number' && !Number.isFinite(value)) return;
        cell.v = value;
        cell.t = typeof value === 'number' ? 'n' : 's';
        // As Excel shows it: in the cell's number format (a rate styled 0.00%), else as General.
        cell.w = typeof value === 'number' ? SSF.format(cell.z ?? 'General', value) : value;
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
      }
    }),
  );
}

/** One formula (A1 notation, as SheetJS gives it) evaluated over `valueAt`. */
function evaluate(formula: string, valueAt: (r: number, c: number) => Value): Value {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (token === undefined || (expected !== undefined && token.text !== expected)) throw new Unsupported(`expected ${expected ?? 'a token'}`);
    return token;
  };
  const num = (value: Value): number => {
    if (typeof value === 'number') return value;
    if (value.trim() === '') return 0;
    const parsed = Number(value.replace(/,/g, ''));
    if (Number.isNaN(parsed)) throw new Unsupported('text in arithmetic');
    return parsed;
  };
  const range = (ref: string): Value[] => {
    const { s, e } = utils.decode_range(ref.replace(/\$/g, ''));
    const values: Value[] = [];
    for (let r = s.r; r <= e.r; r++) for (let c = s.c; c <= e.c; c++) values.push(valueAt(r, c));
    return values;
  };

  const comparison = (): Value => {
    const left = additive();
    const op = peek()?.text;
    if (op === undefined || !['<', '>', '<=', '>=', '=', '<>'].includes(op)) return left;
    take();
    const a = num(left);
    const b = num(additive());
    const results: Record<string, boolean> = { '<': a < b, '>': a > b, '<=': a <= b, '>=': a >= b, '=': a === b, '<>': a !== b };
    return results[op] ? 1 : 0;
  };
  const additive = (): Value => {
    let value = term();
    while (peek()?.text === '+' || peek()?.text === '-') value = take().text === '+' ? num(value) + num(term()) : num(value) - num(term());
    return value;
  };
  const term = (): Value => {
    let value = unary();
    while (peek()?.text === '*' || peek()?.text === '/') {
      const op = take().text;
      const right = num(unary());
      if (op === '/' && right === 0) throw new Unsupported('division by zero');
      value = op === '*' ? num(value) * right : num(value) / right;
    }
    return value;
  };
  const unary = (): Value => {
    if (peek()?.text === '-') return take() && -num(unary());
    if (peek()?.text === '+') return take() && num(unary());
    return primary();
  };
  const args = (): Value[][] => {
    const list: Value[][] = [];
    if (peek()?.text === ')') return take() && list;
    for (;;) {
      const token = peek();
      if (token?.kind === 'ref' && token.text.includes(':')) list.push(range(take().text));
      else list.push([comparison()]);
      if (take().text === ')') return list;
    }
  };
  const primary = (): Value => {
    const token = take();
    if (token.kind === 'number') return Number(token.text);
    if (token.kind === 'string') return token.text.slice(1, -1).replace(/""/g, '"');
    if (token.kind === 'ref' && !token.text.includes(':')) {
      const { r, c } = utils.decode_cell(token.text.replace(/\$/g, ''));
      return valueAt(r, c);
    }
    if (token.kind === 'function') return call(token.text, args());
    if (token.text === '(') {
      const value = comparison();
      take(')');
      return value;
    }
    throw new Unsupported(`unexpected ${token.text}`);
  };
  const call = (name: string, list: Value[][]): Value => {
    // A range's text cells are passed over, as Excel's SUM, MIN and MAX pass them over.
    const numbers = () => list.flatMap((values) => (values.length > 1 ? values.filter((v): v is number => typeof v === 'number') : values.map(num)));
    switch (name) {
      case 'SUM':
        return numbers().reduce((sum, v) => sum + v, 0);
      case 'MIN':
        return Math.min(...numbers());
      case 'MAX':
        return Math.max(...numbers());
      case 'ABS':
        return Math.abs(num(list[0]?.[0] ?? 0));
      case 'ROUND': {
        const digits = 10 ** num(list[1]?.[0] ?? 0);
        return Math.round(num(list[0]?.[0] ?? 0) * digits) / digits;
      }
      case 'IF':
        return num(list[0]?.[0] ?? 0) !== 0 ? (list[1]?.[0] ?? 0) : (list[2]?.[0] ?? 0);
      default:
        throw new Unsupported(`function ${name}`);
    }
  };

  const value = comparison();
  if (at !== tokens.length) throw new Unsupported('trailing tokens');
  return value;
}

interface Token {
  readonly kind: 'number' | 'ref' | 'function' | 'string' | 'op';
  readonly text: string;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(formula);
    if (match === null) throw new Unsupported(`cannot read ${formula}`);
    const [, number, ref, fn, string, op] = match;
    if (number !== undefined) tokens.push({ kind: 'number', text: number });
    else if (ref !== undefined) tokens.push({ kind: 'ref', text: ref });
    else if (fn !== undefined) tokens.push({ kind: 'function', text: fn });
    else if (string !== undefined) tokens.push({ kind: 'string', text: string });
    else tokens.push({ kind: 'op', text: op! });
  }
  return tokens;
}
