/**
 * Text clean-up shared by every normalizer: full-width ASCII to half-width,
 * whitespace trimmed and collapsed, and the marks forms print for "no value".
 */

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, the ideographic space to a space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}（）()“”"、])\\s+(?=[${CJK}（）()“”"、])`, 'g');

/**
 * A name as it should be compared and shown: trimmed, line breaks and runs of
 * whitespace collapsed to one space, and no space at all between two Chinese
 * characters (Word and OCR split names inside words: `上海市普陀区人民政府办 公室`).
 */
export function collapseName(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim()
    .replace(SPACE_BETWEEN_CJK, '');
}

/** Every whitespace character removed (labels split over lines: `产\n出\n指\n标`). */
export function stripSpaces(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Marks a form prints in a cell that has no value: `-`, `—`, `——`, `/`, `……`, or nothing at all. */
export function isMissingMark(text: string | null | undefined): boolean {
  if (text == null) return true;
  const t = stripSpaces(text);
  return t === '' || /^[-－—–_/／\\…·.]+$/.test(t);
}
