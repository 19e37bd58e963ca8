/**
 * A 合计 whose figures ran together (`合计685644.76669.9`: a cost table's 金额 and two prior years' columns, in text that lost
 * its cells) cut by the table's own arithmetic: each of its figures is the sum of its column in the rows above, whose figures
 * ran together too (`保安服务费168依据招标文件162.5168…`). The cut is taken only when exactly one fits.
 */

/** A figure of at most two decimals, without a leading zero (`0.5` aside). */
const PART = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;
/** Runs of digits and dots in a text: the figures ran together between its words. */
const RUN = /\d[\d.]*\d|\d/g;
const MAX_READINGS = 2000;
/** Steps the search may take for one cut of the 合计 (a long table run together gives up unread). */
const MAX_STEPS = 20000;

/** Ways to cut a run of digits into at most `most` figures, each of at most two decimals. */
function cutsOf(run: string, most = run.length): string[][] {
  const out: string[][] = [];
  const step = (rest: string, parts: string[]): void => {
    if (out.length >= MAX_READINGS) return;
    if (rest === '') {
      out.push(parts);
      return;
    }
    if (parts.length === most) return;
    for (let end = 1; end <= rest.length; end++) {
      const part = rest.slice(0, end);
      if (PART.test(part) && !rest.slice(end).startsWith('.')) step(rest.slice(end), [...parts, part]);
    }
  };
  step(run, []);
  return out;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005;

/** Whether the runs (each with its cuts), cut and taken row by row into `sums.length` columns, add up to those sums. */
function fits(runs: readonly string[][][], sums: readonly number[]): boolean {
  const width = sums.length;
  let steps = 0;
  const search = (at: number, filled: number, totals: number[]): boolean => {
    if (++steps > MAX_STEPS) return false;
    if (at === runs.length) return filled % width === 0 && filled > 0 && totals.every((total, column) => close(total, sums[column]!));
    for (const cut of runs[at]!) {
      // A run between words holds one row's figures at most.
      if (cut.length > width) continue;
      const next = [...totals];
      cut.forEach((part, i) => {
        next[(filled + i) % width]! += Number(part);
      });
      if (next.every((total, column) => total <= sums[column]! + 0.005) && search(at + 1, filled + cut.length, next)) return true;
    }
    return false;
  };
  return search(0, 0, sums.map(() => 0));
}

/**
 * The first figure of a run-together 合计 (`685644.76669.9` → `685`) when the runs of the rows above (`168`, `162.5168`, `86`…)
 * cut into as many columns as the 合计 holds add up to its figures, for exactly one cut of it into two to four figures.
 * Null otherwise (a run that reads as one figure, no fit, or more than one).
 */
export function firstColumnTotal(total: string, above: readonly string[]): string | null {
  const run = /^\d[\d.]*\d/.exec(total)?.[0];
  const runs = above.flatMap((text) => text.match(RUN) ?? []).map((each) => cutsOf(each, 4));
  // A run that reads as one figure is that figure, not figures run together.
  if (run === undefined || /^\d+(?:\.\d+)?$/.test(run) || runs.length === 0) return null;
  const found = new Set<string>();
  for (const cut of cutsOf(run, 4)) {
    if (cut.length >= 2 && fits(runs, cut.map(Number))) found.add(cut[0]!);
  }
  return found.size === 1 ? [...found][0]! : null;
}
