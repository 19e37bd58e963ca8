import { compact, isNumber } from './cellText';
import { fileNameStem } from '../normalize/documentFileName';
import { isProjectRow } from './form/headFields';
import { CHROME_PREFIXES, HEADER_FIELD_LABELS, NAME_FIELDS, NARRATIVE_PREFIXES, PERIOD_HEADINGS, SECTION_HEADINGS, TITLE_PATTERNS, TITLE_WORDS, WHOLE_YEAR_IN_BRACKETS, YEAR_STATEMENT, keyMatches, roleOfKey, startsWithAny } from './labels';
import { isPageMark } from './pageMarks';
import { isListHeader } from './projectList';
import { type Row, filledCells, rowMemo } from './row';

declare module './row' {
  interface RowMemo {
    rowClass?: RowClass;
  }
}

/** What a row is, as far as the document's outline goes (a form reads its own rows). */
export type RowClass =
  | 'empty' // no cell has text
  | 'listHeader' // 序号 | 项目名称 [| 预算金额]
  | 'formStart' // 项目名称 | <name>
  | 'title' // 项目支出绩效自评表, 项目支出绩效目标表, …清单
  | 'year' // （2024年度）, 填列单位（公章）：（ 2021 年度）, OCR'd `(2023 1 /2`
  | 'caption' // 附件4-1：, 二、…, 1.“…”项目
  | 'narrative' // 项目绩效分析…, 单位负责人签字…
  | 'structure' // a Markdown rule, web-page chrome (索引号, 来源, 点击率…)
  | 'sheet' // a workbook sheet's name, as its reader marked it: the sheet before it, and what it held, ends there
  | 'page' // a printed page's number or running header (`第 1 页`, `- 2 -`, `Page 1`, `Sheet1`): no break in anything
  | 'other';

const MAX_HEADING_KEY = 40;
/** `（2024年度）`, `（ 2021   年度）` in the label key (whitespace removed, brackets folded). */
const BRACKETED_YEAR = /\((?:19|20)\d{2}年度\)/u;
/** A year after its label, in the label key (`年度:2024年`, `评价年度:2024`). */
const LABELLED_YEAR = '(?:(?:评价|所属|项目|预算|自评|实施|填报)?年度|年份):?(?:19|20)\\d{2}(?:年度?)?';
/**
 * A line that states the year and nothing else, in the label key: `（2024年）`, `2024年`, `年度：2024年`, `评价年度：2024年度`
 * (a paragraph under a form's title; 年度 printed after the year is YEAR_STATEMENT's).
 */
const YEAR_LINE = new RegExp(`^\\(?(?:${LABELLED_YEAR}|(?:19|20)\\d{2}年度?)\\)?$`, 'u');
/** The year after its label (`年度：2024年`), a lone cell: a sheet's or a table's year row as well as a paragraph. */
const LABELLED_YEAR_LINE = new RegExp(`^${LABELLED_YEAR}$`, 'u');
/** OCR'd page heads that open with a year: `(2023 1 /2`, `（2023年度）`. */
const YEAR_OPENING = /^[(（]?\s*(?:19|20)\d{2}(?!\d)/;
const CAPTION = /^(?:附件|[一二三四五六七八九十]+、|\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[）)])/u;
/** An attachment's number alone (`附件2`, `附件：`): a caption wherever it stands, in a sheet's or a table's first row too. */
const ATTACHMENT = /^附件\s*\d*(?:-\d+)?\s*:?$/u;
const RULE = /^:?-{3,}:?$/;

/**
 * A web form's upload field: a bare `附件` labelling a table row's other (empty) cells (the EasyUI internal-control system's
 * `附件 | <upload button>` row above its indicator grid), no attachment's caption.
 */
const isUploadField = (row: Row, key: string): boolean => key === '附件' && row.table !== null && row.cells.length > 1;

/** A Markdown table rule (`|---|:---:|`): structure, not cells. */
export const isRuleRow = (row: Row): boolean => {
  const filled = filledCells(row);
  return filled.length > 0 && filled.every((cell) => RULE.test(cell.text));
};

/**
 * A row that opens a narrative or sign-off block (项目绩效分析, 单位负责人签字, 评价结论…). A row opening with a sign-off label
 * that then labels the form's project or agency is the form's head, printed with its filing date first (a 部门整体支出绩效目标申报表:
 * `填报日期： | 2021 年 2 月 3 日 | 部门（单位） 名称 | 填报人 | …`).
 */
export function isNarrativeRow(row: Row): boolean {
  const filled = filledCells(row);
  const first = filled[0];
  if (first === undefined || !startsWithAny(first.key, NARRATIVE_PREFIXES)) return false;
  return !filled.slice(1).some((cell) => namesField(cell.key));
}

/** Whether a label key names the project or one of the form's agencies. */
function namesField(key: string): boolean {
  const field = roleOfKey(key, HEADER_FIELD_LABELS);
  return field !== null && NAME_FIELDS.has(field);
}

/** A paragraph: a line of text outside any table (not a cell of a flow). */
export const isParagraph = (row: Row): boolean => row.table === null && !row.flow;

/** A saved web form's panel title (项目支出信息, 绩效指标信息): a paragraph that is structure of the form it stands in. */
export function isSectionHeading(row: Row): boolean {
  if (!isParagraph(row)) return false;
  const filled = filledCells(row);
  return filled.length === 1 && keyMatches(filled[0]!.key, SECTION_HEADINGS);
}

