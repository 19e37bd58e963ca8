import { Converter } from 'opencc-js/t2cn';

/** Characters of the form vocabulary that only traditional text uses: enough of them means the document is traditional. */
const TRADITIONAL_MARKS = /[項預實績數執總額據評級標單計費資劃務應門體關與經歲會]/gu;
const MIN_TRADITIONAL_MARKS = 5;

let toSimplified: ((text: string) => string) | null = null;

/**
 * A function giving the simplified-character form of a cell's text for label matching (OpenCC's
 * Traditional → Simplified data), or the identity when the document is not in traditional
 * characters. Only label keys use it: records keep the text as printed.
 */
export function simplifiedFor(documentText: string): (text: string) => string {
  const marks = documentText.slice(0, 200_000).match(TRADITIONAL_MARKS)?.length ?? 0;
  if (marks < MIN_TRADITIONAL_MARKS) return (text) => text;
  toSimplified ??= Converter({ from: 'hk', to: 'cn' });
  return toSimplified;
}
