import type { GridCell, GridRow } from '../grid';
import { isPageNumber } from '../pageNumber';
import { isBlankText, type SourceLine } from './sourceLines';
import { cellText, textCell } from './textCell';

/** A web page's cell line: `text |` (one cell, then its mark) or a run of blank cells `||`. */
const CELL_MARK_LINE = /^(?:[^|]*\||\|+)\s*$/u;
/** A line that is a table's title (`2023年项目支出绩效目标申报表`, `…自评表（2022年度）`): it ends in 表, a bracketed note after it. */
const TITLE_LINE = /表\s*(?:[(（][^()（）]*[)）])?$/u;
/** A Markdown table rule (`|---|:---:|`): structure, not cells. */
const TABLE_RULE = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?$/u;

/** The document's separator: tabs unless more lines use `|` than tabs. */
function separatorOf(lines: readonly SourceLine[]): '\t' | '|' {
  let tabs = 0;
  let pipes = 0;
  for (const { text } of lines) {
    if (text.includes('\t')) tabs++;
    else if (text.includes('|')) pipes++;
  }
  return pipes > tabs ? '|' : '\t';
}

/** Splits a row line into trimmed cells; a `|` export's outer pipes (`| a | b |`) make no empty cells. */
function splitRow(text: string, separator: '\t' | '|'): string[] {
  let body = text;
  if (separator === '|') {
    body = body.trim();
    if (body.startsWith('|')) body = body.slice(1);
    if (body.endsWith('|')) body = body.slice(0, -1);
  }
  return body.split(separator).map(cellText);
}

/** The cells of a cell-mark line: `text |` → [text]; `|||` → three blank cells. */
function markedCells(text: string): string[] {
  const body = text.trim();
  const pieces = body.split('|');
  pieces.pop(); // after the last mark
  return pieces.map(cellText);
}

/**
 * A table row per line, cells separated by tabs (OCR of a PDF) or `|` (web exports); lines without
 * a separator are paragraphs. Runs of a web page's `cell |` lines, whose row breaks the text lost,
 * become one flow row (each cell keeps its own line); a line without a mark right before a cell
 * line is the first part of that cell (a cell with a line break in it).
 */
export function delimitedRows(lines: readonly SourceLine[]): GridRow[] {
  const separator = separatorOf(lines);
  const rows: GridRow[] = [];
  let table = 0;
  let inTable = false;
  let flow: GridCell[] | null = null;
  let pending: SourceLine[] = []; // unmarked lines that may start the next marked cell
  let lastMarkLine = -1; // the last `cell |` line

  const closeFlow = (): void => {
    if (flow && flow.length > 0) rows.push({ line: flow[0]?.line ?? 0, table, cells: flow, flow: true });
    flow = null;
  };
  const flushParagraphs = (): void => {
    for (const { line, text } of pending) {
      closeFlow();
      inTable = false;
      rows.push({ line, table: null, cells: [textCell(cellText(text), 0, [line], null)] });
    }
    pending = [];
  };
  const startTable = (): void => {
    if (!inTable) table += 1;
    inTable = true;
  };

  for (const source of lines) {
    const { line, text } = source;
    if (isBlankText(text)) {
      flushParagraphs();
      continue;
    }
    if (separator === '|' && CELL_MARK_LINE.test(text) && !TABLE_RULE.test(text.trim())) {
      lastMarkLine = line;
      if (flow === null) {
        // `…项目支出绩效目标申报表` and the page's lines above it, then the table's first `|`: the title and what precedes it
        // are paragraphs, not the first cell's text (only lines after the last title may start that cell).
        const title = pending.findLastIndex((part) => TITLE_LINE.test(cellText(part.text)));
        if (title >= 0) {
          const after = pending.slice(title + 1);
          pending = pending.slice(0, title + 1);
          flushParagraphs();
          pending = after;
        }
      }
      startTable();
      flow ??= [];
      const cells = markedCells(text);
      const first = cells[0];
      if (pending.length > 0 && first !== undefined) {
        const before = pending.map((part) => cellText(part.text));
        cells[0] = [...before, first].filter((part) => part !== '').join('\n');
        flow.push(textCell(cells[0], flow.length, [...pending.map((part) => part.line), line], null));
        pending = [];
        cells.slice(1).forEach((cell) => flow?.push(textCell(cell, flow.length, [line], null)));
      } else {
        flushParagraphs();
        cells.forEach((cell, index) => flow?.push(textCell(cell, flow.length, [line], cells.length > 1 ? index : null)));
      }
      continue;
    }
    const hasSeparator = separator === '|' ? /\S\s*\|\s*\S|^\s*\|.*\|/u.test(text) : text.includes('\t');
    if (!hasSeparator) {
      pending.push(source);
      continue;
    }
    // `成本指标` on a line of its own, then `| 平台运维… | 300万 |` (or a row opening with a tab, its first cell blank): the row's
    // first cell, printed on the line above. Only a short line is taken so (a title above a table stays a paragraph, and so
    // does a page's number: `- 2 -`).
    const above = pending[pending.length - 1];
    const aboveText = above ? cellText(above.text) : '';
    const opensBlank = separator === '|' ? /^\s*\|/.test(text) : text.startsWith('\t');
    const firstCell = opensBlank && above && aboveText.length <= 10 && !/表$/.test(aboveText) && !isPageNumber(aboveText) ? pending.pop()! : null;
    flushParagraphs();
    closeFlow();
    startTable();
    // A `|` row's outer pipe makes no cell: the line above is put before the row's cells. A tab row's blank first cell is its place.
    const shift = firstCell && separator === '|' ? 1 : 0;
    const cells = splitRow(text, separator).map((cell, index) => textCell(cell, index + shift, [line], index));
    if (firstCell && separator === '|') cells.unshift(textCell(cellText(firstCell.text), 0, [firstCell.line], null));
    else if (firstCell) cells[0] = textCell(cellText(firstCell.text), 0, [firstCell.line], null);
    rows.push({ line: firstCell?.line ?? line, table, cells });
  }
  // The text ends inside a run of `cell |` lines, on a line without its mark (`项目名称 |` then `省级乡村振兴试点示范`): a page
  // excerpt cut off in the middle of a cell. That line is the cell's start, not a paragraph after the table.
  const cut = pending.length === 1 ? pending[0]! : null;
  if (flow !== null && cut !== null && separator === '|' && lastMarkLine === cut.line - 1) {
    const cells: GridCell[] = flow;
    cells.push(textCell(cellText(cut.text), cells.length, [cut.line], null));
    pending = [];
  }
  flushParagraphs();
  closeFlow();
  return rows;
}
