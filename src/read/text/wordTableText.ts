import type { GridRow } from '../grid';
import { isBlankText, type SourceLine } from './sourceLines';
import { cellText, textCell } from './textCell';

/**
 * Word-table text, one cell per line: a line starting with a tab starts a cell; a line without a
 * tab right after a cell (or after a single blank line inside it) continues that cell; blank lines
 * separate table rows; text after two or more blank lines, or after other text, is a paragraph.
 * Consecutive rows are one table until a paragraph comes between them.
 */
export function wordTableRows(lines: readonly SourceLine[]): GridRow[] {
  const rows: GridRow[] = [];
  let table = 0;
  let inTable = false;
  let row: { parts: string[][]; lines: number[][] } | null = null;
  let blankRun = 0;

  const closeRow = (): void => {
    if (row) {
      const current = row;
      rows.push({
        line: current.lines[0]?.[0] ?? 0,
        table,
        cells: current.parts.map((parts, col) => textCell(parts.filter((part) => part !== '').join('\n'), col, current.lines[col] ?? [], null)),
      });
    }
    row = null;
  };

  for (const { line, text } of lines) {
    if (!text.startsWith('\t') && isBlankText(text)) {
      blankRun += 1;
      continue;
    }
    if (text.startsWith('\t')) {
      if (row === null || blankRun > 0) {
        closeRow();
        if (!inTable) table += 1;
        inTable = true;
        row = { parts: [], lines: [] };
      }
      row.parts.push([cellText(text.slice(1))]);
      row.lines.push([line]);
    } else {
      const current: { parts: string[][]; lines: number[][] } | null = row;
      const last = current ? current.parts.length - 1 : -1;
      if (current && last >= 0 && blankRun <= 1) {
        current.parts[last]?.push(cellText(text));
        current.lines[last]?.push(line);
      } else {
        closeRow();
        inTable = false;
        rows.push({ line, table: null, cells: [textCell(cellText(text), 0, [line], null)] });
      }
    }
    blankRun = 0;
  }
  closeRow();
  return rows;
}
