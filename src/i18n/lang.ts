/** UI languages: Simplified Chinese first, English as the toggle. */
export type Lang = 'zh' | 'en';

/**
 * A text in both UI languages, picked with `[lang]`. A text that takes values is a function in both
 * languages: `{ zh: (k: number) => `${k} 张表`, en: (k: number) => `${k} forms` }`.
 */
export interface Localized<T = string> {
  zh: T;
  en: T;
}

/** The data column of a text stored in both languages: `langColumn('message', 'zh')` → `message_zh`. */
export const langColumn = <B extends string>(base: B, lang: Lang) => `${base}_${lang}` as `${B}_${Lang}`;
