import { Parser } from 'htmlparser2';
import type { Grid, ReadResult } from './grid';
import { decodeHtml } from './decodeHtml';
import { isMhtml, mhtmlHtml } from './mhtml';
import { type FoundRow, renderedGrid } from './renderedGrid';
import { corruptError, unknownFormatError } from './readErrors';
import { type SpannedCell, spannedRows } from './spannedRows';
import { paragraphRef } from './tableRefs';

/** Elements whose content a reader of the page never sees: dropped whole, never run. */
const UNSEEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'button']);

/** Input types that show no text of their own (a box, a button, a file picker) or nothing at all. */
const VALUELESS_INPUTS = new Set(['hidden', 'checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'password', 'color', 'range']);

/**
 * The text a form field shows on the page, or null for an element that is no form field: a text box its value (a system's
 * form saved from the browser carries its figures in `<input value=…>`: the EasyUI internal-control system's edit page, t-02),
 * a text area its text, a drop-down its selected option (the first when none is marked). A box that shows nothing (hidden,
 * a check box, a button) is '' — its value is no text of the page.
 */
function fieldText(element: PageElement): string | null {
  if (element.name === 'input') {
    const type = (element.attribs.type ?? 'text').toLowerCase().trim();
    return VALUELESS_INPUTS.has(type) ? '' : ` ${element.attribs.value ?? ''} `;
  }
  if (element.name === 'textarea') return ` ${textOf(element.children)} `;
  if (element.name === 'select') {
    const options: PageElement[] = [];
    const collect = (nodes: readonly PageNode[]) => {
      for (const node of nodes) if (typeof node !== 'string') node.name === 'option' ? options.push(node) : collect(node.children);
    };
    collect(element.children);
    const shown = options.find((option) => option.attribs.selected !== undefined) ?? options[0];
    return shown ? ` ${textOf(shown.children)} ` : '';
  }
  return null;
}

/** The text inside an element, its markup dropped. */
function textOf(nodes: readonly PageNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');
}

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
]);

/** The HTML limits on spans (a larger value is read as the limit). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** An element of a page as the reader keeps it: its name, attributes and children (text as strings). */
interface PageElement {
  readonly name: string;
  readonly attribs: Readonly<Record<string, string>>;
  readonly children: PageNode[];
}

/** An element, or a run of text. */
type PageNode = PageElement | string;

const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/**
 * The page's element tree, built from htmlparser2's events: what its DOM handler (domhandler)
 * builds, elements and text alone (comments, processing instructions and CDATA are never read),
 * without a DOM node's links and indices. Text between the same two events is one string, as the
 * DOM handler joins it; text in CDATA is dropped, as it was inside a CDATA node.
 */
function pageTree(html: string): PageElement {
  const root: PageElement = { name: '', attribs: {}, children: [] };
  const open: PageElement[] = [root];
  let textLast = false;
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: PageElement = { name, attribs, children: [] };
        open[open.length - 1]!.children.push(element);
        open.push(element);
        textLast = false;
      },
      onclosetag() {
        if (open.length > 1) open.pop();
        textLast = false;
      },
      ontext(data) {
        if (inCdata) return;
        const children = open[open.length - 1]!.children;
        if (textLast) children[children.length - 1] += data;
        else children.push(data);
        textLast = true;
      },
      oncomment() {
        textLast = false;
      },
      oncommentend() {
        textLast = false;
      },
      onprocessinginstruction() {
        textLast = false;
      },
      oncdatastart() {
        inCdata = true;
        textLast = false;
      },
      oncdataend() {
        inCdata = false;
        textLast = false;
      },
    },
    PARSER_OPTIONS,
  );
  parser.end(html);
  return root;
}

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

  /** A run of form groups (label and field), held to be one table of their own. */
  let fieldRows: SpannedCell[][] = [];
  const flushFields = () => {
    if (fieldRows.length > 0) rows.push(...spannedRows(fieldRows, ++tables));
    fieldRows = [];
  };

  const flush = () => {
    const text = collapse(inline.join(''));
    inline = [];
    if (text === '') return;
    flushFields();
    paragraphs++;
    rows.push({ table: null, cells: [{ text, col: 0, span: 1, ref: paragraphRef(paragraphs) }] });
  };

  const walk = (nodes: readonly PageNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        inline.push(node);
        continue;
      }
      if (unseen(node)) continue;
      const field = fieldText(node);
      if (field !== null) {
        inline.push(field);
        continue;
      }
      if (node.name === 'br') {
        flush();
      } else if (node.name === 'table') {
        flush();
        flushFields();
        if (holdsTable(node)) {
          for (const cell of tableRows(node).flatMap(cellsOf)) {
            walk(cell.children);
            flush();
          }
        } else {
          // A <caption> is not read: the DomUtils lookup that stood here (getElementsByTagName with
          // recurse = false) tested the table element itself, never its children.
          const found = tableRows(node).map((row) => cellsOf(row).map(spannedCell));
          if (found.length > 0) rows.push(...spannedRows(found, ++tables));
        }
      } else if (BLOCKS.has(node.name) && fieldGroupLabel(node) !== null) {
        // A form group (a <label> and its field: `年份： | <input value="2025">`): a row of two cells, label and value.
        flush();
        const label = fieldGroupLabel(node)!;
        const field: PageElement = { name: 'div', attribs: {}, children: node.children.filter((child) => child !== label) };
        fieldRows.push([label, field].map((part) => ({ text: cellText(part), colSpan: 1, rowSpan: 1 })));
      } else if (BLOCKS.has(node.name)) {
        flush();
        walk(node.children);
        flush();
      } else {
        walk(node.children);
      }
    }
  };

  walk(pageTree(html).children);
  flush();
  flushFields();
  return renderedGrid('html', 'html-tables', rows, notes);
}

