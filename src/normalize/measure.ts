import { simplifiedChars } from './simplifiedChars';
import { normalizeUnit } from './unit';
import { textMemo } from './textMemo';
import { isMissingMark, toHalfWidth } from './text';

export type ComparisonOp = '>=' | '<=' | '=' | '>' | '<';

/** A target or actual cell read as comparison + number + unit; value null when the text is not a figure. */
export interface Measure {
  readonly op: ComparisonOp | null;
  readonly value: number | null;
  readonly unit: string | null;
}

const NOT_A_FIGURE: Measure = { op: null, value: null, unit: null };

/** Operator signs (after full-width → half-width: `＝` is `=` by then). */
const OP_SIGNS: ReadonlyArray<readonly [string, ComparisonOp]> = [
  ['>=', '>='],
  ['=>', '>='],
  ['≥', '>='],
  ['≧', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≤', '<='],
  ['≦', '<='],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
];

/** Words before the number that state the comparison (`不低于95%`, `控制在492万元以内`). */
const OP_WORDS_BEFORE: ReadonlyArray<readonly [string, ComparisonOp]> = [
  ['大于等于', '>='],
  ['大于或等于', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['小于等于', '<='],
  ['小于或等于', '<='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['控制在', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
];

/** Words after the figure that state the comparison (`90%以上`, `40次以上`). */
const OP_WORDS_AFTER: ReadonlyArray<readonly [string, ComparisonOp]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
];

const SIGN_PATTERN = OP_SIGNS.map(([s]) => s.replace(/[=<>]/g, (c) => `\\${c}`)).join('|');
/**
 * [prefix text][sign] number [unit][word after]. The number may carry
 * thousands separators; `100 00(%)` is OCR's `100.00(%)` with the point lost
 * (two digits after a space, right before a parenthesised unit).
 */
const MEASURE = new RegExp(
  `^(?<prefix>[^\\d,.;，。；:：]*?)\\s*(?<sign>${SIGN_PATTERN})?\\s*` +
    `(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+ \\d{2}(?=\\()|\\d+(?:\\.\\d+)?)` +
    `\\s*(?<unit>\\([^)]*|[^\\d]*?)\\s*(?<after>${OP_WORDS_AFTER.map(([w]) => w).join('|')})?$`,
  'd',
);

/**
 * Reads `≥90%`, `≤492万元`, `＝12期`, `=1次`, `90%以上`, `≧95%`, `=100.00(%)`,
 * `1万/批次`, `=0.00(次)`, `6.00(次)`, `相关人员满意度100%` as op/value/unit.
 * The op is what the cell states (null when it states none); see `targetOp`
 * for a target's op. Text that is not one figure (`显著`, `及时`, `2023年3月前印制完毕`,
 * a sentence) gives value null. A unit OCR cut short, `≥90.00(9` (for
 * `≥90.00(%)`), keeps its value with unit null: the unit is not guessed.
 */
export function parseMeasure(text: string | null | undefined): Measure {
  return text == null ? NOT_A_FIGURE : measureOfText(text);
}

/** Measures by text: a target's or actual's text repeats across forms (see `textMemo`). */
const measureOfText = textMemo(readMeasure);

function readMeasure(text: string): Measure {
  if (isMissingMark(text)) return NOT_A_FIGURE;
  const t = toHalfWidth(text).replace(/\s+/g, ' ').trim();
  // The words are matched in simplified characters (`不低於95%`, `3個以內`); the unit is taken from the text as printed.
  const m = MEASURE.exec(simplifiedChars(t));
  const g = m?.groups;
  if (!g) return NOT_A_FIGURE;
  const unitAt = m.indices?.groups?.unit;
  const rawUnit = (unitAt ? t.slice(unitAt[0], unitAt[1]) : (g.unit ?? '')).trim();
  let unit: string | null = null;
  if (rawUnit !== '') {
    const cutShort = /^\([^)]*$/.test(rawUnit); // `(9`, `(%`: the closing parenthesis was lost
    unit = normalizeUnit(cutShort ? rawUnit.slice(1) : rawUnit);
    if (unit === null && !cutShort) return NOT_A_FIGURE;
  }
  // Words before a bare number are not a label of the figure but text run together with a number (`达成指标 10.0`: OCR joined two cells).
  if (unit === null && (g.prefix ?? '').trim() !== '' && !OP_WORDS_BEFORE.some(([w]) => (g.prefix as string).trim().endsWith(w))) return NOT_A_FIGURE;
  const value = Number((g.num as string).replace(/,/g, '').replace(' ', '.'));
  return { op: opOf(g.sign, g.after, g.prefix ?? ''), value, unit };
}

/** A target's comparison: as stated; a figure stated without one is an exact target (`=`); a qualitative target has none. */
export function targetOp(measure: Measure): ComparisonOp | null {
  if (measure.value === null) return null;
  return measure.op ?? '=';
}

function opOf(sign: string | undefined, after: string | undefined, prefix: string): ComparisonOp | null {
  if (sign) return lookup(OP_SIGNS, sign);
  if (after) return lookup(OP_WORDS_AFTER, after);
  const word = OP_WORDS_BEFORE.find(([w]) => prefix.trim().endsWith(w));
  return word ? word[1] : null;
}

function lookup(table: ReadonlyArray<readonly [string, ComparisonOp]>, key: string): ComparisonOp | null {
  return table.find(([k]) => k === key)?.[1] ?? null;
}
