/**
 * The figures of a funds row when their columns cannot be read off the table: blank cells dropped
 * by the text (`650 650 618.8 10 9.5` under six headers), or figures run together
 * (`86.584.297.34%`). Every way of giving the figures to the header's columns in order (leaving
 * columns out, cutting run-together figures) is scored by the form's own arithmetic — 执行率 =
 * 执行数 ÷ 全年预算数, 得分 ≈ 分值 × 执行率, a `%` figure is the rate — and the best one is taken.
 */
import type { FundsRole } from './rowLabels';

/** A figure as printed, with the cell it comes from. */
export interface Figure<Source> {
  readonly text: string;
  readonly source: Source;
}

const AMOUNT_ROLES: ReadonlySet<FundsRole> = new Set(['budgetInitial', 'budgetFullYear', 'executed']);
/** How likely a column is to be the blank one the text dropped, best first (a blank 年初预算数, rate or score). */
const DROP_PREFERENCE: Partial<Record<FundsRole, number>> = { budgetInitial: 1.5, score: 1.2, rate: 1, weight: 0.8, executed: 0.3, budgetFullYear: 0.2 };
const MAX_CANDIDATES = 4000;

/** A plain figure: `1,733.50`, `97.16%`, `100`; or a blank mark that holds a column's place (`-`, `/`, `—`). */
const FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
const BLANK_MARK = /^(?:[-/—–_]+|)$/;

function value(text: string): number | null {
  if (!FIGURE.test(text)) return null;
  return Number(text.replace(/[,%]/g, ''));
}

/** Decimals a cut figure may print, the usual first. */
const DECIMALS_TRIED = [2, 1, 3, 4];

/** Ways to cut a run of digits into figures of at most four decimals each (a `%` ends the rate). */
function cuts(text: string, limit: number): string[][] {
  const out: string[][] = [];
  const step = (rest: string, parts: string[]): void => {
    if (out.length >= limit) return;
    if (rest === '') {
      out.push(parts);
      return;
    }
    const match = /^(\d+)(?:\.(\d+))?(%?)/.exec(rest);
    if (!match) return;
    const integer = match[1]!;
    // Longer wholes first, two decimals first (an amount's usual print): on a long run (a whole row's figures run together,
    // `280.00300.00280.171093.39%9.34`) the readings within the limit are then the likely ones, not `2 | 8 | 0 | …`.
    for (let i = Math.min(integer.length, 9); i >= 1; i--) {
      const whole = integer.slice(0, i);
      if (whole.length > 1 && whole.startsWith('0')) continue;
      if (i < integer.length) {
        step(rest.slice(i), [...parts, whole]);
        continue;
      }
      const decimals = match[2];
      if (decimals === undefined) {
        step(rest.slice(i + match[3]!.length), [...parts, whole + match[3]!]);
        continue;
      }
      for (const d of DECIMALS_TRIED.filter((count) => count <= decimals.length)) {
        const figure = `${whole}.${decimals.slice(0, d)}`;
        const after = rest.slice(i + 1 + d);
        if (d === decimals.length && after.startsWith('%')) step(after.slice(1), [...parts, `${figure}%`]);
        else step(after, [...parts, figure]);
      }
    }
  };
  step(text, []);
  return out;
}

/** The figures a token may stand for: itself, and the ways to cut it when it may run several together. */
function readings(token: string): string[][] {
  if (BLANK_MARK.test(token)) return [[token]];
  const compact = token.replace(/,/g, '');
  if (!/^[\d.%]+$/.test(compact) || !/\d/.test(compact)) return [];
  const whole = value(token);
  const dots = (compact.match(/\./g) ?? []).length;
  const plausible = whole !== null && dots <= 1 && compact.replace(/\D/g, '').length <= 12 && (!compact.endsWith('%') || whole <= 300);
  if (plausible && dots <= 1 && !(compact.endsWith('%') && whole > 300)) {
    // A plain figure; a long one without separators may still run two together (`10100%` is caught above).
    return [[token]];
  }
  return cuts(compact, MAX_CANDIDATES);
}

interface Scored<Source> {
  readonly assignment: Map<FundsRole, Figure<Source>>;
  readonly score: number;
}

