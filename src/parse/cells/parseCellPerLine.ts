import type { Cell, FormHead, LayoutResult, ProjectListEntry, SelfEvaluationForm, TargetTableForm } from '../forms';
import type { SourceLine } from '../../read/text/sourceLines';
import { HEADER_FIELD_LABELS, YEAR_STATEMENT, matchRole } from '../labels';
import { LineLedger } from '../lineLedger';
import { type Block, filledCells, singleText, toBlocks } from './blocks';
import { classifyBlock, titleKind } from './classify';
import { type FormBody, readFormBody } from './formBody';
import { ProjectListReader, listKindOfTitle } from './projectList';

/**
 * The cell-per-line layout (Word tables saved as text, one cell per tab-indented line):
 * splits the document into lists and forms by their labels, reads each, and accounts for every line.
 */
export function parseCellPerLine(lines: readonly SourceLine[]): LayoutResult {
  const ledger = new LineLedger(lines);
  const result: LayoutResult = { selfEvaluations: [], targetTables: [], projectLists: [], unparsed: [], consumed: [] };
  const pendingLists: { kind: ProjectListEntry['listKind'] | null; entries: ProjectListReader['entries'] }[] = [];

  let preamble: Block[] = []; // titles, year lines and empty rows waiting for the form they open
  let lastText: string | null = null; // the last title or paragraph, which may name a list's kind
  let form: { preamble: Block[]; body: Block[] } | null = null;
  let list: { reader: ProjectListReader; kind: ProjectListEntry['listKind'] | null } | null = null;

  const close = (): void => {
    if (form) addForm(form.preamble, form.body, ledger, result);
    if (list) pendingLists.push({ kind: list.kind, entries: list.reader.entries });
    form = null;
    list = null;
  };

  for (const block of toBlocks(lines)) {
    const blockClass = classifyBlock(block);
    if (list && blockClass === 'other' && list.reader.read(block)) {
      ledger.consume(block.lines);
      continue;
    }
    switch (blockClass) {
      case 'listHeader':
        close();
        for (const waiting of preamble) ledger.consume(waiting.lines);
        preamble = [];
        list = { reader: new ProjectListReader(block as Block & { kind: 'row' }), kind: lastText === null ? null : listKindOfTitle(lastText) };
        ledger.consume(block.lines);
        break;
      case 'formStart':
        close();
        form = { preamble, body: [block] };
        preamble = [];
        break;
      case 'title':
      case 'year':
        close();
        preamble.push(block);
        lastText = singleText(block)?.text ?? lastText;
        break;
      case 'empty':
        if (form) form.body.push(block);
        else preamble.push(block);
        break;
      case 'caption':
        close();
        ledger.consume(block.lines);
        lastText = singleText(block)?.text ?? lastText;
        break;
      case 'narrative':
        if (form) form.body.push(block);
        else ledger.consume(block.lines);
        break;
      case 'other':
        if (form && block.kind === 'row') {
          form.body.push(block);
        } else if (!form && !list && isPreambleRow(block)) {
          preamble.push(block);
        } else {
          close();
          ledger.reject(block.lines, block.kind === 'text' ? 'paragraph outside any form or list' : 'table row outside any form or list');
          if (block.kind === 'text') lastText = block.text;
        }
        break;
    }
  }
  close();
  // Titles and year lines that opened no form are document headings.
  for (const waiting of preamble) ledger.consume(waiting.lines);

  const firstFormKind: ProjectListEntry['listKind'] = result.selfEvaluations.length > 0 || result.targetTables.length === 0 ? 'self_evaluation' : 'target';
  for (const pending of pendingLists) {
    const listKind = pending.kind ?? firstFormKind;
    for (const entry of pending.entries) result.projectLists.push({ listKind, ...entry });
  }
  const accounted = ledger.close('line not reached by the cell-per-line parser');
  result.consumed = accounted.consumed;
  result.unparsed = accounted.unparsed;
  return result;
}

/** 项目责任人： | … | 单位（盖章）： | …: a signature row between a target table's title and its 项目名称. */
function isPreambleRow(block: Block): boolean {
  const first = filledCells(block)[0];
  return first !== undefined && matchRole(first.text, HEADER_FIELD_LABELS) === 'responsible';
}

function contentLines(block: Block): number[] {
  return block.kind === 'text' ? block.lines : filledCells(block).flatMap((cell) => cell.lines);
}

function addForm(preamble: readonly Block[], body: readonly Block[], ledger: LineLedger, result: LayoutResult): void {
  for (const block of preamble) ledger.consume(block.lines);
  const read = readFormBody(body, ledger);
  // Loops, not Math.min(...lines): a runaway form in a damaged file may span a million lines.
  let lineStart = Number.POSITIVE_INFINITY;
  for (const block of [...preamble, ...body]) for (const line of contentLines(block)) lineStart = Math.min(lineStart, line);
  let lineEnd = lineStart;
  for (const block of body) for (const line of contentLines(block)) lineEnd = Math.max(lineEnd, line);

  let year: Cell | null = null;
  let titled: 'selfEvaluation' | 'targetTable' | null = null;
  for (const block of preamble) {
    const single = singleText(block);
    if (!single) continue;
    if (YEAR_STATEMENT.test(single.text)) year = { text: single.text, line: single.line };
    const kind = titleKind(single.text);
    if (kind === 'selfEvaluation' || kind === 'targetTable') titled = kind;
  }
  // Without a title, what only a self-evaluation has decides: funds columns, actuals or scores, a total.
  const evaluated = read.hasFundsColumns || read.indicatorColumns.has('actual') || read.indicatorColumns.has('score') || read.totalWeight !== null;
  const kind = titled ?? (evaluated ? 'selfEvaluation' : 'targetTable');
  if (kind === 'selfEvaluation') result.selfEvaluations.push(toSelfEvaluation(read, headCells(read, result.selfEvaluations.length + 1, lineStart, lineEnd, year)));
  else result.targetTables.push(toTargetTable(read, headCells(read, result.targetTables.length + 1, lineStart, lineEnd, year)));
}

function headCells(read: FormBody, formIndex: number, lineStart: number, lineEnd: number, year: Cell | null): FormHead {
  return {
    formIndex,
    lineStart,
    lineEnd,
    year,
    project: read.fields.project ?? null,
    department: read.fields.department ?? null,
    implementingUnit: read.fields.implementingUnit ?? null,
  };
}

function toSelfEvaluation(read: FormBody, head: FormHead): SelfEvaluationForm {
  return {
    ...head,
    funds: read.fundsTotal ?? { budgetInitial: null, budgetFullYear: null, executed: null, weight: null, rate: null, score: null },
    goalExpected: read.goalExpected ?? read.goal,
    goalActual: read.goalActual,
    indicators: read.indicators,
    totalWeight: read.totalWeight,
    totalScore: read.totalScore,
    grade: read.fields.grade ?? null,
    warnings: read.fundsTotal ? read.warnings : [...read.warnings, 'funds_row_missing'],
  };
}

function toTargetTable(read: FormBody, head: FormHead): TargetTableForm {
  return {
    ...head,
    projectSource: read.fields.projectSource ?? null,
    projectPeriod: read.fields.projectPeriod ?? null,
    budgetTotal: read.fundsByLabel.total ?? null,
    budgetFiscal: read.fundsByLabel.fiscal ?? null,
    budgetOther: read.fundsByLabel.other ?? null,
    goal: read.goal ?? read.goalExpected,
    indicators: read.indicators.map(({ level1, level2, name, target, warnings }) => ({ level1, level2, name, target, warnings })),
    warnings: read.warnings,
  };
}
