import type { Lookalike } from './lookalike';

/**
 * A year written in Chinese numerals (`（二〇二四年度）`, `二零二三年`, OCR's `二O二二年`), as a form's title or year
 * line sometimes prints it: no year pattern reads it. Read as figures, digit for digit (`2024年度`), only where it
 * stands before 年 and starts as a year of this century or the last (二〇…, 一九…), so that prose counting in
 * numerals keeps its words.
 */
const YEAR = /(?:一九|二[〇零○OＯ])[〇零○OＯ一二三四五六七八九]{2}(?=\s*年)/gu;
const HOLDS = /(?:一九|二[〇零○OＯ])[〇零○OＯ一二三四五六七八九]{2}\s*年/u;
const DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export const CHINESE_NUMERAL_YEARS: Lookalike = {
  holds: (text) => HOLDS.test(text),
  replace: (text) => (HOLDS.test(text) ? text.replace(YEAR, (year) => Array.from(year, (numeral) => DIGIT[numeral]!).join('')) : text),
  note: (cells) => `${cells} cells: years in Chinese numerals read as figures (二〇二四年 → 2024年)`,
};
