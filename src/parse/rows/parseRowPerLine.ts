/**
 * The row-per-line layout: one table row per line, cells separated by tabs
 * (OCR text of a PDF, `003`) or `|` (web-page exports). Reads the
 * self-evaluation forms by structure and labels: a row starting with 项目名称
 * starts a form; then the 主管部门/实施单位 row, the funds header and the
 * 年度资金总额 row, the 年度总体目标 block, the indicator header and rows, 总分
 * and 评分等级. Every non-blank line ends up consumed or unparsed with a reason.
 * Pure: no Node or DOM APIs.
 *
 * Warning codes on a form: `project_name_missing` (no name left), `project_name_fragment`
 * (name shows OCR damage, or starts further right than the document's other names),
 * `department_row_missing`, `funds_header_missing`, `funds_row_missing`, `amount_split_joined`
 * (`3,232.7|4` read as 3,232.74), `goal_columns_unclear`, `indicator_header_missing`,
 * `total_label_missing` (总分 read from a row of bare numbers whose weight is the sum of all
 * weights), `score_sum_exceeds_total` (the scores exceed the printed total and no garbled rows
 * explain it: kept as printed). On an indicator: `target_split_from_name`, `number_cell_cleaned`
 * (`10.00 10.00` → `10.00`), `note_noise_dropped`, `name_missing`, `level1_missing`,
 * `level2_missing`, `ocr_row_merged` (a name printed over two lines whose values OCR read twice).
 */
import type { Cell, LayoutResult, SelfEvaluationForm, UnparsedLine } from '../forms';
import type { SourceLine } from '../../read/text/sourceLines';
import {
  emptyFunds,
  goalActualColumn,
  isDepartmentRow,
  isFundsDetailRow,
  isFundsTotalRow,
  isGoalHeaderRow,
  isProjectRow,
  readDepartment,
  readFundsHeader,
  readFundsTotal,
  readGoal,
  readProject,
} from './formHead';
import { isGradeRow, isLoneGrade, readGrade } from './gradeRow';
import { isHeaderPart, isIndicatorHeaderRow, readIndicatorColumns } from './indicatorHeader';
import { readIndicatorTable } from './indicatorTable';
import { compact, numberValue } from './ocrText';
import { detectSeparator, isTableRule, splitRow, type TableRow } from './tableRow';
import { isTotalRow } from './totalRow';

