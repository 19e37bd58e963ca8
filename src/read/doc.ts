/**
 * A Word 97–2003 document's (.doc) bytes → its grid, as `docx.ts` gives a .docx's: Word's own
 * tables cell by cell (cell boundaries → columns and spans, vertical merges → the text in the
 * merge's first cell and `mergedDown` blanks below), paragraphs outside tables as paragraph rows,
 * the paragraphs of a cell as '\n'. Refs: `表2 第5行 第3列`, `第7段`.
 *
 * The container (an OLE compound file) is opened by SheetJS's CFB; the rest is Word's binary
 * format ([MS-DOC]) read here: the FIB locates the piece table (CLX), which gives the main text's
 * characters (8-bit or UTF-16 pieces); each paragraph ends with a paragraph mark (`\r`) or a cell
 * mark (`\x07`), and its properties (PAPX, in 512-byte FKP pages found through PlcfBtePapx) say
 * whether it is in a table (sprmPFInTable), whether it ends a table row (sprmPFTtp, with the row's
 * cell boundaries and merges in sprmTDefTable) and how deep in nested tables it lies (sprmPItap).
 * Field codes are dropped and their results kept, as Word prints them.
 */
import { CFB } from '@e965/xlsx';
import type { ReadResult } from './grid';
import { corruptError, encryptedError, unsupportedFormatError } from './readErrors';
import { type FoundCell, type FoundRow, renderedGrid } from './renderedGrid';
import { paragraphRef, tableCellRef } from './tableRefs';

const KIND = 'Word (.doc)';

/** The FIB's fields this reader needs: byte offsets in the WordDocument stream (Word 97 and later). */
const FIB = {
  ident: 0x00,
  nFib: 0x02,
  flags: 0x0a,
  ccpText: 0x4c,
  fcPlcfBtePapx: 0x102,
  lcbPlcfBtePapx: 0x106,
  fcClx: 0x1a2,
  lcbClx: 0x1a6,
} as const;
const WORD_IDENT = 0xa5ec;
/** nFib of Word 97; earlier versions (Word 6, Word 95) lay the FIB out otherwise. */
const WORD97_NFIB = 0xc1;
const FLAG_ENCRYPTED = 0x0100;
const FLAG_TABLE_STREAM_1 = 0x0200;

const SPRM = {
  inTable: 0x2416,
  tableRowEnd: 0x2417,
  innerTableCell: 0x244b,
  innerRowEnd: 0x244c,
  depth: 0x6649,
  defineTable: 0xd608,
  changeTabs: 0xc615,
  /** The paragraph's properties did not fit its FKP page: they are in the Data stream, at the operand's offset. */
  hugeProperties: 0x6646,
} as const;

const CELL_MARK = 0x07;
const PARAGRAPH_MARK = 0x0d;
const FKP_BYTES = 512;
/** Two cell boundaries closer than this (in twips, 1/20 pt) are one column line of the table. */
const SAME_BOUNDARY = 30;

class DocFormatError extends Error {}

function u16(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > bytes.length) throw new DocFormatError(`offset ${at} outside a stream of ${bytes.length} bytes`);
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

const i16 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) << 16) >> 16;

/** A run of the main text: characters [cpStart, cpEnd) stored from byte `fc` on, one byte each (compressed) or two. */
interface Piece {
  readonly cpStart: number;
  readonly cpEnd: number;
  readonly fc: number;
  readonly compressed: boolean;
}

/** The piece table: the CLX's Pcdt after any Prc entries. */
function pieceTable(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] {
  let at = fcClx;
  const end = fcClx + lcbClx;
  while (at < end && table[at] === 0x01) at += 3 + i16(table, at + 1);
  if (table[at] !== 0x02) throw new DocFormatError('no piece table in the CLX');
  const lcb = u32(table, at + 1);
  at += 5;
  const count = Math.floor((lcb - 4) / 12);
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = u32(table, at + 4 * (count + 1) + 8 * i + 2);
    const compressed = (raw & 0x40000000) !== 0;
    pieces.push({ cpStart: u32(table, at + 4 * i), cpEnd: u32(table, at + 4 * (i + 1)), fc: compressed ? (raw & 0x3fffffff) / 2 : raw, compressed });
  }
  return pieces;
}

