/**
 * A small element tree of an XML document (a .docx's `word/document.xml`): element names without
 * their namespace prefix, text with XML's entities decoded, and of attributes, text and content
 * only what the reader says it reads (`XmlPlan`). Read in one pass over the text, for well-formed
 * XML only (what Word and LibreOffice write): anything a strict reading cannot be sure of — an
 * unmatched or unclosed tag, CDATA, a DOCTYPE, an unknown entity in text that is read, a quote
 * left open — gives null, and the caller reads the document with a forgiving parser instead
 * (`xmlTreeOfDom`), so a damaged file reads as before.
 */
import { type ChildNode, isTag, isText } from 'domhandler';

export interface XmlElement {
  /** The local name (`w:tbl` → `tbl`). */
  readonly name: string;
  /** Attributes in document order as [qualified name, value], the first of a repeated name only; empty unless asked for. */
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: XmlNode[];
}

/** An element, or a run of text. */
export type XmlNode = XmlElement | string;

const NO_ATTRIBUTES: readonly (readonly [string, string])[] = [];

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;

/** Text with XML's entities decoded, or null when it holds an `&` a strict reading does not know. */
function decodeEntities(text: string): string | null {
  if (!text.includes('&')) return text;
  let decodedCount = 0;
  let strict = true;
  const decoded = text.replace(ENTITY, (_match, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    decodedCount++;
    if (named !== undefined) return NAMED_ENTITIES[named]!;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    // Code points an HTML-minded decoder replaces (NUL, C1 controls, surrogates, beyond Unicode): left to the forgiving parser.
    if (code === 0 || (code >= 0x80 && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
      strict = false;
      return '';
    }
    return String.fromCodePoint(code);
  });
  let ampersands = 0;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) ampersands++;
  return strict && ampersands === decodedCount ? decoded : null;
}

const ATTRIBUTES = /^(?:\s+[^\s"'=<>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*$/;
const ATTRIBUTE = /([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag's attribute text, or null when it is not plainly `name="value"` pairs. */
function parseAttributes(text: string): (readonly [string, string])[] | null {
  if (!ATTRIBUTES.test(text)) return null;
  const attributes: (readonly [string, string])[] = [];
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1]!;
    const value = decodeEntities(match[2] ?? match[3] ?? '');
    if (value === null) return null;
    if (!attributes.some(([seen]) => seen === name)) attributes.push([name, value]);
  }
  return attributes;
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Where a start tag ends (the index of its `>`), its attributes read from `from` (after its name)
 * as plain `name="value"` pairs and an optional `/` before the `>`; -1 for anything else.
 */
function tagEnd(xml: string, from: number): number {
  let at = from;
  for (;;) {
    const before = at;
    while (isSpace(xml.charCodeAt(at))) at++;
    const code = xml.charCodeAt(at);
    if (code === 62 /* > */) return at;
    if (code === 47 /* / */) return xml.charCodeAt(at + 1) === 62 ? at + 1 : -1;
    if (at === before) return -1; // an attribute must follow whitespace
    const nameStart = at;
    for (let c = code; c === c && !isSpace(c) && c !== 61 && c !== 62 && c !== 47 && c !== 60 && c !== 34 && c !== 39; c = xml.charCodeAt(++at));
    if (at === nameStart) return -1;
    while (isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== 61 /* = */) return -1;
    at++;
    while (isSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== 34 && quote !== 39) return -1;
    const close = xml.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (close < 0) return -1;
    at = close + 1;
  }
}

/** What a reader reads of a document: everything else is only checked for well-formedness, never kept. */
export interface XmlPlan {
  /** Elements (by local name) whose attributes are read. */
  readonly attributesOf: ReadonlySet<string>;
  /** Elements whose own text is read; other text is skipped. */
  readonly textOf: ReadonlySet<string>;
  /** Elements whose content is never read: kept empty (a `w:rPr` holds most of a Word document's markup). */
  readonly opaque: ReadonlySet<string>;
}

/** The top-level elements of well-formed XML, or null (see above), with what `plan` says is read. */
export function readXmlTree(xml: string, plan: XmlPlan): XmlElement[] | null {
  const root: XmlElement = { name: '', attributes: NO_ATTRIBUTES, children: [] };
  /** The open elements; null for those inside an opaque one, which are not kept. */
  const elements: (XmlElement | null)[] = [root];
  /** The qualified names of the open elements, for matching their end tags. */
  const tags: string[] = [''];
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    const parent = elements[elements.length - 1]!;
    if (textEnd > at && parent !== null && plan.textOf.has(parent.name)) {
      const text = decodeEntities(xml.slice(at, textEnd));
      if (text === null) return null;
      parent.children.push(text);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (!xml.startsWith('<!--', lt)) return null; // CDATA, DOCTYPE
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return null;
      at = end + 3;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0 || xml.charCodeAt(end - 1) !== 63) return null;
      at = end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    for (let code = xml.charCodeAt(nameEnd); nameEnd < xml.length && !isSpace(code) && code !== 47 && code !== 62 && code !== 60; code = xml.charCodeAt(++nameEnd));
    if (nameEnd === nameStart) return null;
    const gt = tagEnd(xml, nameEnd);
    if (gt < 0) return null;
    at = gt + 1;
    const name = xml.slice(nameStart, nameEnd);
    if (closing) {
      if (tags[tags.length - 1] !== name || tags.length === 1 || nameEnd !== gt) return null;
      tags.pop();
      elements.pop();
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    let element: XmlElement | null = null;
    if (parent !== null) {
      const local = localName(name);
      let attributes = NO_ATTRIBUTES;
      if (plan.attributesOf.has(local)) {
        const parsed = parseAttributes(xml.slice(nameEnd, selfClosing ? gt - 1 : gt));
        if (parsed === null) return null;
        attributes = parsed;
      }
      const kept: XmlElement = { name: local, attributes, children: [] };
      parent.children.push(kept);
      if (!plan.opaque.has(local)) element = kept;
    }
    if (!selfClosing) {
      elements.push(element);
      tags.push(name);
    }
  }
  return elements.length === 1 ? root.children.filter((node): node is XmlElement => typeof node !== 'string') : null;
}

/** The same tree from a forgiving parser's DOM (htmlparser2 in XML mode): its elements and text; comments and CDATA dropped. */
export function xmlTreeOfDom(nodes: readonly ChildNode[]): XmlNode[] {
  const tree: XmlNode[] = [];
  for (const node of nodes) {
    if (isText(node)) tree.push(node.data);
    else if (isTag(node)) tree.push({ name: localName(node.name), attributes: Object.entries(node.attribs), children: xmlTreeOfDom(node.children) });
  }
  return tree;
}