/**
 * The `<label>` of a form group, or null for any other block: a block whose own children are a label and, beside it, a field
 * that shows a value (a text box, a text area, a drop-down; a saved admin page's `<div class="form-group"><label>年份：</label>
 * <div><input value="2025"></div></div>`), holding no table.
 */
function fieldGroupLabel(block: PageElement): PageElement | null {
  const label = block.children.find((child): child is PageElement => typeof child !== 'string' && child.name === 'label' && !unseen(child));
  if (label === undefined) return null;
  let shows = false;
  const look = (nodes: readonly PageNode[]): boolean => {
    for (const node of nodes) {
      if (typeof node === 'string' || node === label || unseen(node)) continue;
      if (node.name === 'table') return false;
      const field = fieldText(node);
      if (field !== null) shows ||= field !== '' && (node.name !== 'input' || !/^(?:submit|button|reset)$/i.test(node.attribs.type ?? ''));
      else if (!look(node.children)) return false;
    }
    return true;
  };
  return look(block.children) && shows ? label : null;
}

/**
 * Classes whose framework stylesheet hides the element (`display: none`): a saved page keeps them without the stylesheet.
 * layui hides a table's id columns with `layui-hide` (the debt management system's self-evaluation window, w-05); Bootstrap
 * prints `hidden`, `hide` and `d-none`; ExtJS `x-hidden-display`.
 */
const HIDING_CLASSES = new Set(['layui-hide', 'layui-hidden', 'hidden', 'hide', 'd-none', 'x-hidden-display']);

/** Whether the element carries a class that hides it. */
function hiddenByClass(element: PageElement): boolean {
  return (element.attribs.class ?? '').split(/\s+/).some((name) => HIDING_CLASSES.has(name));
}

function unseen(element: PageElement): boolean {
  if (UNSEEN.has(element.name) || element.attribs.hidden !== undefined || hiddenByClass(element)) return true;
  const style = element.attribs.style?.toLowerCase().replace(/\s+/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Whether a table holds another table anywhere inside it. */
function holdsTable(table: PageElement): boolean {
  for (const child of table.children) if (typeof child !== 'string' && (child.name === 'table' || holdsTable(child))) return true;
  return false;
}

const isElement = (node: PageNode): node is PageElement => typeof node !== 'string';

/** The table's own rows, in document order (directly, or in its thead/tbody/tfoot). */
function tableRows(table: PageElement): PageElement[] {
  return table.children.filter(isElement).flatMap((child) => {
    if (child.name === 'tr') return [child];
    if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') return child.children.filter(isElement).filter((tr) => tr.name === 'tr');
    return [];
  });
}

function cellsOf(row: PageElement): PageElement[] {
  return row.children.filter(isElement).filter((cell) => (cell.name === 'td' || cell.name === 'th') && !unseen(cell));
}

function spannedCell(cell: PageElement): SpannedCell {
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
function cellText(cell: PageElement): string {
  const parts: string[] = [];
  cellParts(cell.children, parts);
  return parts
    .join('')
    .split('\n')
    .map(collapse)
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The pieces of a cell's text, in order: text with whitespace runs as one space, '\n' for `<br>` and
 * around blocks. A function of the module, not a closure made per cell: run through tsx (as the CLI
 * and its workers are), each named closure is renamed when made (esbuild's keepNames), which slows
 * its every call after.
 */
function cellParts(nodes: readonly PageNode[], parts: string[]): void {
  for (const node of nodes) {
    const field = typeof node === 'string' ? null : fieldText(node);
    if (typeof node === 'string') parts.push(node.replace(/[ \t\n\r\f]+/g, ' '));
    else if (unseen(node)) continue;
    else if (field !== null) parts.push(field.replace(/[ \t\n\r\f]+/g, ' '));
    else if (node.name === 'br') parts.push('\n');
    else if (BLOCKS.has(node.name)) {
      parts.push('\n');
      cellParts(node.children, parts);
      parts.push('\n');
    }
    else cellParts(node.children, parts);
  }
}

/** ASCII whitespace runs to one space (as HTML renders them), no-break spaces kept as spaces, ends trimmed. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ').trim();
}
