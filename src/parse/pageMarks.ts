/**
 * What an office suite prints on every page around the form, which a PDF's text layer (and text
 * taken from a PDF) keeps among the form's rows: page numbers (Calc's `Page 1`, Word's and WPS's
 * `第 1 页`, `第1页，共2页`, `第 1 页 共 3 页`, the official style's `- 2 -` and `—3—`, `1/2`) and Calc's
 * running header, the sheet's default name (`Sheet1`). Structure, wherever they stand.
 */
import { type Row, filledCells } from './row';

/** Page numbers, each with the page and, where printed, the count of pages. */
const PAGE_NUMBERS = [
  /^page\s*(\d{1,4})(?:\s*(?:of|\/)\s*(\d{1,4}))?$/iu,
  /^第\s*(\d{1,4})\s*页(?:\s*[,，/／]?\s*共\s*(\d{1,4})\s*页)?$/u,
  /^[-－—–―]+\s*(\d{1,4})\s*[-－—–―]+$/u,
  /^(\d{1,4})\s*\/\s*(\d{1,4})$/u,
];

/** A sheet's default name, which Calc prints at the head of every page of a sheet (`Sheet1`; `工作表1` in its Chinese interface). */
const SHEET_HEADER = /^(?:Sheet|工作表)\d{1,3}$/u;

/** A page number: `第1页，共2页`, `- 2 -`, `1/2` (a page within its count). */
function isPageNumber(text: string): boolean {
  for (const pattern of PAGE_NUMBERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const page = Number(match[1]);
    return page >= 1 && (match[2] === undefined || page <= Number(match[2]));
  }
  return false;
}

/**
 * A row that holds nothing but a printed page's number, or, outside any table, its running header
 * (a `Sheet1` cell of a table is the table's). Its cells as one text: a PDF line may split
 * `第 1 页  共 3 页` at the gap.
 */
export function isPageMark(row: Row): boolean {
  const filled = filledCells(row);
  if (filled.length === 0 || filled.length > 2) return false;
  const text = filled.map((cell) => cell.text).join(' ').trim();
  return isPageNumber(text) || (row.table === null && filled.length === 1 && SHEET_HEADER.test(text));
}
