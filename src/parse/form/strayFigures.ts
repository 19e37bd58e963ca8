/**
 * Figures that stand away from their labels (PDF text out of reading order: the rate printed after
 * 年度总体目标, the 总分 figures at the end of a run of indicator figures whose names come later).
 * Such a figure is placed only where arithmetic confirms it; otherwise it stays unread.
 */
import type { Cell } from '../forms';
import type { Row } from '../row';

const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
const PERCENT = /^(\d+(?:\.(\d+))?)%$/;

/** The 总分 row's weight and score, read from where they stand. */
export interface StrayTotal {
  totalWeight: Cell;
  totalScore: Cell;
}

/**
 * `=12个 12个 10 10 >=95% 97% 20 20 … 100 99.54`: a cell holding the indicator rows' figures run
 * together (target, actual, weight, score), then the total's `100 S`. Its pairs of bare numbers are
 * the rows' weights and scores; it is the total when the weights leave the funds row a share of the
 * 100 points (at most 40) and S is the scores plus a funds score within that share — equal to the
 * funds row's score when that was read. When the funds row's weight and score were both read, the
 * rows' pairs may also stand in the cells before (text out of reading order, a row's figures after
 * its name): the cells are taken back from the total's until the weights and the funds weight make
 * exactly 100 and the scores and the funds score exactly S.
 */
export function totalFromScoreRun(rows: readonly Row[], fundsScore: number | null, fundsWeight: number | null = null): StrayTotal | null {
  const cells = rows.flatMap((row) => row.cells);
  for (const [at, cell] of cells.entries()) {
    const pairs = numberPairs(cell.text.split(/\s+/));
    const total = pairs.pop();
    if (total === undefined || total.weight !== 100 || total.score > 100) continue;
    const found = { totalWeight: { text: total.weightText, line: cell.line }, totalScore: { text: total.scoreText, line: cell.line } };
    if (pairs.length >= 2 && sharesFit(pairs, total.score, fundsScore)) return found;
    if (fundsScore === null || fundsWeight === null) continue;
    for (let before = at - 1; before >= 0 && sum(pairs, 'weight') + fundsWeight < 100; before--) {
      pairs.push(...numberPairs(cells[before]!.text.split(/\s+/)));
      const weights = sum(pairs, 'weight') + fundsWeight;
      if (Math.abs(weights - 100) <= 0.005 && Math.abs(total.score - sum(pairs, 'score') - fundsScore) <= 0.01) return found;
    }
  }
  return null;
}

type Pair = ReturnType<typeof numberPairs>[number];
const sum = (pairs: readonly Pair[], key: 'weight' | 'score'): number => pairs.reduce((total, pair) => total + pair[key], 0);

/** The rows' pairs leave the funds row a share of the 100 points (at most 40), and its score (when read) is the rest of the total. */
function sharesFit(pairs: readonly Pair[], totalScore: number, fundsScore: number | null): boolean {
  const fundsShare = 100 - sum(pairs, 'weight');
  const fundsPart = totalScore - sum(pairs, 'score');
  if (fundsShare < 0 || fundsShare > 40 || fundsPart < -0.005 || fundsPart > fundsShare + 0.005) return false;
  return fundsScore === null || Math.abs(fundsPart - fundsScore) <= 0.01;
}

/** Adjacent bare numbers taken two by two (weight, score), a weight never above the 100 points, a score never above its weight. */
function numberPairs(tokens: readonly string[]): { weight: number; score: number; weightText: string; scoreText: string }[] {
  const pairs = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const weightText = tokens[i]!;
    const scoreText = tokens[i + 1]!;
    if (!BARE_NUMBER.test(weightText) || !BARE_NUMBER.test(scoreText)) continue;
    const weight = Number(weightText);
    const score = Number(scoreText);
    if (weight > 100 || score > weight) continue;
    pairs.push({ weight, score, weightText, scoreText });
    i += 1;
  }
  return pairs;
}

