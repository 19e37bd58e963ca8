/**
 * The paragraphs of a self-evaluation report that carry its form (Shanxi's 项目支出绩效自评分析报告: the form's head as the
 * cover's paragraphs, its tables among captioned prose; see the outline's `opensReport`): a head field's paragraph, a cover
 * dated at a year's end, the total stated in a sentence.
 */
import { parseYear } from '../../normalize/year';
import type { Cell } from '../forms';
import { HEADER_FIELD_LABELS, labelKey, roleOfKey } from '../labels';
import { type Row, filledCells } from '../row';

const HEAD_PARAGRAPH = /^([^:：]{2,12})[:：]\s*(.*)$/su;

/**
 * A paragraph of a form's head, a head field's label and its value (`主管部门：晋阳县交通运输局`), as the two cells a table
 * prints them in (both standing for the paragraph's one cell); null for any other paragraph.
 */
export function headParagraphCells(row: Row): Row | null {
  const only = filledCells(row);
  if (only.length !== 1) return null;
  const cell = only[0]!;
  const match = HEAD_PARAGRAPH.exec(cell.plain);
  if (match === null || roleOfKey(labelKey(match[1]!), HEADER_FIELD_LABELS) === null) return null;
  const at = cell.plain.length - match[2]!.length;
  const label = { ...cell, text: cell.text.slice(0, at).trim(), plain: cell.plain.slice(0, at).trim(), key: labelKey(match[1]!) };
  const valueText = cell.text.slice(at).trim();
  const value = { ...cell, text: valueText, plain: cell.plain.slice(at).trim(), key: labelKey(match[2]!), col: cell.col + 1 };
  return { ...row, cells: valueText === '' ? [label] : [label, value] };
}

/**
 * A paragraph of a report's cover that states its year: `（2023年度）`, or the cover's date at the end of a year
 * (`2023年12月`, the year it reports on: see `parseYear`). Another month names no year: a report written in the spring
 * (`2024年3月`) reports on the year before.
 */
export function coverYear(row: Row): Cell | null {
  const cell = filledCells(row)[0];
  return cell && filledCells(row).length === 1 && parseYear(cell.plain) !== null ? { text: cell.text.trim(), line: cell.line } : null;
}

/** A report's statement of the form's total score: `…总得分95.51分`, `自评得分为 92 分`. */
const STATED_TOTAL = /(?:总得分|自评总得分|自评得分|综合得分)\s*(?:为|是|[:：])?\s*(\d{1,3}(?:\.\d+)?)\s*分/u;

export function statedTotal(row: Row): Cell | null {
  const cell = filledCells(row)[0];
  const match = cell ? STATED_TOTAL.exec(cell.plain) : null;
  return match && Number(match[1]) <= 100 ? { text: match[1]!, line: cell!.line } : null;
}
