import type { Lookalike } from './lookalike';

/**
 * Full-width figures (`２８０．００`, `９３．３９％`, typed with a Chinese input method or given by OCR) in
 * place of ASCII ones: no amount, rate or score parses them. A cell that is a figure and nothing
 * else, or a figure between spaces in a cell (a row's cells on one line), is read in ASCII (digits,
 * point, thousands comma, percent and minus signs); text that merely holds figures — `１、主动融入…`
 * in a goal, `≥４５处` (whose measure is read as printed) — stays as printed.
 */
const FULL_WIDTH_DIGIT = /[０-９]/u;
const FIGURE = /^\s*[-－]?[0-9０-９][0-9０-９.．,，]*[%％]?\s*$/u;
const FULL_WIDTH_MARKS = /[０-９．，％－]/gu;

export const FULL_WIDTH_FIGURES: Lookalike = {
  holds: (text) => FULL_WIDTH_DIGIT.test(text) || /[0-9]％/u.test(text),
  // Each figure between spaces (a row's cells on one line, `280.00 ２８０．１７ 93.39％`), one character for one.
  replace: (text) => text.replace(/\S+/gu, (token) => (FIGURE.test(token) ? token.replace(FULL_WIDTH_MARKS, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xfee0)) : token)),
  note: (cells) => `${cells} cells of full-width figures read as ASCII (２８０．００ → 280.00)`,
};
