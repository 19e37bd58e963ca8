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
 * funds row's score when that was read.
 */
export function totalFromScoreRun(rows: readonly Row[], fundsScore: number | null): StrayTotal | null {
  for (const row of rows) {
    for (const cell of row.cells) {
      const pairs = numberPairs(cell.text.split(/\s+/));
      const total = pairs.pop();
      if (total === undefined || total.weight !== 100 || total.score > 100 || pairs.length < 2) continue;
      const weights = pairs.reduce((sum, pair) => sum + pair.weight, 0);
      const scores = pairs.reduce((sum, pair) => sum + pair.score, 0);
      const fundsShare = 100 - weights;
      const fundsPart = total.score - scores;
      if (fundsShare < 0 || fundsShare > 40 || fundsPart < -0.005 || fundsPart > fundsShare + 0.005) continue;
      if (fundsScore !== null && Math.abs(fundsPart - fundsScore) > 0.01) continue;
      return { totalWeight: { text: total.weightText, line: cell.line }, totalScore: { text: total.scoreText, line: cell.line } };
    }
  }
  return null;
}

/** Adjacent bare numbers taken two by two (weight, score), a score never above its weight. */
function numberPairs(tokens: readonly string[]): { weight: number; score: number; weightText: string; scoreText: string }[] {
  const pairs = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const weightText = tokens[i]!;
    const scoreText = tokens[i + 1]!;
    if (!BARE_NUMBER.test(weightText) || !BARE_NUMBER.test(scoreText)) continue;
    const weight = Number(weightText);
    const score = Number(scoreText);
    if (score > weight) continue;
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
