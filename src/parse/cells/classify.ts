import {
  HEADER_FIELD_LABELS,
  LIST_COLUMN_ROLES,
  NARRATIVE_PREFIXES,
  TITLE_PATTERNS,
  YEAR_STATEMENT,
  labelKey,
  matchRole,
  matchesLabel,
} from '../labels';
import { type Block, filledCells, singleText } from './blocks';

/** What a block is, as far as the document's outline goes (the form body reads rows on its own). */
export type BlockClass =
  | 'empty' // a row whose cells are all empty
  | 'listHeader' // 序号 | 项目名称 [| 预算金额]
  | 'formStart' // 项目名称 | <name>
  | 'title' // 项目支出绩效自评表, 项目支出绩效目标表, …清单
  | 'year' // （2024年度）, 填列单位（公章）：（ 2021 年度）
  | 'caption' // 附件4-1：, 二、…, 1.“…”项目
  | 'narrative' // 项目绩效分析…, 单位负责人签字…
  | 'other';

const MAX_HEADING_KEY = 40;

/** `（2024年度）`, `（ 2021   年度）` in the label key (whitespace removed, brackets folded). */
const BRACKETED_YEAR = /\((?:19|20)\d{2}年度\)/u;

const CAPTION = /^(?:附件|[一二三四五六七八九十]+、|\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[）)])/u;

export function classifyBlock(block: Block): BlockClass {
  if (block.kind === 'row') {
    const filled = filledCells(block);
    if (filled.length === 0) return 'empty';
    if (isListHeader(block)) return 'listHeader';
    const first = filled[0];
    if (first && filled.length >= 2 && matchesLabel(first.text, HEADER_FIELD_LABELS.project) && block.cells.indexOf(first) === 0) return 'formStart';
  }
  const single = singleText(block);
  const key = single ? labelKey(single.text) : '';
  // Headings are short; a long lone cell is data (a goal, a note), whatever words it contains.
  if (single && key.length <= MAX_HEADING_KEY) {
    // Only a paragraph is a caption: a lone cell starting `1.` inside a table is data.
    if (block.kind === 'text' && CAPTION.test(key)) return 'caption';
    if (TITLE_PATTERNS.list.test(key) || TITLE_PATTERNS.selfEvaluation.test(key) || TITLE_PATTERNS.targetTable.test(key)) return 'title';
    // In a table only a bracketed year (`（2024年度）`) is a year line; a paragraph may state it in words.
    if (block.kind === 'text' ? YEAR_STATEMENT.test(single.text) : BRACKETED_YEAR.test(key)) return 'year';
  }
  if (isNarrativeStart(block)) return 'narrative';
  return 'other';
}

function isListHeader(block: Block): boolean {
  const roles = filledCells(block).map((cell) => matchRole(cell.text, LIST_COLUMN_ROLES));
  return roles.includes('seq') && roles.includes('project');
}

/** A row or paragraph that opens a narrative or sign-off block. */
export function isNarrativeStart(block: Block): boolean {
  const text = block.kind === 'text' ? block.text : filledCells(block)[0]?.text;
  if (text === undefined) return false;
  const key = labelKey(text);
  return NARRATIVE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** The kind a title names, or null when it names none. */
export function titleKind(text: string): 'list' | 'selfEvaluation' | 'targetTable' | null {
  const key = labelKey(text);
  if (TITLE_PATTERNS.list.test(key)) return 'list';
  if (TITLE_PATTERNS.targetTable.test(key)) return 'targetTable';
  if (TITLE_PATTERNS.selfEvaluation.test(key)) return 'selfEvaluation';
  return null;
}