/**
 * `95.35%` alone (or among figures only) somewhere in the form: the stated execution rate when it is
 * the executed amount over the full-year budget to the printed decimals, and the only such figure.
 */
export function rateFromStrayPercent(rows: readonly Row[], executed: number | null, budget: number | null): Cell | null {
  if (executed === null || budget === null || budget <= 0) return null;
  const ratio = executed / budget;
  const found: Cell[] = [];
  for (const row of rows) {
    for (const cell of row.cells) {
      const tokens = cell.text.split(/\s+/).filter((token) => token !== '');
      if (tokens.length === 0 || !tokens.every((token) => BARE_NUMBER.test(token) || PERCENT.test(token))) continue;
      for (const token of tokens) {
        const percent = PERCENT.exec(token);
        if (!percent) continue;
        const decimals = percent[2]?.length ?? 0;
        const tolerance = 0.5 * 10 ** -(decimals + 2) + 1e-9;
        if (Math.abs(Number(percent[1]) / 100 - ratio) <= tolerance) found.push({ text: token, line: cell.line });
      }
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/** Where the figures a funds row lost stand: its executed amount, and its weight and rate. */
export interface StrayExecution {
  executed: Cell;
  weight: Cell;
  rate: Cell;
  /** The row's figure the executed amount is a share of: its full-year budget. */
  budget: number;
}

const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * `实施单位 | 14,760` … `10 41.00%`: the executed amount alone in a cell, and the weight and rate side by side as the template
 * orders them, away from a funds row that kept only its budgets and score (`36000.00 36000.00 4.10`, PDF text out of reading
 * order). Placed when the amount over one of the row's figures is the rate to its printed decimals, and only one such reading
 * fits; the caller checks the row's score against the weight and rate.
 */
export function strayExecution(cells: readonly Cell[], rowFigures: readonly number[]): StrayExecution | null {
  const amounts = cells.filter((cell) => AMOUNT.test(cell.text.trim()));
  const fits: StrayExecution[] = [];
  for (const cell of cells) {
    const [weight, rate, ...rest] = cell.text.trim().split(/\s+/);
    const percent = rate === undefined ? null : PERCENT.exec(rate);
    if (!percent || rest.length > 0 || !BARE_NUMBER.test(weight!) || Number(weight) > 100) continue;
    const tolerance = 0.5 * 10 ** -((percent[2]?.length ?? 0) + 2) + 1e-9;
    for (const amount of amounts) {
      for (const budget of new Set(rowFigures)) {
        if (budget <= 0 || Math.abs(Number(amount.text.replace(/,/g, '')) / budget - Number(percent[1]) / 100) > tolerance) continue;
        fits.push({ executed: { text: amount.text.trim(), line: amount.line }, weight: { text: weight!, line: cell.line }, rate: { text: rate!, line: cell.line }, budget });
      }
    }
  }
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * `76%107.6`: a rate, then the weight and score run together — the cut where the score is the weight times the rate
 * (to a tenth of a point) and the weight a funds block's share (at most 30 points), when only one cut fits.
 */
export function rateWeightScore(text: string): { rate: string; weight: string; score: string } | null {
  const match = /^(\d+(?:\.\d+)?)%(\d+(?:\.\d+)?)$/.exec(text);
  if (!match) return null;
  const rate = Number(match[1]) / 100;
  const run = match[2]!;
  const fits: { weight: string; score: string }[] = [];
  for (let i = 1; i < run.length; i++) {
    const weight = run.slice(0, i);
    const score = run.slice(i);
    if (!BARE_NUMBER.test(weight) || !BARE_NUMBER.test(score) || /^0\d/.test(score) || weight.includes('.')) continue;
    const w = Number(weight);
    if (w <= 0 || w > 30 || Math.abs(w * Math.min(rate, 1) - Number(score)) > 0.06) continue;
    fits.push({ weight, score });
  }
  return fits.length === 1 ? { rate: `${match[1]}%`, ...fits[0]! } : null;
}
