/** One line of a text document, 1-based, text without the line break. */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
}

/** Splits a document into 1-based source lines; accepts \n, \r\n and lone \r line breaks and drops a leading BOM. */
export function splitSourceLines(text: string): SourceLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body === '') return [];
  const parts = body.split(/\r\n|\r|\n/);
  // A final line break does not start another line.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((lineText, index) => ({ line: index + 1, text: lineText }));
}

/** A line with nothing but whitespace (tabs, spaces, full-width spaces) carries no content to account for. */
export function isBlankText(text: string): boolean {
  return text.trim() === '';
}
