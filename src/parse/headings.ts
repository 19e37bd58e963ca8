import type { Cell, LayoutResult } from './forms';
import type { SourceLine } from '../read/text/sourceLines';
import { YEAR_STATEMENT } from './labels';
import { simplifiedChars } from '../normalize/simplifiedChars';

/** An agency standing alone as a heading: `淮南市人民政府办公室`, `湘西自治州人民政府办公室`. */
const AGENCY_HEADING = /^[\u4e00-\u9fa5（）()]{2,30}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|局|厅)$/u;

/** Longest heading (whitespace removed); longer lines are sentences, not headings. */
const MAX_HEADING_LENGTH = 40;

/** The text without whitespace, in simplified characters (what the heading patterns are matched against). */
function compact(text: string): string {
  return simplifiedChars(text.replace(/\s+/gu, ''));
}

/** A line that states a fiscal year or names the agency, as a document or form heading does. */
export function isHeadingText(text: string): boolean {
  const key = compact(text);
  return key.length > 0 && key.length <= MAX_HEADING_LENGTH && (YEAR_STATEMENT.test(key) || AGENCY_HEADING.test(key));
}

/** The year a notice hands money down for: `下达2023年…`, `提前下达 2022 年…`. */
const NOTICE_YEAR = /下达\s*((?:19|20)\d{2})\s*年/u;

/** A notice's document number on a line of its own: `清财(农)指〔2024〕17号`, `津财基指〔2022〕23号`. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff()（）]{1,20}[〔［\[]((?:19|20)\d{2})[〕］\]]\d{1,4}号$/u;

/** A notice handing money down that names no year for it: `关于下达省级…资金的通知`, `现下达…资金299.424万元`. */
const HANDS_DOWN = /下达/u;

type Ranged = { lineStart: number; lineEnd: number; year: Cell | null };

function formsByStart(layout: LayoutResult): Ranged[] {
  return [...layout.selfEvaluations, ...layout.targetTables].sort((a, b) => a.lineStart - b.lineStart);
}

/**
 * The document's headings: heading lines outside every form and target table (inside a form,
 * an agency name is the 主管部门 cell, not a heading), plus each form's own year line as its
 * layout parser found it (an OCR'd `(2023 1 /2` included).
 */
export function collectHeadings(lines: readonly SourceLine[], layout: LayoutResult): Cell[] {
  const forms = formsByStart(layout);
  const yearLines = new Set(forms.flatMap((form) => (form.year ? [form.year.line] : [])));
  const headings: Cell[] = [];
  // Lines and forms both go in line order: sweep once, keeping the furthest form end reached so far.
  let next = 0;
  let coveredTo = 0;
  /** The year of the notice's document number (`〔2024〕17号`), once a line states one. */
  let numberYear: string | null = null;
  let handsDown = false;
  for (const { line, text } of lines) {
    for (let form = forms[next]; form && form.lineStart <= line; form = forms[++next]) coveredTo = Math.max(coveredTo, form.lineEnd);
    if (yearLines.has(line) || (line > coveredTo && isHeadingText(text))) headings.push({ text: text.replace(/\t/g, ' ').trim(), line });
    else if (line > coveredTo) {
      // A finance bureau's notice above the tables it sends (`…《关于提前下达2022年…资金的通知》…`): the year the money is for.
      const plain = simplifiedChars(text);
      const notice = NOTICE_YEAR.exec(plain);
      if (notice) headings.push({ text: `${notice[1]}年度`, line });
      else {
        // A notice that hands money down without naming its year (`清财(农)指〔2024〕17号 … 现下达…资金`): the year it was issued in.
        numberYear ??= DOCUMENT_NUMBER.exec(compact(text))?.[1] ?? null;
        if (!handsDown && numberYear !== null && HANDS_DOWN.test(plain)) {
          handsDown = true;
          headings.push({ text: `${numberYear}年度`, line });
        }
      }
    }
  }
  return headings;
}

/** Gives each form without a year line of its own the nearest preceding heading that states a year. */
export function fillYearsFromHeadings(layout: LayoutResult, headings: readonly Cell[]): void {
  const yearHeadings = headings.filter((heading) => YEAR_STATEMENT.test(compact(heading.text)));
  let next = 0;
  let nearest: Cell | null = null;
  for (const form of formsByStart(layout)) {
    for (let heading = yearHeadings[next]; heading && heading.line <= form.lineStart; heading = yearHeadings[++next]) nearest = heading;
    if (!form.year && nearest) form.year = { ...nearest };
  }
}
