import type { Grid } from '../read/grid';
import type { Cell } from '../parse/forms';

/** A cell's address in its format (`Sheet1!B7`, `表2 第5行 第3列`, `第12行`), found from a record's cell. */
export type RefOf = (cell: Cell | null) => string | null;

/**
 * The format addresses of a grid's cells by line: a record's cell (text + line) finds the grid cell
 * on its line that holds its text, else the line's first cell; a text file's line is its address.
 */
export function sourceRefs(grid: Grid): RefOf {
  const byLine = new Map<number, { text: string; ref: string }[]>();
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      if (cell.text === '') continue;
      for (const line of cell.lines ?? [cell.line]) {
        const list = byLine.get(line);
        if (list) list.push(cell);
        else byLine.set(line, [cell]);
      }
    }
  }
  return (cell) => {
    if (cell === null) return null;
    const candidates = byLine.get(cell.line);
    if (!candidates || candidates.length === 0) return `第${cell.line}行`;
    return (candidates.find((each) => each.text === cell.text) ?? candidates.find((each) => each.text.includes(cell.text) || cell.text.includes(each.text)) ?? candidates[0]!).ref;
  };
}

/** The address of a line's first cell (for a line reported as unparsed). */
export function lineRef(refOf: RefOf, line: number, text: string): string | null {
  return refOf({ text, line });
}
