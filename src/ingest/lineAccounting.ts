import type { UnparsedLineRow } from '../contract/tables';
import type { ParsedDocument } from '../parse/forms';
import type { RefOf } from './sourceRefs';
import { isBlankText, splitSourceLines } from '../read/text/sourceLines';

/** Reason given to a non-blank line the parser neither consumed nor reported. */
export const NOT_PLACED = 'not placed by the parser';

export interface LineAccount {
  /** Lines in the source (a final line break does not start another line). */
  readonly lines: number;
  /** Non-blank lines consumed into a record or recognised as structure. */
  readonly consumed: number;
  /** Every non-blank line not consumed, with its reason: the parser's, else NOT_PLACED. */
  readonly unparsed: UnparsedLineRow[];
}

/**
 * Nothing is lost: every non-blank line of the source ends up either consumed
 * or in unparsed_lines. A line the parser reports as unparsed counts as
 * unparsed even if it is also in `consumed`; a line it forgot is listed with
 * the reason NOT_PLACED.
 */
export function accountLines(text: string, sourceFile: string, parsed: Pick<ParsedDocument, 'consumed' | 'unparsed'>, refOf: RefOf): LineAccount {
  const lines = splitSourceLines(text);
  const reasons = new Map<number, string>();
  for (const u of parsed.unparsed) if (!reasons.has(u.line)) reasons.set(u.line, u.reason);
  const consumed = new Set(parsed.consumed);
  const unparsed: UnparsedLineRow[] = [];
  let consumedCount = 0;
  for (const { line, text: lineText } of lines) {
    if (isBlankText(lineText)) continue;
    const reason = reasons.get(line);
    if (reason === undefined && consumed.has(line)) {
      consumedCount++;
    } else {
      unparsed.push({ source_file: sourceFile, line, text: lineText, reason: reason ?? NOT_PLACED, source_ref: refOf({ text: lineText.trim(), line }) });
    }
  }
  return { lines: lines.length, consumed: consumedCount, unparsed };
}
