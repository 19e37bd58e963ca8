import { simplifiedChars } from './simplifiedChars';
import { stripSpaces, toHalfWidth } from './text';

/** Unit spellings → the normalized unit. Anything else unit-like is kept as printed (half-width, no spaces). */
const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  '%': '%',
  '百分比': '%',
  '万': '万元', // `1万/批次`, `=9.8万`: these forms write 万元 as 万
  '万元': '万元',
  '元': '元',
  '亿': '亿元',
  '亿元': '亿元',
  '日': '天',
  '天': '天',
  '个月': '月',
  '个工作日': '工作日',
};

/**
 * A unit word of up to three characters, after a multiplier (`万平方米`, `亿立方米`: the value stays as printed, the unit
 * says the scale) or a measure word (`个工作日`), which may make it four.
 */
const CJK_UNIT = '(?:[万亿个])?[\\u4e00-\\u9fff]{1,3}(?:\\([\\u4e00-\\u9fff]{1,2}\\)[\\u4e00-\\u9fff]{0,2})?';
/** A simple unit (`次`, `人次`, `人(间)次`) or a rate unit (`元/人`, `万/批次`). */
const UNIT_SHAPE = new RegExp(`^(?:%|${CJK_UNIT}(?:/${CJK_UNIT})?)$`);

/**
 * The unit printed after a number → its normalized form, or null when the
 * text is not a unit (then the value is not a measurement: `2023年3月前印制完毕`).
 * Parentheses around the whole unit go (`(%)` → `%`, `(次)` → `次`); `余`
 * (about) before a unit goes (`1300余人次`); `万` alone means 万元.
 */
export function normalizeUnit(text: string): string | null {
  let t = stripSpaces(toHalfWidth(text));
  const wrapped = /^\((.*)\)$/.exec(t);
  if (wrapped) t = wrapped[1] as string;
  t = t.replace(/^余/, '');
  // Told in simplified characters: a traditional page's `萬平方米`, `個工作日` are units as `万平方米`, `个工作日` are.
  if (t === '' || !UNIT_SHAPE.test(simplifiedChars(t))) return null;
  return t
    .split('/')
    // Synonyms looked up in simplified characters (`萬元` is 万元); another unit stays as printed.
    .map((part) => UNIT_SYNONYMS[simplifiedChars(part)] ?? part)
    .join('/');
}
