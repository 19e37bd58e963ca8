/**
 * A printed page's number as an office suite prints it at the page's foot or head, which a PDF's text
 * layer (and text taken from a PDF) keeps among a form's rows: Calc's `Page 1`, Word's and WPS's
 * `第 1 页`, `第1页，共2页`, `第 1 页 共 3 页`, the official style's `- 2 -` and `—3—`, `1/2`. Told from its
 * text alone (the whole text: a figure in a sentence is none), for the readers and the recognizer alike.
 */

/** Page numbers, each with the page and, where printed, the count of pages. */
const PAGE_NUMBERS = [
  /^page\s*(\d{1,4})(?:\s*(?:of|\/)\s*(\d{1,4}))?$/iu,
  /^第\s*(\d{1,4})\s*页(?:\s*[,，/／]?\s*共\s*(\d{1,4})\s*页)?$/u,
  /^[-－—–―]+\s*(\d{1,4})\s*[-－—–―]+$/u,
  /^(\d{1,4})\s*\/\s*(\d{1,4})$/u,
];

/** Whether the text is a page number: `第1页，共2页`, `- 2 -`, `1/2` (a page within its count). */
export function isPageNumber(text: string): boolean {
  const trimmed = text.trim();
  for (const pattern of PAGE_NUMBERS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const page = Number(match[1]);
    return page >= 1 && (match[2] === undefined || page <= Number(match[2]));
  }
  return false;
}
