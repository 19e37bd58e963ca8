import { parseNumber } from './number';
import { simplifiedChars } from './simplifiedChars';
import { isMissingMark, stripSpaces, toHalfWidth } from './text';

/** Printed unit → power of ten that turns it into 万元. */
const TO_WAN: Readonly<Record<string, number>> = { 万元: 0, 万: 0, 元: -4, 亿元: 4, 亿: 4 };

/**
 * An amount cell → 万元 (the contract's unit for money).
 * `1,733.50` → 1733.5 and `492` → 492 (cells of a funds block are in 万元, as
 * its label says); `1.68万元` / `1.68万` → 1.68; `785元` → 0.0785; `22.2亿元` →
 * 222000; `612万(管网延伸320万元,…)` → 612 (the breakdown in brackets dropped). A missing mark (`-`, `—`, `——`, empty) and anything that is not an
 * amount give null: never 0 for "missing".
 */
export function parseAmount(text: string | null | undefined): number | null {
  if (isMissingMark(text)) return null;
  // `612万(管网延伸320万元,…)`: the amount, then a breakdown in brackets.
  // Units read in simplified characters (`12.6萬`, `3億元`).
  const t = stripSpaces(simplifiedChars(toHalfWidth(text as string))).replace(/^([\d,.]+(?:万元|万|元|亿元|亿)?)\(.*\)$/u, '$1');
  const m = /^(.*?)(万元|万|元|亿元|亿)?$/.exec(t) as RegExpExecArray;
  const value = parseNumber(m[1]);
  if (value === null) return null;
  const shift = TO_WAN[m[2] ?? '万元'] as number;
  return shift === 0 ? value : Number(`${(m[1] as string).replace(/,/g, '')}e${shift}`);
}

/** An amount in a block that states 元 (`项目资金（元）`) → 万元: a bare figure is in 元, a cell that names its unit keeps it. */
export function yuanAmount(text: string | null | undefined): number | null {
  if (isMissingMark(text)) return null;
  const t = stripSpaces(simplifiedChars(toHalfWidth(text as string)));
  return parseAmount(/(万元|万|元|亿元|亿)$/.test(t) ? t : `${t}元`);
}
