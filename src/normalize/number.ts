import { isMissingMark, stripSpaces, toHalfWidth } from './text';

/** A plain number cell (a weight, a score): `10`, `9.96`, `1,733.50`, `9.34分` (points) → number; missing marks and text → null. */
export function parseNumber(text: string | null | undefined): number | null {
  if (isMissingMark(text)) return null;
  const t = stripSpaces(toHalfWidth(text as string)).replace(/分$/, '');
  return /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(t) ? Number(t.replace(/,/g, '')) : null;
}
