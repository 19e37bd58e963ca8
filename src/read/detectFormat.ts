import { compoundFileNames, isCompoundFile } from './compoundFile';
import type { SourceFormat } from './grid';
import { isMhtml } from './mhtml';
import { archiveError, corruptError, emptyFileError, encryptedError, imageError, unknownFormatError, unsupportedFormatError } from './readErrors';
import { zipEntries } from './unzip';
import { latin1 } from './latin1';

export type DetectedFormat = { readonly ok: true; readonly format: SourceFormat } | { readonly ok: false; readonly error: string };

/** How far into a file `%PDF-` may start, and how much of a file is looked at for HTML. */
const PDF_HEADER_WINDOW = 1024;
const HTML_SNIFF_BYTES = 4096;

const IMAGES: [string, readonly number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
];
const ARCHIVES: [string, readonly number[]][] = [
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['gzip', [0x1f, 0x8b]],
];

/**
 * What a file is, told by its content first: a ZIP is a .docx or an .xlsx by its entries
 * (`word/` or `xl/`), an OLE compound file an .xls, a .doc or an encrypted Office file by its
 * streams; `%PDF-` a PDF; Excel's 2003 XML a workbook, Word's XML (2003, or a flat package) a Word document; a web archive (.mht) or text that
 * starts like a web page (or has a `<table` early) HTML.
 * Only then the name: `.csv` is a CSV; anything else is given to the text reader. Files no
 * reader can read (images, archives, OpenDocument, encrypted) get their message here.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  if (bytes.length === 0) return { ok: false, error: emptyFileError() };
  const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipFormat(bytes, extension);
  if (isCompoundFile(bytes)) return compoundFormat(bytes);
  if (hasPdfHeader(bytes)) return { ok: true, format: 'pdf' };
  for (const [kind, magic] of IMAGES) if (startsWith(bytes, magic)) return { ok: false, error: imageError(kind) };
  for (const [kind, magic] of ARCHIVES) if (startsWith(bytes, magic)) return { ok: false, error: archiveError(kind) };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { ok: false, error: unsupportedFormatError('RTF') };
  let head: string | undefined;
  const latin1Head = () => (head ??= latin1(bytes.subarray(0, HTML_SNIFF_BYTES)));
  const xml = officeXml(bytes, latin1Head);
  if (xml === 'word') return { ok: true, format: 'wordxml' };
  if (xml === 'sheet') return { ok: true, format: 'xls' };
  if (xml === 'package') return { ok: false, error: unsupportedFormatError('Office XML package (not a Word document)') };
  if (isMhtml(bytes) || looksLikeHtml(bytes, latin1Head)) return { ok: true, format: 'html' };
  if (extension === 'csv') return { ok: true, format: 'csv' };
  return { ok: true, format: 'txt' };
}

function zipFormat(bytes: Uint8Array, extension: string): DetectedFormat {
  const names = zipEntries(bytes)?.map((entry) => entry.name);
  if (names === undefined) {
    const kind = extension === 'docx' ? 'Word (.docx)' : extension === 'xlsx' ? 'Excel (.xlsx)' : 'ZIP';
    return { ok: false, error: corruptError(kind, 'no zip directory / ZIP 目录缺失，文件可能被截断') };
  }
  if (names.includes('word/document.xml')) return { ok: true, format: 'docx' };
  if (names.some((name) => name.startsWith('xl/'))) return { ok: true, format: 'xlsx' };
  if (names.includes('content.xml') && names.includes('mimetype')) return { ok: false, error: unsupportedFormatError('OpenDocument (.odt/.ods)') };
  if (names.some((name) => name.startsWith('ppt/'))) return { ok: false, error: unsupportedFormatError('PowerPoint (.pptx)') };
  return { ok: false, error: archiveError('ZIP') };
}

function compoundFormat(bytes: Uint8Array): DetectedFormat {
  const names = compoundFileNames(bytes);
  if (names === null) return { ok: false, error: corruptError('Office (OLE)', 'broken compound file directory / 复合文档目录损坏') };
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return { ok: false, error: encryptedError() };
  if (names.includes('WordDocument')) return { ok: true, format: 'doc' };
  if (names.includes('Workbook') || names.includes('Book')) return { ok: true, format: 'xls' };
  return { ok: false, error: unknownFormatError(`OLE compound file holding neither a Word document nor a workbook: ${names.slice(1, 6).join(', ')}`) };
}

/**
 * Office XML in one file, whatever its name: a SpreadsheetML 2003 workbook (SheetJS reads it as Excel), a Word document as
 * Word 2003 XML (`w:wordDocument`) or as a flat package holding `/word/document.xml` (`pkg:package`, Word 2007's XML),
 * or another flat package. `latin1Head` gives the file's first bytes as Latin-1 text, decoded once for this test and the next.
 */
function officeXml(bytes: Uint8Array, latin1Head: () => string): 'sheet' | 'word' | 'package' | null {
  // Decoding is the costly part: only a file whose first mark (after a BOM and blanks) is `<` can start with `<?xml`.
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < HTML_SNIFF_BYTES && (bytes[at] === 0x20 || bytes[at] === 0xa0 || (bytes[at]! >= 0x09 && bytes[at]! <= 0x0d))) at++;
  if (bytes[at] !== 0x3c) return null;
  const head = latin1Head();
  if (!/^(?:\u00ef\u00bb\u00bf)?\s*<\?xml/.test(head)) return null;
  if (/<Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return 'sheet';
  if (/<w:wordDocument\b/.test(head)) return 'word';
  if (/<pkg:package\b/.test(head)) return indexOfBytes(bytes, WORD_DOCUMENT_PART) >= 0 ? 'word' : 'package';
  return null;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes.subarray(0, PDF_HEADER_WINDOW), PDF_MARK) >= 0;
}

const PDF_MARK = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** A flat package's Word document part: `pkg:name="/word/document.xml"`. */
const WORD_DOCUMENT_PART = [...'pkg:name="/word/document.xml"'].map((ch) => ch.charCodeAt(0));

function indexOfBytes(bytes: Uint8Array, mark: readonly number[]): number {
  for (let at = bytes.indexOf(mark[0]!); at >= 0 && at + mark.length <= bytes.length; at = bytes.indexOf(mark[0]!, at + 1)) {
    if (mark.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}

const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/** Starts like a web page (after a byte-order mark, blanks, comments and an XML declaration), or has a `<table` in its first bytes. */
function looksLikeHtml(bytes: Uint8Array, latin1Head: () => string): boolean {
  const head = bytes.subarray(0, HTML_SNIFF_BYTES);
  // Every test below needs a `<`, a 0x3C byte in any of these encodings: without one, no decoding.
  if (!head.includes(0x3c)) return false;
  const text = (bytes[0] === 0xff && bytes[1] === 0xfe ? UTF16LE.decode(head) : bytes[0] === 0xfe && bytes[1] === 0xff ? UTF16BE.decode(head) : latin1Head()).replace(/^(?:\u00ef\u00bb\u00bf|\ufeff)/, '').toLowerCase();
  const start = text.replace(/^(?:\s+|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return start.startsWith('<!doctype html') || start.startsWith('<html') || text.includes('<table');
}
