/**
 * What an office suite prints on every page around the form, which a PDF's text layer (and text
 * taken from a PDF) keeps among the form's rows: page numbers (`isPageNumber`: `Page 1`, `第 1 页`,
 * `第1页，共2页`, `- 2 -`, `—3—`, `1/2`) and Calc's running header, the sheet's default name (`Sheet1`), and
 * what a Word document prints over a table continued on a new page (`续表`). Structure, wherever they stand.
 */
import { isPageNumber } from '../read/pageNumber';
import { type Row, filledCells } from './row';

/** A sheet's default name, which Calc prints at the head of every page of a sheet (`Sheet1`; `工作表1` in its Chinese interface). */
const SHEET_HEADER = /^(?:Sheet|工作表)\d{1,3}$/u;

/**
 * The head of a table's continuation on a new page, between its two parts in a Word document (`续表`, `（续）`,
 * `续上表`, `表1（续）`), in the label key (simplified, brackets folded, no whitespace or trailing colon).
 */
const CONTINUED_TABLE = /^(?:\(?(?:续表|续上表|接上表)\d*\)?|\(续\)|表[\d一二三四五六七八九十.-]*\(续\))$/u;

/**
 * A row that holds nothing but a printed page's number, or, outside any table, its running header
 * (a `Sheet1` cell of a table is the table's) or a continued table's head (`续表`: the form goes on in the table
 * after it). Its cells as one text: a PDF line may split `第 1 页  共 3 页` at the gap.
 */
export function isPageMark(row: Row): boolean {
  const filled = filledCells(row);
  if (filled.length === 0 || filled.length > 2) return false;
  const text = filled.map((cell) => cell.text).join(' ');
  if (isPageNumber(text)) return true;
  return row.table === null && filled.length === 1 && (SHEET_HEADER.test(text) || CONTINUED_TABLE.test(filled[0]!.key));
}
