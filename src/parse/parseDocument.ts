import { parseCellPerLine } from './cells/parseCellPerLine';
import { detectLayout } from './detectLayout';
import type { ParsedDocument } from './forms';
import { collectHeadings, fillYearsFromHeadings } from './headings';
import { parseRowPerLine } from './rows/parseRowPerLine';
import { splitSourceLines } from '../read/text/sourceLines';

/**
 * The parser's entry point: one document's text → its forms, target tables, lists and the lines
 * it could not place. Detects the layout by structure and hands the lines to that layout's parser.
 * Pure: no Node or DOM APIs, so it runs in the CLI and in a browser worker alike.
 */
export function parseDocument(text: string, sourceFile: string): ParsedDocument {
  const lines = splitSourceLines(text);
  const layout = detectLayout(lines);
  const result = layout === 'row-per-line' ? parseRowPerLine(lines) : parseCellPerLine(lines);
  const headings = collectHeadings(lines, result);
  fillYearsFromHeadings(result, headings);
  return { ...result, sourceFile, layout, headings };
}
