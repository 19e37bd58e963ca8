/**
 * Lines of a row-per-line document as table rows: one table row per line, its
 * cells separated by tabs (OCR text of a PDF) or by `|` (web-page exports).
 */
import type { SourceLine } from '../../read/text/sourceLines';

export type CellSeparator = '\t' | '|';

/** One non-blank line split into trimmed cells; `cells[0]` is the leftmost column. */
export interface TableRow {
  readonly line: number;
  readonly text: string;
  readonly cells: readonly string[];
}

/** The document's separator: tabs unless more lines use `|` than tabs. */
export function detectSeparator(lines: readonly SourceLine[]): CellSeparator {
  let tabs = 0;
  let pipes = 0;
  for (const { text } of lines) {
    if (text.includes('\t')) tabs++;
    else if (text.includes('|')) pipes++;
  }
  return pipes > tabs ? '|' : '\t';
}

/** Splits a line into trimmed cells; a `|` export's outer pipes (`| a | b |`) do not make empty cells. */
export function splitRow(line: SourceLine, separator: CellSeparator): TableRow {
  let text = line.text;
  if (separator === '|') {
    text = text.trim();
    if (text.startsWith('|')) text = text.slice(1);
    if (text.endsWith('|')) text = text.slice(0, -1);
  }
  return { line: line.line, text: line.text, cells: text.split(separator).map((cell) => cell.trim()) };
}

/** A Markdown table rule (`|---|:---:|`): structure, not data. */
export function isTableRule(row: TableRow): boolean {
  return row.cells.length > 1 && row.cells.every((cell) => /^:?-{3,}:?$/.test(cell));
}
