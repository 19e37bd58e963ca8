/**
 * A small element tree of an XML document (a .docx's `word/document.xml`): element names without
 * their namespace prefix, text with XML's entities decoded, and of attributes, text and content
 * only what the reader says it reads (`XmlPlan`). Read in one pass over the UTF-8 bytes, for
 * well-formed XML only (what Word and LibreOffice write): anything a strict reading cannot be sure
 * of — an unmatched or unclosed tag, CDATA, a DOCTYPE, an unknown entity in text that is read, a
 * quote left open — gives null, and the caller reads the document with a forgiving parser instead
 * (`xmlTreeOfDom`), so a damaged file reads as before.
 *
 * Only the text that is read is decoded: markup is ASCII, and a UTF-8 decoder never lets a
 * multi-byte sequence, valid or not, take in an ASCII byte, so a slice between two markup
 * characters decodes to exactly that part of the whole document decoded.
 */
import { type ChildNode, isTag, isText } from 'domhandler';

export interface XmlElement {
  /** The local name (`w:tbl` → `tbl`). */
  readonly name: string;
  /** Attributes in document order as [qualified name, value], the first of a repeated name only; empty unless asked for. */
  readonly attributes: readonly (readonly [string, string])[];
  /** Never to be added to: childless elements share one array. */
  readonly children: readonly XmlNode[];
}

/** An element, or a run of text. */
export type XmlNode = XmlElement | string;

const NO_ATTRIBUTES: readonly (readonly [string, string])[] = [];

/** A decoder of slices of a document: a byte order mark inside the document is text, not a mark to drop. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf8Slice = (xml: Uint8Array, start: number, end: number): string => UTF8.decode(xml.subarray(start, end));

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

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const HYPHEN = 45;

/** What each byte is to the reader, as bits: XML whitespace, a byte that ends a tag's name, one that ends an attribute's name. */
const SPACE = 1;
const ENDS_TAG_NAME = 2;
const ENDS_ATTRIBUTE_NAME = 4;
const BYTE_KINDS = new Uint8Array(256);
for (const code of [32, 9, 10, 13]) BYTE_KINDS[code] = SPACE | ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
for (const code of [SLASH, GT, LT]) BYTE_KINDS[code] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
for (const code of [EQUALS, DOUBLE_QUOTE, SINGLE_QUOTE]) BYTE_KINDS[code] = ENDS_ATTRIBUTE_NAME;

/** The index of `byte` at or after `from`, or -1. */
function indexOfByte(xml: Uint8Array, byte: number, from: number): number {
  for (let at = from; at < xml.length; at++) if (xml[at] === byte) return at;
  return -1;
}

/** The index of the first byte at or after `from` that is not XML whitespace (the length at the end). */
function skipSpace(xml: Uint8Array, from: number): number {
  let at = from;
  while (at < xml.length && (BYTE_KINDS[xml[at]!]! & SPACE) !== 0) at++;
  return at;
}

/**
 * Where a start tag ends (the index of its `>`), its attributes read from `from` (after its name)
 * as plain `name="value"` pairs and an optional `/` before the `>`; -1 for anything else.
 */