/** Windows-1252's characters for bytes 0x80–0x9f (8-bit pieces); other bytes are Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The main text's characters (the first `ccpText`), and the byte offset each is stored at. */
function mainText(word: Uint8Array, pieces: readonly Piece[], ccpText: number): { chars: string[]; fcs: number[] } {
  const chars: string[] = [];
  const fcs: number[] = [];
  for (const piece of pieces) {
    for (let cp = piece.cpStart; cp < Math.min(piece.cpEnd, ccpText); cp++) {
      const fc = piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
      let char: string;
      if (piece.compressed) {
        const byte = word[fc];
        if (byte === undefined) throw new DocFormatError(`text at byte ${fc} outside the WordDocument stream`);
        char = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
      } else {
        char = String.fromCharCode(u16(word, fc));
      }
      chars.push(char);
      fcs.push(fc);
    }
  }
  return { chars, fcs };
}

/** What a paragraph's properties say about tables. */
interface TableProps {
  readonly inTable: boolean;
  readonly rowEnd: boolean;
  readonly depth: number;
  readonly innerCell: boolean;
  readonly innerRowEnd: boolean;
  /** The row's cell boundaries and merges (on a row-end mark). */
  readonly cells: readonly { readonly left: number; readonly right: number; readonly mergedDown: boolean; readonly mergedLeft: boolean }[] | null;
}

const NO_TABLE: TableProps = { inTable: false, rowEnd: false, depth: 0, innerCell: false, innerRowEnd: false, cells: null };

/** The table properties in a grpprl (a PAPX's sprms after its style index); `data` is the Data stream, where huge ones are. */
function tableProps(bytes: Uint8Array, start: number, end: number, data: Uint8Array | null): TableProps {
  let inTable = false;
  let rowEnd = false;
  let depth = 0;
  let innerCell = false;
  let innerRowEnd = false;
  let cells: TableProps['cells'] = null;
  let at = start;
  while (at + 2 <= end) {
    const op = u16(bytes, at);
    at += 2;
    let size: number;
    switch (op >> 13) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      default:
        if (op === SPRM.defineTable) {
          size = u16(bytes, at) - 1;
          at += 2;
        } else if (op === SPRM.changeTabs && bytes[at] === 255) {
          const deleted = bytes[at + 1] ?? 0;
          size = 2 + deleted * 4 + 1 + (bytes[at + 2 + deleted * 4] ?? 0) * 3;
        } else {
          size = bytes[at] ?? 0;
          at += 1;
        }
    }
    if (at + size > end) break;
    if (op === SPRM.inTable) inTable = bytes[at] !== 0;
    else if (op === SPRM.tableRowEnd) rowEnd = bytes[at] !== 0;
    else if (op === SPRM.depth) depth = u32(bytes, at);
    else if (op === SPRM.innerTableCell) innerCell = bytes[at] !== 0;
    else if (op === SPRM.innerRowEnd) innerRowEnd = bytes[at] !== 0;
    else if (op === SPRM.defineTable) cells = rowCells(bytes, at, at + size);
    else if (op === SPRM.hugeProperties && data !== null) {
      const offset = u32(bytes, at);
      const huge = tableProps(data, offset + 2, offset + 2 + u16(data, offset), null);
      inTable ||= huge.inTable;
      rowEnd ||= huge.rowEnd;
      depth ||= huge.depth;
      innerCell ||= huge.innerCell;
      innerRowEnd ||= huge.innerRowEnd;
      cells ??= huge.cells;
    }
    at += size;
  }
  return { inTable: inTable || depth > 0, rowEnd, depth: depth || (inTable ? 1 : 0), innerCell, innerRowEnd, cells };
}

/** sprmTDefTable's operand: the number of cells, their boundaries (twips) and, per cell, its TC80 merge flags. */
function rowCells(bytes: Uint8Array, start: number, end: number): TableProps['cells'] {
  const count = bytes[start] ?? 0;
  const boundaries: number[] = [];
  for (let i = 0; i <= count; i++) boundaries.push(i16(bytes, start + 1 + 2 * i));
  const tcs = start + 1 + 2 * (count + 1);
  return Array.from({ length: count }, (_, i) => {
    const flags = tcs + 20 * i + 2 <= end ? u16(bytes, tcs + 20 * i) : 0;
    const vertical = (flags >> 5) & 0x3;
    return { left: boundaries[i]!, right: boundaries[i + 1]!, mergedDown: vertical === 1, mergedLeft: (flags & 0x3) === 1 };
  });
}

