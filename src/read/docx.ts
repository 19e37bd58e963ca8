import { parseDocument } from 'htmlparser2';
import type { Grid, ReadResult, SourceFormat } from './grid';
import { corruptError } from './readErrors';
import { type FoundCell, type FoundRow, renderedGrid } from './renderedGrid';
import { paragraphRef, tableCellRef } from './tableRefs';
import { unzipEntries } from './unzip';
import { type XmlElement, type XmlNode, type XmlPlan, readXmlTree, xmlTreeOfDom } from './xmlTree';

const DOCUMENT_XML = 'word/document.xml';
const KIND = 'Word (.docx)';

/**
 * Markup whose text is not the document's printed text: deletions and text moved away (tracked changes: the final text is
 * read), field codes, drawings (their text boxes repeat in fallbacks).
 */
const UNPRINTED = new Set(['del', 'delText', 'moveFrom', 'instrText', 'drawing', 'pict', 'object', 'AlternateContent', 'rPr', 'pPr', 'tcPr', 'trPr', 'tblPr', 'sectPr']);

/** Markup that holds a document's content without being part of it: content controls, custom XML, Word 2003's sections. */
const CONTAINERS = new Set(['sdt', 'sdtContent', 'customXml', 'sect', 'sub-section']);

/**
 * What the reader reads of a Word document's XML: a few attributes (and a flat package's part names), the text
 * of `w:t`, nothing inside unprinted markup or a package's binary parts but the names and attributes of cell
 * and row properties.
 */
const PLAN: XmlPlan = {
  attributesOf: new Set(['gridBefore', 'gridSpan', 'vMerge', 'vmerge', 'part']),
  textOf: new Set(['t']),
  opaque: new Set([...[...UNPRINTED].filter((name) => name !== 'tcPr' && name !== 'trPr'), 'binaryData', 'binData']),
  shallow: new Set(['tcPr', 'trPr']),
};

const UTF8 = new TextDecoder('utf-8');

/** The document's top-level nodes: read strictly and fast when the XML is well-formed, else by htmlparser2's forgiving XML mode. */
export function documentTree(xml: Uint8Array): readonly XmlNode[] {
  return readXmlTree(xml, PLAN) ?? xmlTreeOfDom(parseDocument(UTF8.decode(xml), { xmlMode: true, decodeEntities: true }).children);
}

/**
 * A .docx's bytes → its grid, from `word/document.xml` (see `wordBodyGrid`).
 */
export function readDocx(bytes: Uint8Array): ReadResult {
  const unzipped = unzipEntries(bytes, (name) => name === DOCUMENT_XML, KIND);
  if (!unzipped.ok) return unzipped;
  const bytesOfXml = unzipped.files[DOCUMENT_XML];
  if (bytesOfXml === undefined) return { ok: false, error: corruptError(KIND, `no ${DOCUMENT_XML} / 缺少正文 ${DOCUMENT_XML}`) };
  const body = findChild(findChild(documentTree(bytesOfXml), 'document')?.children ?? [], 'body');
  if (body === undefined) return { ok: false, error: corruptError(KIND, `no w:body in ${DOCUMENT_XML} / 正文为空`) };
  return { ok: true, grid: wordBodyGrid(body, 'docx') };
}

/**
 * A Word document's body (`w:body` of a .docx's `word/document.xml`, of a flat Word XML package, or of a
 * Word 2003 XML document) → its grid: Word's own tables cell by cell (`w:gridSpan` → span;
 * `w:vMerge`, Word 2003's `w:vmerge`, → the text in the merge's first cell, blank `mergedDown` cells
 * below; `w:gridBefore` skips columns), paragraphs outside tables as paragraph rows, and line breaks
 * and paragraphs inside a cell as '\n'. A table nested in a cell stays in that cell's text, one line
 * per nested row. Content controls, custom XML and Word 2003's sections (`wx:sect`, `wx:sub-section`)
 * are looked through. Refs: `表2 第5行 第3列`, `第7段`.
 */
export function wordBodyGrid(body: XmlElement, format: SourceFormat): Grid {
  const rows: FoundRow[] = [];
  const notes: string[] = [];
  let tables = 0;
  let paragraphs = 0;
  const walk = (nodes: readonly XmlNode[]) => {
    for (const node of elements(nodes)) {
      const name = node.name;
      if (name === 'p') {
        const text = paragraphText(node).trim();
        if (text !== '') rows.push({ table: null, cells: [{ text, col: 0, span: 1, ref: paragraphRef(++paragraphs) }] });
      } else if (name === 'tbl') {
        rows.push(...tableRows(node, ++tables, notes));
      } else if (CONTAINERS.has(name)) {
        walk(node.children);
      }
    }
  };
  walk(body.children);
  return renderedGrid(format, 'word-tables', rows, notes);
}

