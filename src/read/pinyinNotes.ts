import type { Lookalike } from './lookalike';

/**
 * Pinyin a mirror site put after characters when it converted a page to traditional characters
 * (`項(xiàng)目名稱`, `預(yù)算數(shù)`): not printed in the form, and no label matches a word it splits.
 * The page reaches an agency's reader as the page itself, or saved, copied or printed into Word,
 * Excel or PDF: every reader's cells are read without the notes. A note is a bracketed
 * lower-case pinyin syllable with its tone mark, right after an ideograph or at the start of the next line when a printed cell
 * wrapped between them (`全年預` / `(yù)算數` in a PDF: the word is joined again); a unit or a word in
 * brackets is not one (`长度(km)`, `(A)`, `(Excel)`, `附件(pdf)`: no tone mark, a capital, or no ideograph before it).
 */
const PINYIN_NOTE = /(?<=[\u3400-\u9fff])\n?\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

/** The text without its pinyin notes (the same string when it has none). */
export function withoutPinyinNotes(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_NOTE, '') : text;
}

/**
 * Pinyin notes dropped from every cell. Unlike the other lookalikes it is not one character for one:
 * a line of the grid's text keeps its place, the characters after a note on it move left.
 */
export const PINYIN_NOTES: Lookalike = {
  holds: (text) => withoutPinyinNotes(text) !== text,
  replace: withoutPinyinNotes,
  note: (cells) => `${cells} cells: a mirror site's pinyin notes dropped (項(xiàng)目 → 項目)`,
};
