import { Converter } from 'opencc-js/t2cn';
import { simplifiedChars } from '../normalize/simplifiedChars';

/** Characters of the form vocabulary that only traditional text uses: enough of them means the document is traditional. */
const TRADITIONAL_MARKS = '項預實績數執總額據評級標單計費資劃務應門體關與經歲會';
const MIN_TRADITIONAL_MARKS = 5;

/** The marks as a table by UTF-16 code unit (all are in the BMP): a document's text is scanned character by character. */
const IS_MARK = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_MARKS.length; i++) IS_MARK[TRADITIONAL_MARKS.charCodeAt(i)] = 1;

/** Whether the text holds at least MIN_TRADITIONAL_MARKS of the marks (the scan stops at the last one needed). */
function hasTraditionalMarks(text: string): boolean {
  let found = 0;
  for (let i = 0; i < text.length; i++) if (IS_MARK[text.charCodeAt(i)] === 1 && ++found >= MIN_TRADITIONAL_MARKS) return true;
  return false;
}

let toSimplified: ((text: string) => string) | null = null;

/**
 * A function giving the simplified-character form of a cell's text for label matching: OpenCC's
 * Traditional → Simplified conversion with its phrases (`批覆` → `批复`) when the document is in
 * traditional characters; else each traditional character replaced by its simplified one
 * (`simplifiedChars`, what the label key and the normalizers read), so that a short document with only
 * a few traditional labels (`項目名稱` run together with its value) is read too, and simplified text
 * stays as it is. Only matching uses it: records keep the text as printed.
 */
export function simplifiedFor(documentText: string): (text: string) => string {
  if (!hasTraditionalMarks(documentText.slice(0, 200_000))) return simplifiedChars;
  toSimplified ??= Converter({ from: 'hk', to: 'cn' });
  return toSimplified;
}
