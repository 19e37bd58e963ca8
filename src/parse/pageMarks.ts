/**
 * What an office suite prints on every page around the form, which a PDF's text layer (and text
 * taken from a PDF) keeps among the form's rows: page numbers (`isPageNumber`: `Page 1`, `第 1 页`,
 * `第1页，共2页`, `- 2 -`, `—3—`, `1/2`), Calc's running header, the sheet's default name (`Sheet1`), and
 * the mark over a table's part on the next page (`续表`, `续上表`, `（续表1）`, `表1（续）`). Structure, wherever they stand.
 */
import { isPageNumber } from '../read/pageNumber';
import { type Row, filledCells } from './row';

/** A sheet's default name, which Calc prints at the head of every page of a sheet (`Sheet1`; `工作表1` in its Chinese interface). */
const SHEET_HEADER = /^(?:Sheet|工作表)\d{1,3}$/u;

/**
 * The head of a table's part on a new page, above its repeated header or between the two parts in a Word document
 * (`续表`, `续上表`, `接上表`, `（续表1）`, `（续）`, `表1（续）`, `附表2（续）`), in the label key (simplified, brackets
 * folded, no whitespace or trailing colon).
 */
const CONTINUED_TABLE = /^(?:\(?(?:续表|续上表|接上表)[\d一二三四五六七八九十]*\)?|(?:附?表[\d一二三四五六七八九十.-]*)?\(续\))$/u;

/**
 * A cell that can only be a page's mark, never an indicator's value: a page number in words or dashes (`第 1 页`,
 * `— 1 —`; not a bare `1/2`) or a continued table's head. A flow of cells (one per line) keeps them among a table's
 * cells: they end its rows there.
 */
export function isPageMarkCell(cell: { readonly plain: string; readonly key: string }): boolean {
  return (isPageNumber(cell.plain) && !BARE_FRACTION.test(cell.plain.trim())) || CONTINUED_TABLE.test(cell.key);
}

const BARE_FRACTION = /^\d+\s*\/\s*\d+$/u;

/**
 * A row that holds nothing but a printed page's number, a continued table's head (`续表`: the form goes on in the
 * table after it), or, outside any table, its running header (a `Sheet1` cell of a table is the table's). Its cells as
 * one text: a PDF line may split `第 1 页  共 3 页` at the gap.
 */
export function isPageMark(row: Row): boolean {
  const filled = filledCells(row);
  if (filled.length === 0 || filled.length > 2) return false;
  const text = filled.map((cell) => cell.text).join(' ');
  if (isPageNumber(text)) return true;
  // A continued table's head may stand in the table's own text (a web page's `| 续表 |`); a sheet's name only outside one.
  return filled.length === 1 && (CONTINUED_TABLE.test(filled[0]!.key) || (row.table === null && SHEET_HEADER.test(text)));
}