/** The properties of the paragraph whose mark is stored at byte `fc`: PlcfBtePapx → its FKP page → its PAPX. */
function paragraphProps(word: Uint8Array, table: Uint8Array, data: Uint8Array | null, fcBte: number, lcbBte: number): (fc: number) => TableProps {
  const count = Math.floor((lcbBte - 4) / 8);
  const pages = new Map<number, { fcs: number[]; props: TableProps[] }>();
  const page = (pn: number) => {
    let read = pages.get(pn);
    if (read === undefined) {
      const base = pn * FKP_BYTES;
      if (base + FKP_BYTES > word.length) throw new DocFormatError(`paragraph properties page ${pn} outside the WordDocument stream`);
      const runs = word[base + FKP_BYTES - 1]!;
      const fcs = Array.from({ length: runs + 1 }, (_, i) => u32(word, base + 4 * i));
      const props = Array.from({ length: runs }, (_, i) => {
        const offset = word[base + 4 * (runs + 1) + 13 * i]!;
        if (offset === 0) return NO_TABLE;
        const papx = base + 2 * offset;
        const cb = word[papx]!;
        const [start, length] = cb !== 0 ? [papx + 1, 2 * cb - 1] : [papx + 2, 2 * word[papx + 1]!];
        // The grpprl follows the paragraph's style index (2 bytes).
        return tableProps(word, start + 2, Math.min(start + length, base + FKP_BYTES), data);
      });
      read = { fcs, props };
      pages.set(pn, read);
    }
    return read;
  };
  const bte = (i: number) => u32(table, fcBte + 4 * i);
  return (fc) => {
    for (let i = 0; i < count; i++) {
      if (fc < bte(i) || fc >= bte(i + 1)) continue;
      const { fcs, props } = page(u32(table, fcBte + 4 * (count + 1) + 4 * i) & 0x3fffff);
      for (let run = 0; run < props.length; run++) if (fc >= fcs[run]! && fc < fcs[run + 1]!) return props[run]!;
    }
    return NO_TABLE;
  };
}

/** A paragraph's printed text: field codes dropped (their results kept), breaks as '\n', tabs as spaces, object marks dropped. */
function printedText(chars: readonly string[]): string {
  let text = '';
  const fields: boolean[] = []; // per open field: whether its code part is over (its result is printed)
  for (const char of chars) {
    const code = char.charCodeAt(0);
    if (code === 0x13) fields.push(false);
    else if (code === 0x14) {
      if (fields.length > 0) fields[fields.length - 1] = true;
    }
    else if (code === 0x15) fields.pop();
    else if (fields.length > 0 && !fields[fields.length - 1]) continue;
    else if (code === 0x0b || code === 0x0c) text += '\n';
    else if (code === 0x09) text += ' ';
    else if (code === 0x1e) text += '-';
    else if (code >= 0x20 || code === 0x0a) text += char;
  }
  return text;
}

/** A row as read, before its cells are placed on the table's columns. */
interface ReadRow {
  readonly texts: readonly string[];
  readonly cells: TableProps['cells'];
}

/** A table's rows on the columns all its rows' cell boundaries make; merged-down cells blank. */
function placedRows(rows: readonly ReadRow[], ordinal: number): FoundRow[] {
  const lines: number[] = [];
  for (const row of rows) for (const cell of row.cells ?? []) for (const x of [cell.left, cell.right]) if (!lines.some((line) => Math.abs(line - x) <= SAME_BOUNDARY)) lines.push(x);
  lines.sort((a, b) => a - b);
  const column = (x: number) => lines.findIndex((line) => Math.abs(line - x) <= SAME_BOUNDARY);
  return rows.map((row, r) => {
    const cells: FoundCell[] = [];
    let next = 0;
    row.texts.forEach((text, i) => {
      const bounds = row.cells?.[i];
      if (bounds?.mergedLeft && cells.length > 0) {
        const previous = cells.pop()!;
        const right = column(bounds.right);
        cells.push({ ...previous, text: [previous.text, text.trim()].filter((t) => t !== '').join('\n'), span: Math.max(previous.span, right - previous.col) });
        next = previous.col + Math.max(previous.span, right - previous.col);
        return;
      }
      const col = bounds ? Math.max(next, column(bounds.left)) : next;
      const span = bounds ? Math.max(1, column(bounds.right) - col) : 1;
      const ref = tableCellRef(ordinal, r, col);
      cells.push(bounds?.mergedDown ? { text: '', col, span, ref, mergedDown: true } : { text: text.trim(), col, span, ref });
      next = col + span;
    });
    return { table: ordinal, cells };
  });
}

