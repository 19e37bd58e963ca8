/**
 * Character-level judgements on OCR'd cell text: numbers, values, noise.
 * They decide structure (is this a score cell? is this name damaged?), never
 * what a value means: turning `=100.00(%)` or `1,733.50` into numbers for the
 * records is normalization's job.
 */

import { simplifiedChars } from '../normalize/simplifiedChars';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_ALL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

export const hasCjk = (text: string): boolean => CJK.test(text);

const cjkCount = (text: string): number => (text.match(CJK_ALL) ?? []).length;

/** What `/\s/` matches, by UTF-16 code unit (JavaScript's white space and line terminators). */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Text without any whitespace: how labels are compared. */
export const compact = (text: string): string => text.replace(/\s+/g, '');

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** A plain printed number: `10.00`, `1,733.50`, `44`. */
export const isNumber = (text: string): boolean => NUMBER.test(text);

/** The value of a plain printed number (internal arithmetic only: sums of weights and scores). */
export function numberValue(text: string): number | null {
  return isNumber(text) ? Number(text.replace(/,/g, '')) : null;
}

/** Digits after the decimal point of a plain number (`3,232.7` → 1). */
export function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * A cell that holds only numbers: `10.00`, or OCR doubles such as `10.00 10.00`
 * and `.00 15.00`. Gives the last full number and whether other fragments were dropped.
 */
export function numberCell(text: string): { text: string; cleaned: boolean } | null {
  // One token (most cells): a plain number or nothing.
  if (!/\s/.test(text)) return isNumber(text) ? { text, cleaned: false } : null;
  const tokens = text.split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1];
  if (last === undefined || !isNumber(last)) return null;
  if (!tokens.every((token) => /^[\d.,]+$/.test(token))) return null;
  return { text: last, cleaned: tokens.length > 1 };
}

const OPERATOR = '[=＝≥≤≧≦><]';
const MEASURE = new RegExp(
  `^${OPERATOR}?\\s*\\d+(?:\\.\\d+)?\\s*(?:[(（](?:%|％|[\\u4e00-\\u9fff/]+)[)）]|%|％|[\\u4e00-\\u9fff/]{1,4})?$`,
);
const QUALITATIVE = /^[\u4e00-\u9fff]+$/;

/** A target/actual cell that reads as a measure (`=100.00(%)`, `≥1.00(次)`, `95%`) or a word (`及时`, `达成指标`). */
export const isWellFormedValue = (text: string): boolean => MEASURE.test(text) || QUALITATIVE.test(compact(text));

/** A token that starts like a target value: an operator followed by a digit (`≥90.00(9`). */
const OPERATOR_VALUE = new RegExp(`^${OPERATOR}\\s*\\d`);
export const startsWithOperatorValue = (token: string): boolean => OPERATOR_VALUE.test(token);

/**
 * Characters no project or indicator name is made of (OCR damage), whitespace aside: a name is
 * Chinese, Latin letters, digits and a few brackets and punctuation marks. Matched by code point.
 */
const NOT_NAME_CHAR = /[^\s\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z()（）“”"《》、，,·%％:：;；]/gu;

/**
 * How damaged a name looks: characters no name is made of (`」`, `ī`, `—`, `<`),
 * stray single Latin letters (`L作效率`), single characters scattered between
 * spaces (`印形规范、 有 咐`); text with no Chinese at all counts as 3.
 */
export function nameNoise(text: string): number {
  if (!hasCjk(text)) return 3;
  let noise = text.match(NOT_NAME_CHAR)?.length ?? 0;
  noise += (text.match(/(?<![A-Za-z0-9])[A-Za-z](?![A-Za-z0-9])/g) ?? []).length;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length > 1) noise += tokens.filter((token) => [...token].length === 1).length;
  return noise;
}

/** Free text (a deviation note) that is mostly OCR noise: fewer Chinese characters than other symbols. */
export function isMostlyNoise(text: string): boolean {
  const body = text.replace(/[\s，,。.、；;：:（）()“”"%％-]/g, '');
  const cjk = cjkCount(body);
  return cjk === 0 || body.length - cjk >= cjk;
}

/** A cell holding only a comparison: a 指标性质 cell, as a sign (Sichuan: `≥`, `=`, `≤`) or in words (Inner Mongolia: `大于等于`, `等于`). */
export const isOperator = (text: string): boolean => /^(?:[=＝≥≤≧≦><]{1,2}|[大小]于(?:或?等于)?|等于|不[低高少多]于|不超过)$/.test(compact(simplifiedChars(text)));

/** An indicator's direction (指标方向: `正向`, `反向指标`): no part of its target. */
export const isDirection = (text: string): boolean => /^[正反]向(?:指标)?$/.test(compact(simplifiedChars(text)));

/** A short unit with no digits: the Sichuan template's 度量单位 (`%`, `个`, `人次`, `万元`). */
export const isUnitText = (text: string): boolean => {
  const key = compact(text);
  return key.length > 0 && key.length <= 4 && !/\d/.test(key) && /^[%％\u4e00-\u9fffA-Za-z/·²³]+$/.test(key);
};

/**
 * A column's bracketed letter or formula (`（A）`, `（B/A）`), in the label key: printed on a line of its own under a
 * header's labels (the funds block's and the indicator table's).
 */
export const isColumnNote = (key: string): boolean => /^\([A-Z](?:\/[A-Z])?\)$/.test(key);

const AMOUNT_UNIT_STATEMENT = /^\(?(?:金额)?(?:单位:?)?(万元|元)\)?$/u;

/** The unit a cell (as its label key) states for a form's amounts — `(万元)`, `单位:万元`, `金额单位:元` — or null. */
export function amountUnitOf(key: string): '万元' | '元' | null {
  const match = AMOUNT_UNIT_STATEMENT.exec(key);
  return match ? (match[1] as '万元' | '元') : null;
}

/** A value that starts with a number or an operator and a number: `60套`, `≥95%`, `=100.00(%)`, `0.13万元`. */
export const isMeasureText = (text: string): boolean => /^[=＝≥≤≧≦><]?\s*[-+]?\d/.test(text.trim());
