import { textGrid } from '../read/text/readText';
import type { ParsedDocument } from './forms';
import { recognize } from './recognize';

/**
 * A text document's forms, target tables, lists and unplaced lines: its grid as the text reader
 * sees it, read by the form recognizer. Pure: no Node or DOM APIs.
 */
export function parseDocument(text: string, sourceFile: string): ParsedDocument {
  return recognize(textGrid(text), sourceFile);
}