/** How plausible an assignment is, by the arithmetic a funds row keeps. */
function plausibility<Source>(assignment: Map<FundsRole, Figure<Source>>, dropped: readonly FundsRole[], cutCount: number): number {
  const get = (role: FundsRole): number | null => {
    const figure = assignment.get(role);
    return figure ? value(figure.text) : null;
  };
  let score = -cutCount * 0.5;
  // A cut that leaves a bare zero is more likely a wrong cut than a zero amount.
  if (cutCount > 0) for (const figure of assignment.values()) if (/^0(?:\.0+)?%?$/.test(figure.text)) score -= 4;
  for (const role of dropped) score -= 3 - (DROP_PREFERENCE[role] ?? 0);
  for (const [role, figure] of assignment) {
    const isPercent = figure.text.endsWith('%');
    if (isPercent && role !== 'rate') score -= 10;
    if (isPercent && role === 'rate') score += 2;
  }
  const full = get('budgetFullYear');
  const executed = get('executed');
  const initial = get('budgetInitial');
  const weight = get('weight');
  const rateFigure = assignment.get('rate');
  const printedRate = get('rate');
  const rate = printedRate === null ? null : rateFigure?.text.endsWith('%') || printedRate > 1.5 ? printedRate / 100 : printedRate;
  const scoreValue = get('score');
  // The rate is 执行数 over the budget the row prints: the full year's, or the year's start where that is all it prints
  // (`年初预算数(A) | 全年执行数(B) | … | 执行率(B/A)`).
  const budget = full ?? initial;
  if (budget !== null && executed !== null && budget > 0) {
    const computed = executed / budget;
    if (rate !== null) score += Math.abs(computed - rate) <= 0.006 + 0.0001 * Math.abs(rate) ? 10 : -5;
    if (computed > 3) score -= 6;
  } else if (full === 0 && executed !== null && executed > 0 && rate !== null) {
    // An amount spent from a zero budget has no rate to print: the printed one says the zero is another column's.
    score -= 5;
  }
  if (rate !== null && (rate < 0 || rate > 3)) score -= 6;
  if (weight !== null) score += weight > 0 && weight <= 30 ? 1 : weight > 100 ? -10 : -1;
  if (weight !== null && scoreValue !== null) {
    score += scoreValue <= weight + 0.001 ? 1 : -6;
    if (rate !== null && Math.abs(weight * Math.min(rate, 1) - scoreValue) <= 0.06) score += 3;
  }
  if (initial !== null && full !== null && initial > 0 && (full / initial > 50 || initial / full > 50)) score -= 2;
  if (initial !== null && full !== null && initial === full) score += 1;
  return score;
}

/** Ways to choose `count` of the roles (in order). */
function* choose<T>(items: readonly T[], count: number, start = 0): Generator<T[]> {
  if (count === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - count; i++) for (const rest of choose(items, count - 1, i + 1)) yield [items[i]!, ...rest];
}

/**
 * The best assignment of the tokens (in reading order; blank marks hold a column's place) to the
 * roles (in header order), or null when no reading fits. Tokens that are no figure end the figures
 * (a note in the 原因 column).
 */
export function solveFunds<Source>(roles: readonly FundsRole[], tokens: readonly Figure<Source>[]): Map<FundsRole, Figure<Source>> | null {
  const figureTokens: Figure<Source>[] = [];
  for (const token of tokens) {
    // Figures run into the next label (`86.584.297.34%其中:…`): the figures before it.
    const lead = /^[\d.,%]+/.exec(token.text)?.[0];
    const text = readings(token.text).length > 0 ? token.text : lead;
    if (text === undefined || readings(text).length === 0) break;
    figureTokens.push({ ...token, text });
    if (text !== token.text) break;
  }
  // Every combination of the tokens' readings (a token read whole, or cut).
  let expansions: { figures: Figure<Source>[]; cuts: number }[] = [{ figures: [], cuts: 0 }];
  for (const token of figureTokens) {
    const next: { figures: Figure<Source>[]; cuts: number }[] = [];
    for (const reading of readings(token.text)) {
      for (const base of expansions) {
        if (next.length >= MAX_CANDIDATES) break;
        next.push({ figures: [...base.figures, ...reading.map((text) => ({ text, source: token.source }))], cuts: base.cuts + (reading.length > 1 ? reading.length - 1 : 0) });
      }
    }
    expansions = next;
  }
  let best: Scored<Source> | null = null;
  for (const { figures: all, cuts: cutCount } of expansions) {
    // Figures past the row's own may be the next row's, run on (`… 10 9.54 180000.00 …`): the row takes a prefix.
    for (let count = Math.min(all.length, roles.length); count >= 1; count--) {
      const figures = all.slice(0, count);
      const unread = all.length - count;
      for (const kept of choose(roles, figures.length)) {
        const assignment = new Map<FundsRole, Figure<Source>>();
        kept.forEach((role, i) => {
          const figure = figures[i]!;
          if (!BLANK_MARK.test(figure.text)) assignment.set(role, figure);
        });
        if (![...assignment.keys()].some((role) => AMOUNT_ROLES.has(role))) continue;
        const dropped = roles.filter((role) => !kept.includes(role));
        const score = plausibility(assignment, dropped, cutCount) - unread * 0.5;
        if (best === null || score > best.score) best = { assignment, score };
      }
    }
  }
  return best?.assignment ?? null;
}
