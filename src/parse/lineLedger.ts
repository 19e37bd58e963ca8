import type { UnparsedLine } from './forms';
import type { SourceLine } from '../read/text/sourceLines';
import { isBlankText } from '../read/text/sourceLines';

/**
 * Accounts for every non-blank line of a document exactly once: consumed into a record
 * (or recognised as structure), or unparsed with a reason. The first verdict on a line stands;
 * lines no parser reached are reported as unparsed when the ledger is closed.
 */
export class LineLedger {
  private readonly text = new Map<number, string>();
  private readonly verdicts = new Map<number, string | null>(); // null = consumed, string = unparsed reason

  constructor(lines: readonly SourceLine[]) {
    for (const { line, text } of lines) if (!isBlankText(text)) this.text.set(line, text);
  }

  consume(lines: Iterable<number>): void {
    for (const line of lines) if (this.text.has(line) && !this.verdicts.has(line)) this.verdicts.set(line, null);
  }

  reject(lines: Iterable<number>, reason: string): void {
    for (const line of lines) if (this.text.has(line) && !this.verdicts.has(line)) this.verdicts.set(line, reason);
  }

  /** Consumed line numbers and unparsed lines, both in line order; unreached lines count as unparsed. */
  close(unreachedReason: string): { consumed: number[]; unparsed: UnparsedLine[] } {
    const consumed: number[] = [];
    const unparsed: UnparsedLine[] = [];
    for (const [line, text] of [...this.text.entries()].sort((a, b) => a[0] - b[0])) {
      const verdict = this.verdicts.get(line);
      if (verdict === null) consumed.push(line);
      else unparsed.push({ line, text: text.trim(), reason: verdict ?? unreachedReason });
    }
    return { consumed, unparsed };
  }
}
