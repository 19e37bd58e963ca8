import type { Lang } from '../../i18n/lang';
import { formatInt, formatMoney, formatRate, formatScore } from '../../i18n/format';
import { joinList } from '../../i18n/punctuation';

/** How a column's values read: amounts in 万元, rates as %, scores with two decimals. */
export type CellKind = 'money' | 'rate' | 'score' | 'int' | 'year' | 'text' | 'list';

export function formatCell(kind: CellKind, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'money':
      return formatMoney(value);
    case 'rate':
      return formatRate(value);
    case 'score':
      return formatScore(value);
    case 'int':
      return formatInt(value);
    case 'year':
      return String(value);
    case 'list':
      return Array.isArray(value) ? joinList(value, lang) : String(value);
    case 'text':
      return String(value);
  }
}

export const isNumericKind = (kind: CellKind): boolean => kind !== 'text' && kind !== 'list';