function tagEnd(xml: Uint8Array, from: number): number {
  const length = xml.length;
  let at = from;
  for (;;) {
    const before = at;
    at = skipSpace(xml, at);
    if (at >= length) return -1;
    const code = xml[at]!;
    if (code === GT) return at;
    if (code === SLASH) return xml[at + 1] === GT ? at + 1 : -1;
    if (at === before) return -1; // an attribute must follow whitespace
    const nameStart = at;
    while ((BYTE_KINDS[xml[at]!]! & ENDS_ATTRIBUTE_NAME) === 0) if (++at >= length) return -1;
    if (at === nameStart) return -1;
    at = skipSpace(xml, at);
    if (xml[at] !== EQUALS) return -1;
    at = skipSpace(xml, at + 1);
    const quote = xml[at];
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return -1;
    const close = indexOfByte(xml, quote, at + 1);
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
  /** Elements whose children are kept but read no further, as if opaque (a cell's `w:tcPr`: its `w:gridSpan` is read, not what is inside its borders). */
  readonly shallow: ReadonlySet<string>;
}

/** A start tag's name as the plan sees it. */
interface TagName {
  /** The local name (`w:tbl` → `tbl`). */
  readonly local: string;
  readonly readsAttributes: boolean;
  readonly readsText: boolean;
  readonly opaque: boolean;
  readonly shallow: boolean;
}

/** A name met in the document: where its bytes are, and what it reads as. */
interface SeenName {
  readonly start: number;
  readonly end: number;
  readonly name: TagName;
}

/** Slots of the cache of names: a document's few dozen names rarely share one. */
const NAME_SLOTS = 256;

/**
 * Start tags' names by their bytes, made once (nearly always): a document repeats a few dozen names
 * thousands of times. An ASCII name is looked for in the slot of its bytes' hash and checked byte
 * by byte against the name last made there; any other name is decoded each time.
 */
class TagNames {
  private readonly slots: (SeenName | undefined)[] = new Array<SeenName | undefined>(NAME_SLOTS).fill(undefined);

  constructor(
    private readonly xml: Uint8Array,
    private readonly plan: XmlPlan,
  ) {}

  /** The name spelled by the bytes from `start` to `end`, `hash` a hash of them. */
  at(start: number, end: number, hash: number, ascii: boolean): TagName {
    if (!ascii) return this.made(start, end);
    const slot = hash & (NAME_SLOTS - 1);
    const seen = this.slots[slot];
    if (seen !== undefined && sameBytes(this.xml, seen.start, seen.end, start, end)) return seen.name;
    const name = this.made(start, end);
    this.slots[slot] = { start, end, name };
    return name;
  }

  private made(start: number, end: number): TagName {
    const local = localName(utf8Slice(this.xml, start, end));
    const plan = this.plan;
    return { local, readsAttributes: plan.attributesOf.has(local), readsText: plan.textOf.has(local), opaque: plan.opaque.has(local), shallow: plan.shallow.has(local) };
  }
}

function sameBytes(xml: Uint8Array, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  for (let i = 0; i < end - start; i++) if (xml[start + i] !== xml[otherStart + i]) return false;
  return true;
}

/** Whether two names in the document read the same: the same bytes, or (both holding bytes beyond ASCII) the same decoded text. */
function sameName(xml: Uint8Array, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (sameBytes(xml, start, end, otherStart, otherEnd)) return true;
  return !isAscii(xml, start, end) && !isAscii(xml, otherStart, otherEnd) && utf8Slice(xml, start, end) === utf8Slice(xml, otherStart, otherEnd);
}

function isAscii(xml: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (xml[at]! >= 0x80) return false;
  return true;
}

/** The children of an element that gets none (self-closing, opaque, or read no further): one array for all, never added to. */
const NO_CHILDREN: readonly XmlNode[] = [];

/** An element still open: its children are being added. */
interface ElementBeingRead extends XmlElement {
  readonly children: XmlNode[];
}

/** The top-level elements of well-formed XML in UTF-8, or null (see above), with what `plan` says is read. */
export function readXmlTree(xml: Uint8Array, plan: XmlPlan): XmlElement[] | null {
  const length = xml.length;
  const names = new TagNames(xml, plan);
  const root: ElementBeingRead = { name: '', attributes: NO_ATTRIBUTES, children: [] };
  // The open elements, outermost first, as parallel stacks: what is kept of each (null inside an
  // opaque one, which is not kept), whether its text is read, whether its children are kept
  // opaque, and where its name is (to match its end tag).
  const kept: (ElementBeingRead | null)[] = [root];
  const readsText: boolean[] = [false];
  const shallow: boolean[] = [false];
  const nameStarts: number[] = [0];
  const nameEnds: number[] = [0];
  let depth = 0;
  let at = 0;
  while (at < length) {
    const lt = indexOfByte(xml, LT, at);
    const textEnd = lt < 0 ? length : lt;
    const parent = kept[depth]!;
    if (textEnd > at && readsText[depth]) {
      const text = decodeEntities(utf8Slice(xml, at, textEnd));
      if (text === null) return null;
      parent!.children.push(text);
    }
    if (lt < 0) break;
    const next = xml[lt + 1];
    if (next === 33 /* ! */) {
      if (xml[lt + 2] !== HYPHEN || xml[lt + 3] !== HYPHEN) return null; // CDATA, DOCTYPE
      const end = commentEnd(xml, lt + 4);
      if (end < 0) return null;
      at = end + 3;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = indexOfByte(xml, GT, lt + 2);
      if (end < 0 || xml[end - 1] !== 63) return null;
      at = end + 1;
      continue;
    }
    const closing = next === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    let hash = 0;
    let ascii = true;
    if (closing || parent === null) {
      // An end tag's name is only matched against its start tag's, and a name inside markup that is not kept is never looked up: no hash.
      while (nameEnd < length && (BYTE_KINDS[xml[nameEnd]!]! & ENDS_TAG_NAME) === 0) nameEnd++;
    } else {
      for (; nameEnd < length; nameEnd++) {
        const code = xml[nameEnd]!;
        if ((BYTE_KINDS[code]! & ENDS_TAG_NAME) !== 0) break;
        if (code >= 0x80) ascii = false;
        hash = (Math.imul(hash, 31) + code) | 0;
      }
    }
    if (nameEnd === nameStart) return null;
    const gt = tagEnd(xml, nameEnd);
    if (gt < 0) return null;
    at = gt + 1;
    if (closing) {
      if (depth === 0 || nameEnd !== gt || !sameName(xml, nameStarts[depth]!, nameEnds[depth]!, nameStart, nameEnd)) return null;
      depth--;
      continue;
    }
    const selfClosing = xml[gt - 1] === SLASH;
    let element: ElementBeingRead | null = null;
    let name: TagName | null = null;
    if (parent !== null) {
      name = names.at(nameStart, nameEnd, hash, ascii);
      let attributes = NO_ATTRIBUTES;
      if (name.readsAttributes) {
        const parsed = parseAttributes(utf8Slice(xml, nameEnd, selfClosing ? gt - 1 : gt));
        if (parsed === null) return null;
        attributes = parsed;
      }
      if (selfClosing || name.opaque || shallow[depth]) parent.children.push({ name: name.local, attributes, children: NO_CHILDREN });
      else parent.children.push((element = { name: name.local, attributes, children: [] }));
    }
    if (!selfClosing) {
      depth++;
      kept[depth] = element;
      readsText[depth] = element !== null && name!.readsText;
      shallow[depth] = element !== null && name!.shallow;
      nameStarts[depth] = nameStart;
      nameEnds[depth] = nameEnd;
    }
  }
  return depth === 0 ? root.children.filter((node): node is XmlElement => typeof node !== 'string') : null;
}

/** The index of the `-->` that ends a comment, searched from `from`; -1 when there is none. */
function commentEnd(xml: Uint8Array, from: number): number {
  for (let at = indexOfByte(xml, HYPHEN, from); at >= 0; at = indexOfByte(xml, HYPHEN, at + 1)) {
    if (xml[at + 1] === HYPHEN && xml[at + 2] === GT) return at;
  }
  return -1;
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
