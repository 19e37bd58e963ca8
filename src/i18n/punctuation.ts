import type { Lang, Localized } from './lang';

/** Punctuation between UI texts: full-width in Chinese, ASCII followed by a space in English. */
const PUNCTUATION = {
  list: { zh: '、', en: ', ' },
  clauses: { zh: '；', en: '; ' },
  colon: { zh: '：', en: ': ' },
} satisfies Record<string, Localized>;

const PARENTHESES: Localized<(note: string) => string> = { zh: (note) => `（${note}）`, en: (note) => ` (${note})` };

/** Items of a list: `甲、乙` / `a, b`. */
export const joinList = (values: readonly unknown[], lang: Lang): string => values.join(PUNCTUATION.list[lang]);

/** Clauses of one sentence: `甲；乙` / `a; b`. */
export const joinClauses = (values: readonly unknown[], lang: Lang): string => values.join(PUNCTUATION.clauses[lang]);

/** The colon after a label: `：` / `: `. */
export const colon = (lang: Lang): string => PUNCTUATION.colon[lang];

/** A note in brackets after a text: `（note）` / ` (note)` (the English one with its leading space). */
export const parenthesized = (note: string, lang: Lang): string => PARENTHESES[lang](note);
