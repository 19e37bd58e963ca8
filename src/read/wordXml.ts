import { attr, documentTree, findChild, wordBodyGrid } from './docx';
import type { ReadResult } from './grid';
import { corruptError } from './readErrors';
import { declaredXmlEncoding, isUtf8Declared } from './xmlDeclaration';
import type { XmlElement, XmlNode } from './xmlTree';

const KIND = 'Word XML (.xml/.doc)';

/** The part of a flat package that holds the document's body. */
const DOCUMENT_PART = '/word/document.xml';

/**
 * Word's XML documents, one file of plain XML: what budget systems export a form as (saved as `.doc`,
 * so that Word opens it) and what Word saves as "XML document". Two shapes:
 * - Word 2003 XML (`w:wordDocument`, WordprocessingML 2003): `w:body` holds the paragraphs and tables,
 *   often inside `wx:sect` / `wx:sub-section`; vertical merges are `w:vmerge`.
 * - a flat package (`pkg:package`, Word 2007 and later): the parts of a .docx inline, `word/document.xml`
 *   as the `pkg:xmlData` of the part named `/word/document.xml`.
 * Both read as a .docx's body does (`wordBodyGrid`): the same tables, cells, merges and refs.
 */
export function readWordXml(bytes: Uint8Array): ReadResult {
  const top = documentTree(asUtf8(bytes));
  const body = bodyOf(top);
  if (body === undefined) return { ok: false, error: corruptError(KIND, `no document body (w:body) / 未找到正文`) };
  return { ok: true, grid: wordBodyGrid(body, 'wordxml') };
}

function bodyOf(top: readonly XmlNode[]): XmlElement | undefined {
  const wordDocument = findChild(top, 'wordDocument');
  if (wordDocument !== undefined) return findChild(wordDocument.children, 'body');
  const parts = findChild(top, 'package')?.children ?? [];
  for (const part of parts) {
    if (typeof part === 'string' || part.name !== 'part' || attr(part, 'name') !== DOCUMENT_PART) continue;
    const document = findChild(findChild(part.children, 'xmlData')?.children ?? [], 'document');
    return findChild(document?.children ?? [], 'body');
  }
  return undefined;
}

/**
 * The document as UTF-8 bytes (what the XML tree reader reads): UTF-8 as it is; in another encoding its
 * declaration names (a Chinese system may write GB2312), decoded and written as UTF-8 (the declaration is not
 * read again). An encoding the platform does not know is read as UTF-8.
 */
function asUtf8(bytes: Uint8Array): Uint8Array {
  const declared = declaredXmlEncoding(bytes);
  if (declared === null || isUtf8Declared(declared)) return bytes;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    return bytes;
  }
  return new TextEncoder().encode(decoder.decode(bytes));
}
