import { denseRow, type DenseRow } from '../../../src/parse/form/denseRow';
import { documentRows } from '../../../src/parse/recognize';
import type { Row } from '../../../src/parse/row';
import { textGrid } from '../../../src/read/text/readText';

/** The recognizer's rows of a text document. */
export function rowsOf(text: string): Row[] {
  return documentRows(textGrid(text), []);
}

/** One tab-separated line (an OCR'd row of 003) as the recognizer's row, on its line number. */
export function tabRow(line: number, text: string): Row {
  const rows = rowsOf(`${'\n'.repeat(line - 1)}${text}\tx\n\tx`);
  const row = rows.find((each) => each.line === line)!;
  // The helper lines (`\tx`) only make the text read as tab-separated rows.
  return { ...row, cells: row.cells.slice(0, text.split('\t').length) };
}

/** The same row by column (what the positional readers index into). */
export function tabDense(line: number, text: string): DenseRow {
  return denseRow(tabRow(line, text));
}
