import type { Grid, GridRow, ReadResult } from '../grid';
import { decodeText } from './decodeText';
import { delimitedRows } from './delimitedText';
import { plainLineRows } from './plainLines';
import { splitSourceLines } from './sourceLines';
import { type TextLayout, textLayout } from './textLayout';
import { wordTableRows } from './wordTableText';

const ROWS: Record<TextLayout, (lines: ReturnType<typeof splitSourceLines>) => GridRow[]> = {
  'cell-per-line': wordTableRows,
  'row-per-line': delimitedRows,
  lines: plainLineRows,
};

/** A text document's text → its grid (the layout told by structure); line numbers are the text's own. */
export function textGrid(text: string): Grid {
  const lines = splitSourceLines(text);
  const layout = textLayout(lines);
  return { format: 'txt', layout, rows: ROWS[layout](lines), text, notes: [] };
}

/** A text document's bytes (UTF-8, GBK/GB18030, UTF-16 with BOM) → its grid, or why it is not a text document. */
export function readText(bytes: Uint8Array): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const grid = textGrid(decoded.text);
  const notes = [...(decoded.encoding === 'utf-8' ? [] : [`decoded as ${decoded.encoding.toUpperCase()}`]), ...(decoded.note === undefined ? [] : [decoded.note])];
  return { ok: true, grid: { ...grid, notes, encoding: decoded.encoding } };
}
