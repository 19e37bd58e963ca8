/**
 * The document's outline: its rows split into lists (清单), forms (self-evaluations and target
 * tables) and what stands between them (titles, year lines, captions, chrome, narrative), each
 * form read by `readForm` and shaped by its kind. Every cell ends consumed or rejected.
 */
import type { CellLedger } from './cellLedger';
import { numberValue } from './cellText';
import { type FormBody, fundsAcross, readForm } from './form/readForm';
import { headerRead, sameForm } from './formCopies';
import type { Cell, FormHead, ProjectListEntry, SelfEvaluationForm, TargetTableForm } from './forms';
import { fileNameStem } from '../normalize/documentFileName';
import { simplifiedChars } from '../normalize/simplifiedChars';
import { parseYear } from '../normalize/year';
import { LIST_COLUMN_ROLES, TITLE_PATTERNS, TITLE_WORDS, YEAR_STATEMENT, labelKey } from './labels';
import { ProjectListReader, listKindOfTitle } from './projectList';
import { type Row, type RowCell, contentSpan, filledCells } from './row';
import { isGradeRow } from './form/gradeRow';
import { isFundsCaption } from './form/fundsCaption';
import { isProjectNameTail, readHeadRow } from './form/headFields';
import { labelGroup } from './labelGroups';
import { classifyRow, isParagraph, isSignatureRow, rowText } from './rowClass';
import { TargetListReader, isTargetListHeader } from './targetList';
import { readFundsHeader, unitNote } from './form/fundsBlock';
import { denseRow } from './form/denseRow';
import { readGoalHeader } from './form/goalBlock';
import { isIndicatorHeaderRow } from './form/indicatorHeader';
import { isLoneTotalCell } from './form/totalRow';

export interface Outline {
  selfEvaluations: SelfEvaluationForm[];
  targetTables: TargetTableForm[];
  projectLists: ProjectListEntry[];
}

interface OpenForm {
  preamble: Row[];
  body: Row[];
  /** Whether the body has reached a funds or indicator header (a second 项目名称 row before that is OCR garble of the head). */
  hasBody: boolean;
  /** A report whose head fields are paragraphs and whose tables come later (see `opensReport`): its captions and prose are its own. */
  report?: boolean;
  /** A form opened at its unit's row with neither title nor 项目名称 (see `opensUntitledForm`): a 部门整体支出 form. */
  untitledDepartment?: boolean;
}

const titleKind = (text: string): 'list' | 'selfEvaluation' | 'targetTable' | null => {
  const key = labelKey(text);
  if (TITLE_PATTERNS.list.test(key)) return 'list';
  if (TITLE_PATTERNS.targetTable.test(key) || /绩效目标表|目标申报表|目标审批表|目标批复表|绩效项目申报表/.test(key)) return 'targetTable';
  if (TITLE_PATTERNS.selfEvaluation.test(key) || /(?:绩效|目标)自评表|绩效评价表/.test(key)) return 'selfEvaluation';
  return null;
};

/** A cell that is a form's title as a whole (`…绩效目标自评表`, `…项目支出绩效目标申报表`): a heading, not words of a sentence. */
const isFormTitle = (cell: RowCell): boolean => {
  const kind = titleKind(cell.plain);
  return kind === 'selfEvaluation' || (kind === 'targetTable' && TITLE_PATTERNS.targetTable.test(cell.key));
};

/** A preamble row that is a form's title (alone, or with notes run onto its row). */
const titlesForm = (row: Row): boolean => {
  if (classifyRow(row) === 'title') {
    const kind = titleKind(rowText(row)?.plain ?? '');
    return kind === 'selfEvaluation' || kind === 'targetTable';
  }
  const filled = filledCells(row);
  return filled.length > 1 && isFormTitle(filled[0]!);
};

/**
 * The year of a year line of several cells: its first cell when that states it (an OCR'd page head, `2023 | 1 | /2`), else
 * the cells read together (`（ | 2024 | 年度）`, a year line a PDF's text layer split at the gaps of its blank).
 */
const yearLineText = (row: Row): string => {
  const filled = filledCells(row);
  return parseYear(filled[0]!.text) !== null ? filled[0]!.text : filled.map((cell) => cell.text).join('');
};

/** The title of a list of forms: `…自评表清单`, `…绩效目标公开清单`, `…项目目录`. */
const LIST_TITLE = /清单|目录/;

/** An agency named at the start of a title, before its year (`雅安市名山区水利局2024年度…表`). */
const AGENCY_BEFORE_YEAR = /^([\u4e00-\u9fff]{2,20}?(?:人民政府办公室|人民政府|办公室|委员会|局|厅|中心))(?:19|20)\d{2}年/u;