/** A table's rows as its final text shows them: a row deleted as a tracked change (`w:trPr/w:del`) is not one of them. */
function tableRows(table: XmlElement, ordinal: number, notes: string[]): FoundRow[] {
  const shown = contentChildren(table, 'tr').filter((tr) => findChild(findChild(tr.children, 'trPr')?.children ?? [], 'del') === undefined);
  return shown.map((tr, r) => {
    let col = Number(attr(findChild(findChild(tr.children, 'trPr')?.children ?? [], 'gridBefore'), 'val') ?? 0) || 0;
    const cells: FoundCell[] = [];
    for (const tc of contentChildren(tr, 'tc')) {
      const props = findChild(tc.children, 'tcPr')?.children ?? [];
      const span = Math.max(1, Number(attr(findChild(props, 'gridSpan'), 'val') ?? 1) || 1);
      const vMerge = findChild(props, 'vMerge') ?? findChild(props, 'vmerge');
      const ref = tableCellRef(ordinal, r, col);
      if (vMerge !== undefined && attr(vMerge, 'val') !== 'restart') {
        cells.push({ text: '', col, span, ref, mergedDown: true });
      } else {
        cells.push({ text: cellText(tc, ref, notes), col, span, ref });
      }
      col += span;
    }
    return { table: ordinal, cells };
  });
}

/** A cell's paragraphs as lines (trimmed, empty ones dropped); a nested table's rows as lines of their cells' text. */
function cellText(tc: XmlElement, ref: string, notes: string[]): string {
  const lines: string[] = [];
  for (const node of tc.children) {
    if (typeof node === 'string') continue;
    const name = node.name;
    if (name === 'p') {
      for (const line of paragraphText(node).split('\n')) addLine(lines, line);
    } else if (name === 'tbl') {
      notes.push(`${ref} holds a nested table: its rows are kept as lines of the cell`);
      for (const tr of contentChildren(node, 'tr')) addLine(lines, contentChildren(tr, 'tc').map((inner) => cellText(inner, ref, notes).replace(/\n/g, ' ')).filter((t) => t !== '').join(' '));
    } else if (CONTAINERS.has(name)) {
      addLine(lines, cellText(node, ref, notes));
    }
  }
  return lines.join('\n');
}

/**
 * A line added to a cell's lines, trimmed, unless empty. A function of the module, not a closure made
 * per cell: run through tsx (as the CLI and its workers are), each named closure is renamed on
 * creation (esbuild's keepNames), which cost more than the rest of reading a cell's text.
 */
function addLine(lines: string[], line: string): void {
  const trimmed = line.trim();
  if (trimmed !== '') lines.push(trimmed);
}

/** The printed text of a paragraph: its runs' text, tabs as spaces, breaks as '\n'. */
function paragraphText(p: XmlElement): string {
  const parts: string[] = [];
  printedText(p.children, parts);
  return parts.join('');
}

function printedText(nodes: readonly XmlNode[], parts: string[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    const name = node.name;
    if (UNPRINTED.has(name)) continue;
    if (name === 't') {
      for (const child of node.children) if (typeof child === 'string') parts.push(child);
    } else if (name === 'tab' || name === 'ptab') parts.push(' ');
    else if (name === 'br' || name === 'cr') parts.push('\n');
    else if (name === 'noBreakHyphen') parts.push('-');
    else printedText(node.children, parts);
  }
}

/** Rows of a table, cells of a row: direct, or inside content controls / custom XML. */
function contentChildren(parent: XmlElement, wanted: string, found: XmlElement[] = []): XmlElement[] {
  for (const child of parent.children) {
    if (typeof child === 'string') continue;
    const name = child.name;
    if (name === wanted) found.push(child);
    else if (CONTAINERS.has(name)) contentChildren(child, wanted, found);
  }
  return found;
}

function elements(nodes: readonly XmlNode[]): XmlElement[] {
  return nodes.filter((node): node is XmlElement => typeof node !== 'string');
}

export function findChild(nodes: readonly XmlNode[], name: string): XmlElement | undefined {
  for (const node of nodes) if (typeof node !== 'string' && node.name === name) return node;
  return undefined;
}

/** An attribute by its local name (`w:val` → `val`). */
export function attr(element: XmlElement | undefined, name: string): string | undefined {
  if (element === undefined) return undefined;
  for (const [key, value] of element.attributes) if (localName(key) === name) return value;
  return undefined;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