export function readDoc(bytes: Uint8Array): ReadResult {
  try {
    const container = CFB.read(bytes, { type: 'array' });
    const stream = (name: string): Uint8Array | null => {
      const entry = CFB.find(container, name);
      return entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : null;
    };
    const word = stream('WordDocument');
    if (word === null) return { ok: false, error: corruptError(KIND, 'no WordDocument stream / 缺少 WordDocument 数据流') };
    if (u16(word, FIB.ident) !== WORD_IDENT) return { ok: false, error: corruptError(KIND, 'not a Word document (FIB) / 文件头不是 Word 文档') };
    const flags = u16(word, FIB.flags);
    if ((flags & FLAG_ENCRYPTED) !== 0) return { ok: false, error: encryptedError() };
    if (u16(word, FIB.nFib) < WORD97_NFIB) return { ok: false, error: unsupportedFormatError('Word 6.0/95 (.doc)') };
    const table = stream((flags & FLAG_TABLE_STREAM_1) !== 0 ? '1Table' : '0Table');
    if (table === null) return { ok: false, error: corruptError(KIND, 'no table stream / 缺少 Table 数据流') };

    const { chars, fcs } = mainText(word, pieceTable(table, u32(word, FIB.fcClx), u32(word, FIB.lcbClx)), u32(word, FIB.ccpText));
    const propsAt = paragraphProps(word, table, stream('Data'), u32(word, FIB.fcPlcfBtePapx), u32(word, FIB.lcbPlcfBtePapx));

    const rows: FoundRow[] = [];
    const notes: string[] = [];
    let tables = 0;
    let paragraphs = 0;
    let tableRows: ReadRow[] = [];
    let rowTexts: string[] = [];
    let cellLines: string[] = [];
    /** Lines of a nested table's current row (its cells joined by spaces), kept in the outer cell. */
    let innerCells: string[] = [];
    const closeTable = () => {
      if (tableRows.length > 0) rows.push(...placedRows(tableRows, ++tables));
      tableRows = [];
    };
    let start = 0;
    for (let i = 0; i < chars.length; i++) {
      const code = chars[i]!.charCodeAt(0);
      if (code !== PARAGRAPH_MARK && code !== CELL_MARK) continue;
      const text = printedText(chars.slice(start, i));
      start = i + 1;
      const props = propsAt(fcs[i]!);
      if (!props.inTable) {
        closeTable();
        if (text.trim() !== '') rows.push({ table: null, cells: [{ text: text.trim(), col: 0, span: 1, ref: paragraphRef(++paragraphs) }] });
        continue;
      }
      if (props.depth > 1) {
        // A nested table: its rows become lines of the outer cell, their cells joined by spaces.
        const note = `表${tables + 1} holds a nested table: its rows are kept as lines of the cell`;
        if (!notes.includes(note)) notes.push(note);
        if (props.innerRowEnd) {
          cellLines.push(innerCells.filter((t) => t !== '').join(' '));
          innerCells = [];
        } else if (props.innerCell) {
          innerCells.push(text.trim());
        } else if (text.trim() !== '') {
          innerCells.push(text.trim());
        }
        continue;
      }
      if (props.rowEnd) {
        tableRows.push({ texts: rowTexts, cells: props.cells });
        rowTexts = [];
        cellLines = [];
        continue;
      }
      cellLines.push(text);
      if (code === CELL_MARK) {
        rowTexts.push(cellLines.map((line) => line.trim()).filter((line) => line !== '').join('\n'));
        cellLines = [];
      }
    }
    closeTable();
    return { ok: true, grid: renderedGrid('doc', 'word-tables', rows, notes) };
  } catch (error) {
    return { ok: false, error: corruptError(KIND, error instanceof Error ? error.message : String(error)) };
  }
}
