/** First characters that make a spreadsheet read a cell as a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV text field made safe for spreadsheets: text that Excel or LibreOffice would
 * run as a formula (`=HYPERLINK(…)`, `+1`, `-2+3`, `@SUM(…)`, a leading tab or CR)
 * gets a leading apostrophe, so it stays text. Numbers are not texts and are
 * never touched. XLSX needs no such guard: its text cells are never formulas.
 */
export function neutralizeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