/** A template's stand-in for every county's agency (`县(市、区)财政部门`, `縣(市、區)交通運輸部門`) names none. */
const PLACEHOLDER_AGENCY = /^县[(（][市、区县]+[)）]/u;
const namedAgency = (cell: Cell | undefined): Cell | undefined => (cell && PLACEHOLDER_AGENCY.test(simplifiedChars(cell.text)) ? undefined : cell);

/** A form body that gave nothing a form has: no name, agency, funds, indicators or total. */
const holdsNothing = (read: FormBody): boolean =>
  read.fields.project === undefined &&
  read.fields.department === undefined &&
  read.fields.implementingUnit === undefined &&
  read.fields.budgetUnit === undefined &&
  read.funds === null &&
  Object.keys(read.fundsByLabel).length === 0 &&
  read.indicators.length === 0 &&
  read.totalScore === null;

/**
 * What a target table has: a name, a department, an amount or indicators. A score total is a self-evaluation's, and a
 * 项目单位 column of an allocation table (`序号 | 项目单位 | 补助项目 | 补助金额`) read as a head label is no agency of a form.
 */
const holdsNoTargetTable = (read: FormBody): boolean =>
  read.fields.project === undefined &&
  read.fields.department === undefined &&
  read.funds === null &&
  Object.keys(read.fundsByLabel).length === 0 &&
  read.indicators.length === 0;

/**
 * A template's placeholder for a name (`XX农村公路养护项目`, `××项目`, `***`), a Markdown cell's bar before it. (Not 某某: a
 * notice's own names may be masked so, as the tests' invented ones are.)
 */
const PLACEHOLDER_NAME = /^[|｜\s]*(?:[XＸ]{2,}|×{2,}|[*＊]{3,})/u;

/** A form body that gave only head fields (name, agency…): no funds, goal, indicators or total. */
const holdsHeadOnly = (read: FormBody): boolean =>
  read.funds === null &&
  !read.hasFundsHeader &&
  Object.keys(read.fundsByLabel).length === 0 &&
  read.goal === null &&
  read.goalExpected === null &&
  read.goalActual === null &&
  read.indicatorColumns.size === 0 &&
  read.indicators.length === 0 &&
  read.totalWeight === null &&
  read.totalScore === null;

const isBodyHeader = (row: Row): boolean => {
  const keys = row.cells.map((cell) => cell.key).join('');
  return /(年初预算|全年预算|调整后预算|预算执行数|全年执行).*(执行数|执行率|预算数|分值|权重)|一级指标|二级指标|三级指标|年度指标值|指标值/.test(keys);
};

/** Parts of a form a row may open it with when the form has no 项目名称 (a 部门整体支出 form opens with the department). */
const OPENING_GROUPS: ReadonlySet<string> = new Set(['headField', 'fundsHeader', 'fundsRow', 'indicatorHeader', 'goalHeader', 'total']);

/**
 * A table row holding a label of a form's own parts (a narrative paragraph under a page title opens nothing), or naming the
 * form's agency with label and name in one cell (东莞's 批复表: `预算单位:东莞市水务局 | ||||` between its year line and 项目名称).
 */
const opensForm = (row: Row): boolean => {
  if (isParagraph(row)) return false;
  if (row.cells.some((cell) => OPENING_GROUPS.has(labelGroup(cell.key) ?? ''))) return true;
  const fields = readHeadRow(row)?.fields;
  return fields !== undefined && (fields.department ?? fields.budgetUnit) !== undefined;
};

/** Rows a form's head may take before its funds header (unit, 基本支出总额…, a contact row). */
const UNTITLED_HEAD_ROWS = 4;

/**
 * A table row naming a form's unit (`单位名称 | 塘湖镇人民政府`, `部门(单位)名称 | …`) that the same table follows, within a few
 * rows and before any title or 项目名称, with a funds header (`预算执行情况 | 预算数(A) | 执行数(B) | …`): a 部门整体支出 form that
 * prints no title opens there. A unit's row and then anything else (a report cover's, an allocation table's) opens nothing.
 */
function opensUntitledForm(rows: readonly Row[], index: number): boolean {
  const row = rows[index]!;
  if (isParagraph(row)) return false;
  const first = filledCells(row)[0];
  const field = first ? labelGroup(first.key) : null;
  if (field !== 'headField') return false;
  const head = readHeadRow(row)?.fields;
  if (!head || (head.department ?? head.budgetUnit) === undefined) return false;
  for (let next = index + 1; next < rows.length && next <= index + UNTITLED_HEAD_ROWS; next++) {
    const later = rows[next]!;
    if (later.table !== row.table) return false;
    const cls = classifyRow(later);
    if (cls === 'title' || cls === 'formStart' || cls === 'listHeader') return false;
    if (readFundsHeader(later) !== null) return true;
  }
  return false;
}

/** A table row stating the year alone (`年份： | 2025`) right before the same table's 项目名称 row. */
function opensAtYearRow(rows: readonly Row[], index: number): boolean {
  const row = rows[index]!;
  const next = rows[index + 1];
  if (isParagraph(row) || next === undefined || next.table !== row.table || classifyRow(next) !== 'formStart') return false;
  const fields = readHeadRow(row)?.fields;
  return fields !== undefined && Object.keys(fields).length === 1 && fields.year !== undefined;
}

