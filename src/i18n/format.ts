import type { Lang, Localized } from './lang';

/** Number formats of the UI: amounts in 万元 with separators, rates as percentages. */

const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const score = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** 1733.5 → "1,733.50" (万元). */
export const formatMoney = (v: unknown): string => (isNum(v) ? money.format(v) : '—');

/** 1733.5 → "1,733.50 万元". */
export const formatMoneyUnit = (v: unknown): string => (isNum(v) ? `${money.format(v)} 万元` : '—');

/** 0.30934 → "30.93%". */
export const formatRate = (v: unknown, digits = 2): string => (isNum(v) ? `${(v * 100).toFixed(digits)}%` : '—');

export const formatInt = (v: unknown): string => (isNum(v) ? integer.format(v) : '—');

export const formatScore = (v: unknown): string => (isNum(v) ? score.format(v) : '—');

/** The locales of the UI languages: for numbers, and for dates (English ones day first). */
const LOCALES = {
  number: { zh: 'zh-CN', en: 'en' },
  date: { zh: 'zh-CN', en: 'en-GB' },
} satisfies Record<string, Localized>;

/** The locale of a UI language (`zh-CN` / `en`), for numbers unless `of` says dates. */
export const locale = (lang: Lang, of: keyof typeof LOCALES = 'number'): string => LOCALES[of][lang];

/** 12345 → "12,345" in the UI language's locale. */
export const formatCount = (n: number, lang: Lang): string => n.toLocaleString(locale(lang));

/** A moment, date and time, in the UI language's locale. */
export const formatDateTime = (date: Date, lang: Lang): string => date.toLocaleString(locale(lang, 'date'));