const YEAR_OPENING = /^[(（]?\s*(?:19|20)\d{2}(?!\d)/;
const TITLE = /自评表|绩效目标表/;
const YEAR_STATED = /(?:19|20)\d{2}\s*年度/;

/**
 * A heading line that states a year: a few cells, the first a short one opening
 * with a year (`(2023 1 /2`, `（2023年度）`), or a form title stating one (`上海市普陀区2023年度项目支出绩效自评表`).
 */
function yearHeading(row: TableRow): Cell | null {
  const filled = row.cells.filter((cell) => cell !== '');
  const first = filled[0];
  if (first === undefined || filled.length > 3 || compact(row.text).length > 40) return null;
  if (YEAR_OPENING.test(first) && compact(first).length <= 12) return { text: first, line: row.line };
  return YEAR_STATED.test(compact(row.text)) && TITLE.test(row.text) ? { text: filled.join(' '), line: row.line } : null;
}

const isTitle = (row: TableRow): boolean => {
  const filled = row.cells.filter((cell) => cell !== '');
  return filled.length === 1 && TITLE.test(filled[0]!);
};

interface FormResult {
  form: SelfEvaluationForm;
  /** Empty cells between the 项目名称 label and the name (null without a name). */
  projectGap: number | null;
  consumed: number[];
  unparsed: UnparsedLine[];
}

function parseForm(rows: readonly TableRow[], formIndex: number, year: Cell | null): FormResult {
  const consumed: number[] = [];
  const unparsed: UnparsedLine[] = [];
  const warnings: string[] = [];
  const reject = (row: TableRow, reason: string): void => {
    unparsed.push({ line: row.line, text: row.text, reason });
  };
  const indexAfter = (from: number, test: (row: TableRow) => boolean): number => {
    for (let i = from + 1; i < rows.length; i++) if (test(rows[i]!)) return i;
    return -1;
  };

  const projectRow = rows[0]!;
  consumed.push(projectRow.line);
  const { project, warnings: projectWarnings, leadingGap } = readProject(projectRow);
  warnings.push(...projectWarnings);

  const fundsHeaderIndex = indexAfter(0, (row) => readFundsHeader(row) !== null);
  const headerIndex = indexAfter(Math.max(0, fundsHeaderIndex), isIndicatorHeaderRow);
  const gradeIndex = indexAfter(Math.max(0, fundsHeaderIndex, headerIndex), isGradeRow);
  const bodyEnd = gradeIndex < 0 ? rows.length : gradeIndex;
  const headEnd = fundsHeaderIndex >= 0 ? fundsHeaderIndex : headerIndex >= 0 ? headerIndex : bodyEnd;

  // 主管部门 / 实施单位.
  let department: Cell | null = null;
  let implementingUnit: Cell | null = null;
  let departmentFound = false;
  for (const row of rows.slice(1, headEnd)) {
    if (!departmentFound && isDepartmentRow(row)) {
      ({ department, implementingUnit } = readDepartment(row));
      departmentFound = true;
      consumed.push(row.line);
    } else if (isProjectRow(row)) {
      reject(row, 'a second 项目名称 row before the funds block: OCR garble of the form head');
    } else {
      reject(row, 'a row of the form head without its label (OCR lost it): its text is not assigned');
    }
  }
  if (!departmentFound) warnings.push('department_row_missing');

  // Funds block, then the 年度总体目标 block, up to the indicator header.
  let funds = emptyFunds();
  let fundsFound = false;
  let headerStart = headerIndex >= 0 ? headerIndex : bodyEnd;
  while (headerIndex >= 0 && headerStart - 1 > headEnd && isHeaderPart(rows[headerStart - 1]!)) headerStart--;
  const goalRows: TableRow[] = [];
  let goalColumn: number | null = null;
  let goalHeaderFound = false;
  if (fundsHeaderIndex >= 0) {
    const fundsHeaderRow = rows[fundsHeaderIndex]!;
    const columns = readFundsHeader(fundsHeaderRow)!;
    consumed.push(fundsHeaderRow.line);
    for (const row of rows.slice(fundsHeaderIndex + 1, headerStart)) {
      consumed.push(row.line);
      if (goalRows.length === 0 && !goalHeaderFound && !fundsFound && isFundsTotalRow(row)) {
        const read = readFundsTotal(row, columns);
        funds = read.funds;
        warnings.push(...read.warnings);
        fundsFound = true;
      } else if (goalRows.length === 0 && !goalHeaderFound && isFundsDetailRow(row)) {
        // 其中 财政拨款 / 上年结转 / 其他资金: structure of the funds block.
      } else if (!goalHeaderFound && goalRows.length === 0 && isGoalHeaderRow(row)) {
        goalHeaderFound = true;
        goalColumn = goalActualColumn(row);
      } else {
        goalRows.push(row);
      }
    }
  } else {
    warnings.push('funds_header_missing');
  }
  if (!fundsFound) warnings.push('funds_row_missing');
  const goal = readGoal(goalRows, goalColumn);
  warnings.push(...goal.warnings);

  // Indicator header (possibly over two lines), rows, 总分.
  let totalWeight: Cell | null = null;
  let totalScore: Cell | null = null;
  let indicators: SelfEvaluationForm['indicators'] = [];
  if (headerIndex >= 0) {
    let headerEnd = headerIndex;
    while (headerEnd + 1 < bodyEnd && isHeaderPart(rows[headerEnd + 1]!) && !isTotalRow(rows[headerEnd + 1]!)) headerEnd++;
    const headerRows = rows.slice(headerStart, headerEnd + 1);
    consumed.push(...headerRows.map((row) => row.line));
    const zone = rows.slice(headerEnd + 1, bodyEnd);
    const totalRow = [...zone].reverse().find(isTotalRow) ?? null;
    if (totalRow) consumed.push(totalRow.line);
    const table = readIndicatorTable(
      zone.filter((row) => row !== totalRow),
      readIndicatorColumns(headerRows),
      totalRow,
      { weight: numberValue(funds.weight?.text ?? ''), score: numberValue(funds.score?.text ?? '') },
    );
    ({ indicators, totalWeight, totalScore } = table);
    consumed.push(...table.consumed);
    unparsed.push(...table.unparsed);
    warnings.push(...table.warnings);
  } else {
    warnings.push('indicator_header_missing');
  }

  // 评分等级, on its row or alone on the next line; anything after it is a stray fragment.
  let grade: Cell | null = null;
  let tailStart = rows.length;
  if (gradeIndex >= 0) {
    const gradeRow = rows[gradeIndex]!;
    consumed.push(gradeRow.line);
    grade = readGrade(gradeRow);
    tailStart = gradeIndex + 1;
    const next = rows[tailStart];
    if (grade === null && next !== undefined && isLoneGrade(next)) {
      grade = { text: next.cells.find((cell) => cell !== '')!, line: next.line };
      consumed.push(next.line);
      tailStart++;
    }
  }
  for (const row of rows.slice(tailStart)) reject(row, 'stray OCR fragment after the 评分等级 row');

  return {
    form: {
      formIndex,
      lineStart: projectRow.line,
      lineEnd: rows[rows.length - 1]!.line,
      year,
      project,
      department,
      implementingUnit,
      funds,
      goalExpected: goal.goalExpected,
      goalActual: goal.goalActual,
      indicators,
      totalWeight,
      totalScore,
      grade,
      warnings,
    },
    projectGap: leadingGap,
    consumed,
    unparsed,
  };
}

/** The most common value (the smallest on a tie), or null for none. */
function mode(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | null = null;
  for (const [value, count] of counts) {
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && value < best)) best = value;
  }
  return best;
}

