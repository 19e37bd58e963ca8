import { toHalfWidth } from './text';

/**
 * The fiscal year a heading or form states: `（2024年度）`, `（ 2021   年度）`,
 * `二、2024年度项目支出绩效自评表`, or OCR's `(2023 1 /2` (the 年度 lost, the
 * year still opening the parenthesis). Null when none is stated.
 */
export function parseYear(text: string | null | undefined): number | null {
  if (!text) return null;
  const t = toHalfWidth(text);
  const m = /(?<!\d)((?:19|20)\d{2})\s*年度/.exec(t) ?? /\(\s*((?:19|20)\d{2})(?!\d)/.exec(t);
  return m ? Number(m[1]) : null;
}