/**
 * A form that prints neither title nor 项目名称 (the EasyUI internal-control system's 绩效目标申报 tab, saved with its other tabs
 * hidden): its year's money laid out across (`年度资金总额（万元） | 其中： | 财政拨款（万元） | 其他资金（万元）` over its figures),
 * then an indicator header before any other form, title, list or sheet begins. A target table opens there.
 */
function opensUntitledTargetTable(rows: readonly Row[], index: number): boolean {
  if (isParagraph(rows[index]!) || fundsAcross(rows[index]!, rows[index + 1]).length === 0) return false;
  return tableRowFollows(rows, index + 2, (row) => isIndicatorHeaderRow(denseRow(row)));
}

/** Whether a table row that `matches` comes at or after `from` before any other form, title, list or sheet begins. */
function tableRowFollows(rows: readonly Row[], from: number, matches: (row: Row) => boolean): boolean {
  for (let next = from; next < rows.length; next++) {
    const later = rows[next]!;
    const cls = classifyRow(later);
    if (cls === 'title' || cls === 'formStart' || cls === 'listHeader' || cls === 'sheet') return false;
    if (!isParagraph(later) && matches(later)) return true;
  }
  return false;
}

/**
 * A 项目名称 paragraph that opens a self-evaluation report (Shanxi's 项目支出绩效自评分析报告 as the budget system exports it: the
 * cover's 项目名称：/项目单位：/主管部门： paragraphs, a contents list, captioned sections of prose, then the funds table and the
 * indicator table, the total stated in the text): a table with a funds or indicator header follows before any other form,
 * title, list or sheet begins. The report's captions and paragraphs up to there (and after) are then the form's own.
 */
function opensReport(rows: readonly Row[], index: number): boolean {
  return isParagraph(rows[index]!) && tableRowFollows(rows, index + 1, (row) => readFundsHeader(row) !== null || isIndicatorHeaderRow(denseRow(row)));
}

/**
 * A paragraph inside a form that the form goes on after: the next row of text is a table row that opens one of a form's
 * blocks (its funds header, goal header or indicator header). A web page flattened to `|` rows prints a row of one cell
 * merged across the table (`项目概况：…`) with no `|`: a paragraph, in the form it stands in.
 */
function formGoesOnAfter(rows: readonly Row[], index: number): boolean {
  let next = index + 1;
  while (next < rows.length && classifyRow(rows[next]!) === 'empty') next++;
  const later = rows[next];
  return later !== undefined && !isParagraph(later) && (readFundsHeader(later) !== null || readGoalHeader(later) !== null || isIndicatorHeaderRow(denseRow(later)));
}

/** A row that is a list's 序号 column label alone: an allocation table run into cells of their own (`序号`, `镇、村`, `项目名称 | …`). */
const isLoneSeqLabel = (row: Row): boolean => {
  const filled = filledCells(row);
  return filled.length === 1 && (LIST_COLUMN_ROLES.seq as readonly string[]).includes(filled[0]!.key);
};

/** An open form that has reached neither its 项目名称 row nor a funds or indicator header. */
const headless = (open: OpenForm): boolean => !open.hasBody && !open.body.some((row) => classifyRow(row) === 'formStart');

/** A paragraph that is a form's 评分等级 label (OCR put the label on a line of its own). */
const isGradeParagraph = (row: Row): boolean => filledCells(row).length === 1 && isGradeRow(row);