export function parseRowPerLine(lines: SourceLine[]): LayoutResult {
  const separator = detectSeparator(lines);
  const consumed = new Set<number>();
  const unparsed: UnparsedLine[] = [];
  const headings: Cell[] = [];
  const tableRows: TableRow[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const row = splitRow(line, separator);
    const heading = yearHeading(row);
    if (heading) headings.push(heading);
    if (heading || isTableRule(row) || isTitle(row)) consumed.add(row.line);
    else tableRows.push(row);
  }

  // Forms: a 项目名称 row starts one, unless the current form has no funds or indicator header yet.
  const forms: TableRow[][] = [];
  let current: TableRow[] | null = null;
  let currentHasBody = false;
  for (const row of tableRows) {
    if (isProjectRow(row) && (current === null || currentHasBody)) {
      current = [row];
      currentHasBody = false;
      forms.push(current);
    } else if (current) {
      current.push(row);
      currentHasBody ||= readFundsHeader(row) !== null || isIndicatorHeaderRow(row);
    } else {
      unparsed.push({ line: row.line, text: row.text, reason: 'outside any form: before the first 项目名称 row' });
    }
  }

  let headingIndex = -1;
  const results = forms.map((rows, i) => {
    const start = rows[0]!.line;
    while (headingIndex + 1 < headings.length && headings[headingIndex + 1]!.line < start) headingIndex++;
    const year = headings[Math.max(0, headingIndex)] ?? null;
    const result = parseForm(rows, i + 1, year);
    result.consumed.forEach((line) => consumed.add(line));
    unparsed.push(...result.unparsed);
    return result;
  });
  // A name that starts further right than the document's usual place lost its beginning to OCR.
  const usualGap = mode(results.flatMap((result) => (result.projectGap === null ? [] : [result.projectGap])));
  for (const { form, projectGap } of results) {
    if (usualGap !== null && projectGap !== null && projectGap > usualGap && !form.warnings.includes('project_name_fragment')) {
      form.warnings.push('project_name_fragment');
    }
  }
  const selfEvaluations = results.map((result) => result.form);

  const accounted = new Set([...consumed, ...unparsed.map((entry) => entry.line)]);
  for (const line of lines) {
    if (line.text.trim() !== '' && !accounted.has(line.line)) {
      unparsed.push({ line: line.line, text: line.text, reason: 'not recognised by the row-per-line parser' });
    }
  }
  return {
    selfEvaluations,
    targetTables: [],
    projectLists: [],
    unparsed: unparsed.sort((a, b) => a.line - b.line),
    consumed: [...consumed].sort((a, b) => a - b),
  };
}
