import { isMissingMark, stripSpaces, toHalfWidth } from './text';

/**
 * An amount cell → 万元 (the contract's unit for money).
 * `1,733.50` → 1733.5 and `492` → 492 (cells of a funds block are in 万元, as
 * its label says); `1.68万元` / `1.68万` → 1.68; `785元` → 0.0785; `22.2亿元` →
 * 222000. A missing mark (`-`, `—`, `——`, empty) and anything that is not an
 * amount give null: never 0 for "missing".
 */
export function parseAmount(text: string | null | undefined): number | null {
  if (isMissingMark(text)) return null;
  const t = stripSpaces(toHalfWidth(text as string));
  const m = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(万元|万|元|亿元|亿)?$/.exec(t);
  if (!m) return null;
  const digits = (m[1] as string).replace(/,/g, '');
  switch (m[2]) {
    case '元':
      return Number(`${digits}e-4`);
    case '亿元':
    case '亿':
      return Number(`${digits}e4`);
    default:
      return Number(digits);
  }
}
