import { isMissingMark, stripSpaces, toHalfWidth } from './text';

/**
 * A rate cell → a fraction: `47.33%` → 0.4733, `100%` → 1, `30.934%` → 0.30934.
 * A bare number (`99.66` under `执行率(%)`, `15.45` under `执行率`) is a
 * percentage too: these forms print every rate in percent, with or without
 * the sign. The division is done on the decimal text (`e-2`), so the fraction
 * is the double nearest to what was printed. Missing marks and non-numbers → null.
 * Keep the cell's text beside it (execution_rate_raw): it carries the printed precision.
 */
export function parseRate(text: string | null | undefined): number | null {
  if (isMissingMark(text)) return null;
  const t = stripSpaces(toHalfWidth(text as string));
  const m = /^(-?\d+(?:\.\d+)?)(?:%|\(%\)|百分比)?$/.exec(t);
  return m ? Number(`${m[1]}e-2`) : null;
}

/**
 * The printed rate read against what the amounts give (executed ÷ full-year budget): a bare number
 * no larger than 1.5 (`0.95`) is a fraction when the amounts say so (17.1 ÷ 18 = 0.95), not 0.95 %.
 * Without amounts, or with a `%` sign, it reads as `parseRate` reads it.
 */
export function parseRateAgainst(text: string | null | undefined, computed: number | null): number | null {
  const asPercent = parseRate(text);
  if (asPercent === null || computed === null || /[%％]|百分比/.test(text ?? '')) return asPercent;
  const asFraction = asPercent * 100;
  return asFraction <= 1.5 && Math.abs(asFraction - computed) < Math.abs(asPercent - computed) ? Number(stripSpaces(toHalfWidth(text as string))) : asPercent;
}