export function outlineDocument(rows: readonly Row[], ledger: CellLedger): Outline {
  const result: Outline = { selfEvaluations: [], targetTables: [], projectLists: [] };
  const pendingLists: { kind: ProjectListEntry['listKind'] | null; entries: ProjectListReader['entries'] }[] = [];
  /** Year lines and year-stating titles met so far, for forms that have no year of their own. */
  const yearRows: Cell[] = [];
  const formYears: { form: FormHead; preambleYear: boolean }[] = [];
  /** Where each name read from OCR'd text starts after its label, for telling names that lost their start. */
  const projectGaps: { form: SelfEvaluationForm | TargetTableForm; gap: number }[] = [];
  /** The rows each form was read from (to report a copy's cells). */
  const formRows = new Map<SelfEvaluationForm | TargetTableForm, Row[]>();

  let preamble: Row[] = []; // titles, year lines and empty rows waiting for the form they open
  /** Past a lone 序号 outside any form: the rows that follow are an allocation table's columns and rows, until a title, caption or sheet. */
  let seqColumns = false;
  let lastText: string | null = null; // the last title or paragraph (in simplified characters), which may name a list's kind
  let form: OpenForm | null = null;
  let list: { reader: ProjectListReader; kind: ProjectListEntry['listKind'] | null; ofForms: boolean } | null = null;
  /** A wide target table being read (one row per indicator, a project's head cells on its first row), with its preamble. */
  let targetList: { reader: TargetListReader; preamble: Row[]; inYuan: boolean } | null = null;
  /** A statement of the amounts' unit (`金额单位：元`) outside any form, held for the form or wide target table it stands over. */
  let unitRow: { row: Row; unit: '万元' | '元' } | null = null;
  const dropUnitRow = (): void => {
    if (unitRow) ledger.rejectRow(unitRow.row, 'table row outside any form or list');
    unitRow = null;
  };

  /**
   * A form opened at `row`, with the titles and year lines waiting for it, and `单位：万元` held over its first row (the form's
   * own statement of its amounts' unit) as its first.
   */
  const openForm = (row: Row, hasBody = false, opening: Pick<OpenForm, 'report' | 'untitledDepartment'> = {}): OpenForm => {
    const opened: OpenForm = { preamble, body: unitRow ? [unitRow.row, row] : [row], hasBody, ...opening };
    preamble = [];
    unitRow = null;
    return opened;
  };

  const close = (): void => {
    if (form) addForm(form);
    if (targetList) addTargetList(targetList);
    targetList = null;
    // Only a table titled as a list of forms (…清单) lists projects that should have forms; an allocation table
    // (…安排表: 序号 | 乡镇名称 | 项目名称 | 金额) is read as structure.
    if (list?.ofForms) pendingLists.push({ kind: list.kind, entries: list.reader.entries });
    form = null;
    list = null;
  };

  const addTargetList = (open: { reader: TargetListReader; preamble: Row[]; inYuan: boolean }): void => {
    open.reader.finish();
    let year: Cell | null = null;
    for (const row of open.preamble) {
      ledger.consumeRow(row);
      const text = rowText(row);
      if (text && (YEAR_STATEMENT.test(text.text) || classifyRow(row) === 'year')) year = { text: text.text, line: text.line };
    }
    for (const entry of open.reader.entries) {
      const shaped: TargetTableForm = {
        formIndex: result.targetTables.length + 1,
        lineStart: entry.lineStart,
        lineEnd: entry.lineEnd,
        year: year ? { ...year } : null,
        project: entry.project,
        department: entry.department,
        implementingUnit: null,
        scope: 'project',
        projectSource: null,
        projectPeriod: null,
        budgetTotal: entry.amount,
        budgetFiscal: null,
        budgetOther: null,
        amountsInYuan: open.inYuan,
        goal: entry.goal,
        indicators: entry.indicators,
        warnings: [],
      };
      result.targetTables.push(shaped);
      formYears.push({ form: shaped, preambleYear: year !== null });
    }
  };

  const addForm = (open: OpenForm): void => {
    for (const row of open.preamble) ledger.consumeRow(row);
    const blanksVisible = open.body.some((row) => row.flow && row.cells.some((cell) => cell.text === ''));
    const read = readForm(open.body, ledger, blanksVisible, open.report === true);
    if (holdsNothing(read)) {
      // A title named in a notice's text (`附件：…补助资金绩效目标表`) and no form after it.
      for (const row of open.body) ledger.rejectRow(row, 'a form title with no form after it');
      return;
    }
    let lineStart = Number.POSITIVE_INFINITY;
    let lineEnd = 0;
    // An OCR'd page head (`(2023 1 /2 •`) gives the form its year but is no line of the form.
    const ownRows = [...open.preamble.filter((row) => !(classifyRow(row) === 'year' && filledCells(row).length > 1)), ...open.body];
    for (const row of ownRows) lineStart = Math.min(lineStart, contentSpan(row)?.first ?? lineStart);
    for (const row of open.body) lineEnd = Math.max(lineEnd, contentSpan(row)?.last ?? lineEnd);
    if (lineEnd < lineStart) lineEnd = lineStart;
    let year: Cell | null = null;
    let titled: 'selfEvaluation' | 'targetTable' | null = null;
    let scope: FormHead['scope'] = open.untitledDepartment ? 'department' : 'project';
    for (const row of open.preamble) {
      const single = rowText(row);
      if (!single) continue;
      const cls = classifyRow(row);
      if (cls === 'year' && filledCells(row).length > 1) year = { text: yearLineText(row), line: single.line };
      else if (YEAR_STATEMENT.test(single.text) || (titleKind(single.plain) !== null && parseYear(single.text) !== null)) year = { text: single.text, line: single.line };
      const kind = titleKind(single.plain);
      if (kind === 'selfEvaluation' || kind === 'targetTable') {
        titled = kind;
        scope = /部门整体|整体支出/.test(single.plain) ? 'department' : 'project';
      }
    }
    if (titled === 'targetTable' && holdsNoTargetTable(read)) {
      // `附件：2.…绩效目标表` in a notice's list of attachments, then an allocation table (`合计 | 15`): a total is no target table's.
      for (const row of open.body) ledger.rejectRow(row, 'a target table title with no target table after it (no name, agency, funds or indicators)');
      return;
    }
    if (holdsHeadOnly(read) && read.fields.project !== undefined && PLACEHOLDER_NAME.test(read.fields.project.text)) {
      // `| 项目名称 | XX农村公路养护项目 |` in a how-to article (…自评表填写样例): a sample's placeholder name and nothing else.
      for (const row of open.body) ledger.rejectRow(row, 'a sample form (a placeholder project name, no funds, goal or indicators)');
      return;
    }
    if (titled === null && holdsHeadOnly(read)) {
      // `项目名称：… 评价年度：2022 预算部门单位：…` and then prose: a report's cover, no form.
      for (const row of open.body) ledger.rejectRow(row, 'head fields of a report cover (no title, funds, goal or indicator table of a form)');
      return;
    }
    if (!year && read.fields.year) year = read.fields.year;
    // `项目起止时间 2021年1月起至2021年12月止`: a form without a year statement is for the one year its project ran in.
    if (!year && read.fields.projectDates) year = yearOfDates(read.fields.projectDates);
    // `…自评表 | 填报类型:… | 单位名称 遂宁市… 联系人及电话 …`: head fields run onto the title's row give the agency it lacks.
    if (read.fields.department === undefined && read.fields.budgetUnit === undefined) {
      const titleRow = open.preamble.find((row) => filledCells(row).length > 1 && titleKind(filledCells(row)[0]!.plain) !== null);
      const others = titleRow ? filledCells(titleRow).slice(1) : [];
      const fromTitle = others.length > 0 ? readHeadRow({ ...titleRow!, cells: others }) : null;
      if (fromTitle?.fields.department) read.fields.department = fromTitle.fields.department;
      else if (fromTitle?.fields.budgetUnit) read.fields.budgetUnit = fromTitle.fields.budgetUnit;
    }
    // `雅安市名山区水利局2024年度水利发展资金绩效评价表`: a form that prints no agency is the one its title names (or the file's
    // name heading the page: `广水市水利和湖泊局2021年度…项目自评表.pdf`).
    if (read.fields.department === undefined && read.fields.budgetUnit === undefined) {
      for (const row of open.preamble) {
        const first = filledCells(row)[0];
        const printed = first ? first.text.replace(/\s+/g, '') : '';
        const agency = first && (titleKind(first.plain) !== null || TITLE_AT_END.test(fileNameStem(first.plain) ?? '')) ? AGENCY_BEFORE_YEAR.exec(first.plain.replace(/\s+/g, '')) : null;
        if (agency) {
          read.fields.department = { text: printed.slice(0, agency[1]!.length), line: first!.line };
          read.warnings.push('department_from_title');
          break;
        }
      }
    }
    // No 项目名称 cell: a title that names the project (`入境旅游市场推广项目绩效自评表`) names it.
    let project = read.fields.project ?? null;
    if (project === null && scope === 'project') {
      const titleRow = open.preamble.find((row) => classifyRow(row) === 'title');
      const [titleCell, ...others] = titleRow ? filledCells(titleRow) : [];
      // The title names the project, or (text out of reading order) the one cell after the title does.
      const named = titleCell ? (projectOfTitle(titleCell.text, titleCell.plain) ?? (others.length === 1 && /^[\u4e00-\u9fff\s“”"()（）]{4,40}$/.test(others[0]!.text) ? others[0]!.text : null)) : null;
      if (titleCell && named) {
        project = { text: named, line: titleCell.line };
        read.warnings.push('project_from_title');
      }
    }
    // Without a title, what only a self-evaluation has decides: funds columns, actuals or scores, a total.
    // An executed amount (实际支出, 全年执行数 given label → value) is only ever reported, never targeted.
    const evaluated =
      read.hasFundsHeader || read.indicatorColumns.has('actual') || read.indicatorColumns.has('score') || read.totalWeight !== null || read.totalScore !== null || (read.funds?.executed ?? null) !== null;
    // A form titled as a target table that states an amount spent (an evaluation report's rubric, `项目绩效目标表`, before its
    // 项目基本信息 with 实际使用情况) reports, it sets no targets.
    const spent = (read.funds?.executed ?? null) !== null;
    const kind = titled === 'targetTable' && spent ? 'selfEvaluation' : (titled ?? (evaluated ? 'selfEvaluation' : 'targetTable'));
    const head = (formIndex: number): FormHead => ({
      formIndex,
      lineStart,
      lineEnd,
      year,
      project,
      department: namedAgency(read.fields.department) ?? read.fields.budgetUnit ?? read.fields.upperDepartment ?? null,
      implementingUnit: read.fields.implementingUnit ?? read.fields.budgetUnit ?? null,
      scope,
    });
    const ownRowsOf = [...open.preamble, ...open.body];
    /** Adds the form to its list, or keeps the better of it and an earlier copy of it. */
    const place = <F extends SelfEvaluationForm | TargetTableForm>(list: F[], shaped: F): boolean => {
      const copy = list.findIndex((other) => sameForm(other, shaped));
      if (copy < 0) {
        list.push(shaped);
        formRows.set(shaped, ownRowsOf);
        return true;
      }
      const other = list[copy]!;
      const better = headerRead(shaped) > headerRead(other);
      const [kept, dropped] = better ? [shaped, other] : [other, shaped];
      for (const row of formRows.get(dropped) ?? ownRowsOf) ledger.rejectRow(row, `a copy of the form on line ${kept.lineStart}`);
      if (better) {
        shaped.formIndex = other.formIndex;
        list[copy] = shaped;
        formRows.set(shaped, ownRowsOf);
      }
      return better;
    };
    if (kind === 'selfEvaluation') {
      const shaped = toSelfEvaluation(read, head(result.selfEvaluations.length + 1));
      if (!place(result.selfEvaluations, shaped)) return;
      if (read.projectGap !== null) projectGaps.push({ form: shaped, gap: read.projectGap });
      formYears.push({ form: shaped, preambleYear: year !== null });
    } else {
      const shaped = toTargetTable(read, head(result.targetTables.length + 1));
      if (!place(result.targetTables, shaped)) return;
      formYears.push({ form: shaped, preambleYear: year !== null });
    }
  };

  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    let cls = classifyRow(row);
    if (cls === 'page') {
      // A printed page's number or running header: structure where it stands, inside a form as outside; what it stands in reads on.
      ledger.consumeRow(row);
      continue;
    }
    if (cls === 'sheet') {
      // A workbook's next sheet: what the sheet before held ends here (a form does not go on across sheets), as at the document's end.
      close();
      dropUnitRow();
      for (const waiting of preamble) ledger.consumeRow(waiting);
      preamble = [];
      lastText = null;
      seqColumns = false;
      ledger.consumeRow(row);
      continue;
    }
    if (targetList) {
      if (cls === 'empty' || targetList.reader.read(row)) continue;
      close();
    }
    if (!form && !list && isTargetListHeader(row)) {
      close();
      const inYuan = unitRow?.unit === '元';
      if (unitRow) ledger.consumeRow(unitRow.row);
      unitRow = null;
      targetList = { reader: new TargetListReader(row, ledger), preamble, inYuan };
      preamble = [];
      continue;
    }
    // A unit statement held stays held over empty rows until what it stands over shows (a form's first row takes it in).
    if (unitRow && cls !== 'empty' && cls !== 'formStart' && cls !== 'other') dropUnitRow();
    // An allocation table whose header was cut into rows of their own (`序号`, `镇、村`, then `项目名称 | 项目内容 资金投入(万元)…`
    // with the data run on; `序号`, `单位名称 | 展销`, `项目名称 | 分配金额(万元)1省…`): a list of projects, whose 项目名称 and
    // 单位名称 are column heads, no form's head. A title, caption, year line or list header ends it.
    if (cls === 'title' || cls === 'year' || cls === 'caption' || cls === 'listHeader') seqColumns = false;
    else if (!form && !list && seqColumns && (cls === 'formStart' || cls === 'other')) {
      ledger.rejectRow(row, 'a column or row of an allocation table after its 序号 (a list of projects), no form');
      continue;
    } else if (!list && isLoneSeqLabel(row) && (!form || headless(form as OpenForm))) {
      // A form opened by a label in a caption (`…补助项目资金分配表` cut at 项目资金) before the list's 序号 holds nothing: closed here.
      close();
      seqColumns = true;
      ledger.rejectRow(row, 'table row outside any form or list');
      continue;
    }
    // A 项目名称 row without its name, then a lone cell that reads like a title: the name (some pages
    // print the form's title as the project's name, and on the next line).
    const open = form as OpenForm | null;
    if (cls === 'title' && open && open.body.length === 1 && filledCells(open.body[0]!).length === 1 && filledCells(row).length === 1) cls = 'other';
    if (list && cls === 'other' && list.reader.read(row)) {
      ledger.consumeRow(row);
      continue;
    }
    switch (cls) {
      case 'listHeader':
        close();
        for (const waiting of preamble) ledger.consumeRow(waiting);
        preamble = [];
        list = { reader: new ProjectListReader(row), kind: lastText === null ? null : listKindOfTitle(lastText), ofForms: lastText !== null && LIST_TITLE.test(lastText) };
        ledger.consumeRow(row);
        break;
      case 'formStart': {
        if (open && !open.hasBody) {
          open.body.push(row);
          break;
        }
        close();
        form = openForm(row, false, { report: opensReport(rows, index) });
        break;
      }
      case 'title':
      case 'year': {
        close();
        preamble.push(row);
        const text = rowText(row);
        if (text) {
          lastText = text.plain;
          if (cls === 'year' && filledCells(row).length > 1) yearRows.push({ text: yearLineText(row), line: text.line });
          else if (YEAR_STATEMENT.test(text.text) || cls === 'year') yearRows.push({ text: text.text, line: text.line });
        }
        break;
      }
      case 'empty':
        break;
      case 'caption': {
        if (open?.report) {
          open.body.push(row);
          break;
        }
        close();
        ledger.consumeRow(row);
        const text = rowText(row);
        lastText = text?.plain ?? lastText;
        if (text && YEAR_STATEMENT.test(text.text)) yearRows.push({ text: text.text, line: text.line });
        break;
      }
      case 'narrative':
      case 'structure':
        if (form) (form as OpenForm).body.push(row);
        else ledger.consumeRow(row);
        break;
      case 'other': {
        if (open && (!isParagraph(row) || open.report || isGradeParagraph(row) || isFundsCaption(row) || isLoneTotalCell(row) || isProjectNameTail(rows, index) || formGoesOnAfter(rows, index))) {
          open.body.push(row);
          open.hasBody ||= isBodyHeader(row);
        } else if (!open && !list && isSignatureRow(row)) {
          preamble.push(row);

        } else if (!open && !list && unitNote(row) !== null) {
          // `金额单位：元` before a table: held for what it opens (a form's first row, a wide target table), else reported.
          dropUnitRow();
          unitRow = { row, unit: unitNote(row)! };
        } else if (!open && !list && filledCells(row).length > 1 && isFormTitle(filledCells(row)[0]!)) {
          // `…区域绩效目标自评表 | 填报类型:… | 单位名称 …`, `上海市财政支出项目绩效目标申报表 | - 1、下载文档前…`: a form's title
          // with head fields or a document site's notes run onto its row opens what follows.
          preamble.push(row);
        } else if (!open && !list && preamble.some(titlesForm) && opensForm(row)) {
          // A form's title, then its first row without a 项目名称 (a 部门整体支出 form opens with the department).
          form = openForm(row, isBodyHeader(row));
        } else if (!open && !list && opensUntitledForm(rows, index)) {
          // A 部门整体支出 form printed without a title or 项目名称: its unit's row, then its funds header.
          form = openForm(row, false, { untitledDepartment: true });
        } else if (!open && !list && opensAtYearRow(rows, index)) {
          // `年份： | 2025` and then the form's 项目名称 row in the same table: the form's first row.
          form = openForm(row);
        } else if (!open && !list && opensUntitledTargetTable(rows, index)) {
          // A target table printed without a title or 项目名称: its money laid out across, then its indicators.
          form = openForm(row);
        } else {
          close();
          dropUnitRow();
          ledger.rejectRow(row, isParagraph(row) ? 'paragraph outside any form or list' : 'table row outside any form or list');
          if (isParagraph(row)) lastText = rowText(row)?.plain ?? lastText;
        }
        break;
      }
    }
  }
  close();
  dropUnitRow();
  // Titles and year lines that opened no form are document headings.
  for (const waiting of preamble) ledger.consumeRow(waiting);

  // A name that starts further right than the document's usual place lost its beginning to OCR.
  const usualGap = mostCommon(projectGaps.map(({ gap }) => gap));
  for (const { form: each, gap } of projectGaps) {
    if (usualGap !== null && gap > usualGap && !each.warnings.includes('project_name_fragment')) each.warnings.push('project_name_fragment');
  }

  // A form without a year of its own takes the year line above it, else the document's first.
  const ordered = [...yearRows].sort((a, b) => a.line - b.line);
  for (const { form: each, preambleYear } of formYears) {
    if (preambleYear || each.year) continue;
    const above = ordered.filter((year) => year.line <= each.lineStart).pop();
    const chosen = above ?? ordered[0];
    if (chosen) each.year = { ...chosen };
  }

  const firstFormKind: ProjectListEntry['listKind'] = result.selfEvaluations.length > 0 || result.targetTables.length === 0 ? 'self_evaluation' : 'target';
  for (const pending of pendingLists) {
    const listKind = pending.kind ?? firstFormKind;
    for (const entry of pending.entries) result.projectLists.push({ listKind, ...entry });
  }
  return result;
}

/** The project a title names before `绩效自评表` (`入境旅游市场推广项目`), or null for a generic title (`2023年度项目支出`). */
function projectOfTitle(title: string, plain: string = simplifiedChars(title)): string | null {
  // The title's words are cut in simplified characters (`plain`, the same length); the name is then taken from the title as printed.
  const printed = title.replace(/\s+/g, '');
  // `项目绩效目标申报表（培训类）--基层统计人员业务能力提升培训`: the project after the title's double dash.
  const after = /表(?:[(（][^()（）]*[)）])?(?:--|——)([^-—]{2,})$/u.exec(printed);
  if (after) return after[1]!;
  const whole = plain.length === title.length ? plain.replace(/\s+/g, '') : simplifiedChars(printed);
  const name = whole
    // `****2024年度…`: a site's mask over the agency's name.
    .replace(/^\*+/, '')
    .replace(/[(（]\d{4}年度?[)）]$/, '')
    .replace(/表[(（][^()（）]*[)）]$/u, '表')
    // Hubei's 项目申报表（绩效部分）, its note cut above: the template's name, no project's.
    .replace(/(?:(?:支出)?绩效(?:自评|评价|目标(?:申报|审批|自评)?)|申报)表$/, '')
    .replace(/(?:区域)$/, '')
    // `彭水自治县2024年度中央对地方转移支付计划生育服务项目`: the place, the year and the kind of funds are no part of the name.
    .replace(/^(?:附件\d*[:：]?)?(?:[\u4e00-\u9fff]{2,10}?(?=(?:19|20)\d{2}年))?(?:\d{4}年度?)?/u, '')
    .replace(/^(?:中央对地方(?:专项)?转移支付|中央财政)/u, '');
  const generic = /^(?:部门预算|财政(?:预算)?|部门整体|市直部门预算|州级预算部门)?(?:项目支出|支出项目|支出|项目|专项资金)?$/;
  // `广水市财政预算支出项目绩效目标自评表`, `专项资金绩效目标表`: a place and the template's own name name no project.
  if (name.length < 4 || generic.test(name) || generic.test(name.replace(PLACE, ''))) return null;
  // Only the title's ends were cut: the name stands where it is found in it.
  const start = whole.indexOf(name);
  return start < 0 ? name : printed.slice(start, start + name.length);
}

/** A file name's stem ending in a form's title (`…项目自评表.pdf`): a document site heads the page with it, the form's title as saved. */
const TITLE_AT_END = new RegExp(`(?:${TITLE_WORDS.source})$`, 'u');

/** A place opening a title (`广水市`, `桂东县`). */
const PLACE = /^[\u4e00-\u9fff]{1,6}?[省市县区州旗]/u;

/** The fiscal year of a project's dates when they name one year only (`2021年1月起至2021年12月止`), else null. */
function yearOfDates(dates: Cell): Cell | null {
  const years = new Set([...dates.text.matchAll(/(?:19|20)\d{2}(?=\s*[年.\-/])/gu)].map((match) => match[0]));
  return years.size === 1 ? { text: `${[...years][0]}年度`, line: dates.line } : null;
}

/** The most common value (the smallest on a tie), or null for none. */
function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && value < best)) best = value;
  return best;
}

