import { readFileSync } from 'node:fs';
import type { Grid, GridRow } from '../../../src/read/grid';

const DIR = new URL('../../fixtures/formats/', import.meta.url);

/** A fixture of tests/fixtures/formats/ as bytes. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, DIR)));
}

/** The first row that has a cell with exactly this text. */
export function rowWith(grid: Grid, text: string): GridRow {
  const row = grid.rows.find((r) => r.cells.some((cell) => cell.text === text));
  if (row === undefined) throw new Error(`no row has a cell "${text}"`);
  return row;
}

/** The row's non-blank texts from the cell with this text on. */
export function textsFrom(row: GridRow, text: string): string[] {
  const texts = row.cells.map((cell) => cell.text).filter((t) => t !== '');
  return texts.slice(texts.indexOf(text));
}

/** The cells as `col:text` (blank merged-down cells as `col:↓`), for compact assertions. */
export function layout(row: GridRow): string[] {
  return row.cells.map((cell) => `${cell.col}${cell.span > 1 ? `+${cell.span}` : ''}:${cell.mergedDown ? '↓' : cell.text}`);
}
