import { simplifiedChars } from './simplifiedChars';
import { parseMeasure } from './measure';
import { isMissingMark, stripSpaces, toHalfWidth } from './text';

export type ActualKind = 'numeric' | 'qualitative' | 'boilerplate' | 'empty';

/**
 * Stock phrases that say "achieved" without saying what was achieved. Written
 * in place of a figure they hide whether a quantitative target was met, so
 * they are told apart from a real qualitative answer (`显著`, `及时`, `满意`).
 * Compared after removing whitespace and trailing punctuation.
 */
export const BOILERPLATE_ACTUALS: readonly string[] = [
  '达成预期指标',
  '达成年度指标',
  '达成指标',
  '达成预期',
  '达成目标',
  '达成预期目标',
  '达到预期',
  '达到预期指标',
  '达到预期目标',
  '达到目标',
  '达到指标',
  '已达成',
  '已达到',
  '达成',
  '达标',
  '已达标',
  '已完成',
  '完成',
  '全部完成',
  '已全部完成',
  '按计划完成',
  '完成目标',
  '完成预期目标',
  '符合预期',
  '符合要求',
];

const BOILERPLATE = new Set(BOILERPLATE_ACTUALS);

/** What kind of answer an 实际完成值 cell gives: a figure, a word, a stock phrase, or nothing. */
export function actualKind(text: string | null | undefined): ActualKind {
  if (isMissingMark(text)) return 'empty';
  // Compared in simplified characters (`已達成`).
  const t = simplifiedChars(stripSpaces(toHalfWidth(text as string))).replace(/[。.!！]+$/, '');
  if (BOILERPLATE.has(t)) return 'boilerplate';
  return parseMeasure(text).value === null ? 'qualitative' : 'numeric';
}
