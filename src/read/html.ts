import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Grid, ReadResult } from './grid';
import { decodeHtml } from './decodeHtml';
import { isMhtml, mhtmlHtml } from './mhtml';
import { type FoundRow, renderedGrid } from './renderedGrid';
import { corruptError, unknownFormatError } from './readErrors';
import { type SpannedCell, spannedRows } from './spannedRows';
import { paragraphRef } from './tableRefs';

/** Elements whose content a reader of the page never sees: dropped whole, never run. */
const UNSEEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'select', 'textarea', 'button', 'input']);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
]);

/** The HTML limits on spans (a larger value is read as the limit). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** A saved web page's bytes (HTML, or a web archive: `.mht`) → its grid; see `htmlGrid`. */
export function readHtml(bytes: Uint8Array): ReadResult {
  const archived = isMhtml(bytes);
  const page = archived ? mhtmlHtml(bytes) : bytes;
  if (page === null) return { ok: false, error: corruptError('MHTML (.mht)', 'no text/html part / 网页档案中没有 HTML 部分') };
  const decoded = decodeHtml(page);
  if (!decoded.ok) return { ok: false, error: unknownFormatError(decoded.error) };
  const notes = [
    ...(archived ? ['web archive (MHTML): its HTML part'] : []),
    ...(decoded.encoding === 'utf-8' ? [] : [`decoded as ${decoded.encoding.toUpperCase()}`]),
    ...(decoded.note === undefined ? [] : [decoded.note]),
  ];
  return { ok: true, grid: htmlGrid(decoded.text, notes) };
}

/**
 * A page's markup → its grid. Tables cell by cell (rowspan/colspan resolved by `spannedRows`,
 * `<br>` and paragraphs inside a cell as '\n'); text outside tables (page chrome, titles,
 * narrative) as paragraph rows, one per block. A table that holds tables is page layout: its
 * cells are read as blocks, so the tables inside are tables of their own. Scripts, styles,
 * `<noscript>`, `<template>`, comments and hidden elements are dropped, never run.
 */
export function htmlGrid(html: string, notes: readonly string[] = []): Grid {
  const rows: FoundRow[] = [];
  let tables = 0;
  let paragraphs = 0;
  let inline: string[] = [];

  const flush = () => {
    const text = collapse(inline.join(''));
    inline = [];
    if (text === '') return;
    paragraphs++;
    rows.push({ table: null, cells: [{ text, col: 0, span: 1, ref: paragraphRef(paragraphs) }] });
  };

  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (isText(node)) {
        inline.push(node.data);
        continue;
      }
      if (!isTag(node) || unseen(node)) continue;
      if (node.name === 'br') {
        flush();
      } else if (node.name === 'table') {
        flush();
        if (holdsTable(node)) {
          for (const cell of tableRows(node).flatMap(cellsOf)) {
            walk(cell.children);
            flush();
          }
        } else {
          const caption = DomUtils.getElementsByTagName('caption', node, false, 1)[0];
          if (caption) {
            walk(caption.children);
            flush();
          }
          const found = tableRows(node).map((row) => cellsOf(row).map(spannedCell));
          if (found.length > 0) rows.push(...spannedRows(found, ++tables));
        }
      } else if (BLOCKS.has(node.name)) {
        flush();
        walk(node.children);
        flush();
      } else {
        walk(node.children);
      }
    }
  };

  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  walk(dom.children);
  flush();
  return renderedGrid('html', 'html-tables', rows, notes);
}

function unseen(element: Element): boolean {
  if (UNSEEN.has(element.name) || element.attribs.hidden !== undefined) return true;
  const style = element.attribs.style?.toLowerCase().replace(/\s+/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function holdsTable(table: Element): boolean {
  return DomUtils.findOne((element) => element.name === 'table', table.children, true) !== null;
}

/** The table's own rows, in document order (directly, or in its thead/tbody/tfoot). */
function tableRows(table: Element): Element[] {
  return table.children.filter(isTag).flatMap((child) => {
    if (child.name === 'tr') return [child];
    if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') return child.children.filter(isTag).filter((tr) => tr.name === 'tr');
    return [];
  });
}

function cellsOf(row: Element): Element[] {
  return row.children.filter(isTag).filter((cell) => (cell.name === 'td' || cell.name === 'th') && !unseen(cell));
}

function spannedCell(cell: Element): SpannedCell {
  return {
    text: cellText(cell),
    colSpan: clampedSpan(cell.attribs.colspan, 1, MAX_COLSPAN),
    rowSpan: clampedSpan(cell.attribs.rowspan, 0, MAX_ROWSPAN),
  };
}

function clampedSpan(value: string | undefined, min: number, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isNaN(n) ? 1 : Math.min(max, Math.max(min, n));
}

/** A cell's text: whitespace collapsed as a browser shows it, `<br>` and blocks as line breaks. */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (isText(node)) parts.push(node.data.replace(/[ \t\n\r\f]+/g, ' '));
      else if (!isTag(node) || unseen(node)) continue;
      else if (node.name === 'br') parts.push('\n');
      else if (BLOCKS.has(node.name)) {
        parts.push('\n');
        walk(node.children);
        parts.push('\n');
      }
      else walk(node.children);
    }
  };
  walk(cell.children);
  return parts
    .join('')
    .split('\n')
    .map(collapse)
    .filter((line) => line !== '')
    .join('\n');
}

/** ASCII whitespace runs to one space (as HTML renders them), no-break spaces kept as spaces, ends trimmed. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ').trim();
}
