/** UI languages: Simplified Chinese first, English as the toggle. */
export type Lang = 'zh' | 'en';

/** A text in both UI languages. */
export interface Localized {
  zh: string;
  en: string;
}
