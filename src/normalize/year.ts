import { simplifiedChars } from './simplifiedChars';
import { fileNameStem } from './documentFileName';
import { toHalfWidth } from './text';

/**
 * The fiscal year a heading or form states: `（2024年度）`, `（ 2021   年度）`,
 * `二、2024年度项目支出绩效自评表`, OCR's `(2023 1 /2` (the 年度 lost, the year still opening the
 * parenthesis), a title's `2021年…自评表`, a year alone (`2024年` beside its label), or a self-evaluation report's cover date at the year's end (`2023年12月`:
 * the budget system dates a report so by the year it reports on). Null when none is stated.
 */
export function parseYear(text: string | null | undefined): number | null {
  if (!text) return null;
  // Title words are matched in simplified characters (`…項目績效目標自評表`).
  const t = simplifiedChars(toHalfWidth(text));
  const m =
    /(?<!\d)((?:19|20)\d{2})\s*年度/.exec(t) ??
    /\(\s*((?:19|20)\d{2})(?!\d)/.exec(t) ??
    YEAR_END_DATE.exec(t) ??
    YEAR_ALONE.exec(t) ??
    LABELLED_YEAR.exec(t) ??
    (FORM_TITLE.test(t) || fileNameStem(t) !== null ? TITLE_YEAR.exec(t) : null);
  return m ? Number(m[1]) : null;
}

/** A year that is the whole text (`2024年`, `2024`: a head field's value beside 评价年度, 年份, 年度). */
const YEAR_ALONE = /^\s*((?:19|20)\d{2})\s*年?\s*$/;
/** A year after its label (`年度：2024年`, `评价年度:2024`). */
const LABELLED_YEAR = /(?:年度|年份)\s*:\s*((?:19|20)\d{2})(?!\d)/;
/** A date that is the whole text and the last month of its year. */
const YEAR_END_DATE = /^\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*$/;
/** A form's title: in it a year stated without 度 (`2021年学生资助项目绩效目标自评表`) is the fiscal year. */
export const FORM_TITLE = /自评表|目标表|自评报告|目标申报表|目标审批表|目标批复表|绩效评价表/;
/** `2021年` not followed by a month; a page counter glued before it (`1/12021年`) may stand right against it. */
const TITLE_YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;