/** A saved web form's heading naming a period (中期目标, 年度绩效指标): the period, or null for any other row. */
export function periodHeading(row: Row): keyof typeof PERIOD_HEADINGS | null {
  if (!isParagraph(row)) return null;
  const filled = filledCells(row);
  if (filled.length !== 1) return null;
  const key = filled[0]!.key;
  return keyMatches(key, PERIOD_HEADINGS.otherPeriod) ? 'otherPeriod' : keyMatches(key, PERIOD_HEADINGS.year) ? 'year' : null;
}

/** What a row is in the document's outline (computed once per row). */
export function classifyRow(row: Row): RowClass {
  const memo = rowMemo(row);
  memo.rowClass ??= classOf(row);
  return memo.rowClass;
}

function classOf(row: Row): RowClass {
  if (row.kind === 'sheet') return 'sheet';
  const filled = filledCells(row);
  if (filled.length === 0) return 'empty';
  if (isPageMark(row)) return 'page';
  if (isRuleRow(row)) return 'structure';
  if (isListHeader(row)) return 'listHeader';
  if (isProjectRow(row)) return 'formStart';
  const single = filled.length === 1 ? filled[0]! : null;
  const key = single?.key ?? '';
  // Headings are short; a long lone cell is data (a goal, a note), whatever words it contains.
  if (single && key.length <= MAX_HEADING_KEY) {
    // Only a paragraph is a caption: a lone cell starting `1.` inside a table is data; an attachment's number is one anywhere.
    if ((isParagraph(row) && CAPTION.test(key)) || (ATTACHMENT.test(key) && !isUploadField(row, key))) return 'caption';
    if (isSectionHeading(row) || periodHeading(row) !== null) return 'structure';
    if (TITLE_PATTERNS.list.test(key) || TITLE_PATTERNS.selfEvaluation.test(key) || TITLE_PATTERNS.targetTable.test(key) || TITLE_PATTERNS.report.test(key)) return 'title';
    // A paragraph may state the year in words or alone (`（2024年）`, `2024年`, `年度：2024年`); a flow's lone cell only with 年度
    // or brackets (its `2021年` is as often a column's head cut at its width); a table's lone cell bracketed (`（2024年度）`) or
    // after its label (`年度：2024年`, a sheet's year row).
    if (isParagraph(row) ? YEAR_STATEMENT.test(single.text) || YEAR_LINE.test(key) : row.flow ? YEAR_STATEMENT.test(single.text) || WHOLE_YEAR_IN_BRACKETS.test(key) : BRACKETED_YEAR.test(key) || LABELLED_YEAR_LINE.test(key)) return 'year';
  }
  // OCR'd year lines and titles of row-per-line tables: a few cells, the first a short one opening with a year.
  // Titles are told in simplified characters (`績效目標自評表` too).
  const first = filled[0]!;
  if (!single && filled.length <= 3) {
    const rowText = filled.map((cell) => cell.plain).join(' ');
    if (compact(rowText).length <= 40) {
      // A row of plain figures (`1980 | 2074 | 10.5`, an indicator's values) is data, whatever its first figure looks like.
      if (YEAR_OPENING.test(first.text) && compact(first.text).length <= 12 && !filled.every((cell) => isNumber(cell.text))) return 'year';
      // `（ 2024 年度）` as a PDF's text layer gives it, split at the gaps of the blank the year was filled in: `（ | 2024 | 年度）`.
      if (WHOLE_YEAR_IN_BRACKETS.test(filled.map((cell) => cell.key).join(''))) return 'year';
      if (/(?:19|20)\d{2}年/.test(compact(rowText)) && TITLE_WORDS.test(rowText)) return 'title';
    }
    // A file name that is no title (`…2023年整体绩效目标申报.pdf | 附件 2:`) still states the page's year.
    if (/(?:19|20)\d{2}年/.test(fileNameStem(compact(first.text)) ?? '')) return 'year';
  }
  if (filled.length <= 2 && TITLE_WORDS.test(first.plain) && first.key.length <= 60 && (TITLE_PATTERNS.selfEvaluation.test(first.key) || TITLE_PATTERNS.targetTable.test(first.key))) return 'title';
  if (isNarrativeRow(row)) return 'narrative';
  if (startsWithAny(first.key, CHROME_PREFIXES)) return 'structure';
  return 'other';
}

/** 项目责任人： | … | 单位（盖章）： | …, 填报单位（盖章）：…: a signature row over a form's 项目名称 (between a target table's title and it). */
export function isSignatureRow(row: Row): boolean {
  const first = filledCells(row)[0];
  if (first === undefined) return false;
  // The label and its value in one cell (`填报单位（盖章）：青禾县水利局`): the label before the colon.
  const colon = first.key.indexOf(':');
  return roleOfKey(first.key, HEADER_FIELD_LABELS) === 'responsible' || (colon > 0 && roleOfKey(first.key.slice(0, colon), HEADER_FIELD_LABELS) === 'responsible');
}

/** The text a row shows (a title, a year line, a caption: usually one cell), as printed and in simplified characters. */
export function rowText(row: Row): { text: string; plain: string; line: number } | null {
  const filled = filledCells(row);
  const first = filled[0];
  if (!first) return null;
  return { text: filled.map((cell) => cell.text).join(' '), plain: filled.map((cell) => cell.plain).join(' '), line: first.line };
}