function toSelfEvaluation(read: FormBody, head: FormHead): SelfEvaluationForm {
  const warnings = [...read.warnings];
  if (read.funds === null && !warnings.includes('funds_row_missing')) warnings.push('funds_row_missing');
  return {
    ...head,
    funds: read.funds ?? { budgetInitial: null, budgetFullYear: null, executed: null, weight: null, rate: null, score: null },
    amountsInYuan: read.amountsInYuan,
    goalExpected: read.goalExpected ?? read.goal,
    goalActual: read.goalActual,
    indicators: read.indicators,
    totalWeight: read.totalWeight,
    totalScore: read.totalScore,
    grade: read.grade ?? read.fields.grade ?? null,
    warnings,
  };
}

function toTargetTable(read: FormBody, head: FormHead): TargetTableForm {
  const warnings = read.warnings.filter((warning) => !['funds_header_missing', 'department_row_missing', 'indicator_header_missing', 'funds_row_missing', 'form_cut_off'].includes(warning));
  const { annual, fiscal, carryOver, other } = read.fundsByLabel;
  const total = annual ?? read.fundsByLabel.total;
  // 年度资金总额 printed blank with its money in the one 其中 row that has any (`其中：财政拨款 | 6.3`): that row is the total.
  // A part of 0 has none (`其他资金 | 0.00` alone gives no total, not a total of 0).
  const parts = [fiscal, carryOver, other].filter((cell) => cell !== undefined && numberValue(cell.text) !== 0);
  const onlyPart = total === undefined && read.funds?.budgetFullYear == null && parts.length === 1 ? parts[0]! : null;
  if (onlyPart) warnings.push('budget_total_from_part');
  return {
    ...head,
    projectSource: read.fields.projectSource ?? null,
    projectPeriod: read.fields.projectPeriod ?? null,
    budgetTotal: total ?? read.funds?.budgetFullYear ?? onlyPart ?? null,
    budgetFiscal: read.fundsByLabel.fiscal ?? null,
    budgetOther: read.fundsByLabel.other ?? null,
    amountsInYuan: read.amountsInYuan,
    goal: read.goal ?? read.goalExpected,
    indicators: read.indicators.map(({ level1, level2, name, target, warnings }) => ({ level1, level2, name, target, warnings })),
    warnings,
  };
}
