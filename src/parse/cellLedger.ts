import type { UnparsedLine } from './forms';
import { isBlankText, type SourceLine } from '../read/text/sourceLines';
import type { Row, RowCell } from './row';

/**
 * Accounts for every non-blank cell of a document exactly once: consumed into a record (or
 * recognised as structure: a label, a heading, a narrative block), or rejected with a reason.
 * The first rejection of a cell stands, and outweighs its being consumed (a cell cut into pieces is
 * reported when one piece was not read); cells no reader reached are rejected when the ledger is
 * closed. Lines follow their cells: a line is consumed when every cell on it was, else it is
 * unparsed with the reason of its first cell that was not; a line with text that no cell came from
 * is unparsed too. The one account of a document's lines, for every format: a text file's lines are
 * its own, another format's are the lines of its rendered text.
 */
export class CellLedger {
  /** By cell id (ids count up from 0): null = consumed, a string = rejected with that reason, undefined = no verdict yet. */
  private readonly verdicts: (string | null | undefined)[] = [];

  consume(cells: Iterable<RowCell>): void {
    for (const cell of cells) for (const id of cell.ids) if (this.verdicts[id] === undefined) setAt(this.verdicts, id, null);
  }

  reject(cells: Iterable<RowCell>, reason: string): void {
    // A rejection outweighs a consumption: a cell of which any piece was not read is reported.
    for (const cell of cells) if (cell.text !== '') for (const id of cell.ids) if (!this.verdicts[id]) setAt(this.verdicts, id, reason);
  }

  consumeRow(row: Row): void {
    this.consume(row.cells);
  }

  rejectRow(row: Row, reason: string): void {
    this.reject(row.cells, reason);
  }

  consumeRows(rows: Iterable<Row>): void {
    for (const row of rows) this.consume(row.cells);
  }

  /**
   * Every non-blank line of the document, consumed or unparsed, both in line order: a line is
   * consumed when every cell on it was; else it is unparsed with the reason of its first cell that
   * was not, or `unreachedReason` when no verdict (or no cell at all) covers it. `cells` are all the
   * cells made for the document; `lineText` gives a line's text for the report.
   */
  close(cells: Iterable<RowCell>, lines: readonly SourceLine[], lineText: (line: SourceLine) => string, unreachedReason: string): { consumed: number[]; unparsed: UnparsedLine[] } {
    /** By line number: null = consumed, a string = unparsed for that reason, undefined = no cell on it. */
    const reasons: (string | null | undefined)[] = [];
    for (const cell of cells) {
      if (cell.text === '') continue;
      const verdict = this.verdicts[cell.ids[0]!];
      const reason = verdict === undefined ? unreachedReason : verdict;
      for (const line of cell.lines) {
        const known = reasons[line];
        if (known === undefined || (known === null && reason !== null)) setAt(reasons, line, reason);
      }
    }
    const consumed: number[] = [];
    const unparsed: UnparsedLine[] = [];
    for (const source of lines) {
      if (isBlankText(source.text) || ONLY_SEPARATORS.test(source.text)) continue;
      const reason = reasons[source.line];
      if (reason === null) consumed.push(source.line);
      else unparsed.push({ line: source.line, text: lineText(source), reason: reason ?? unreachedReason });
    }
    return { consumed, unparsed };
  }
}

/** A line of nothing but cell separators (`| | |`, an empty table row as a page prints it) holds no text to account for. */
const ONLY_SEPARATORS = /^[\s|]+$/u;

/**
 * Sets an array's element, first growing the array to it with undefined: an array written far past
 * its end (ids and lines come in any order) would turn into a slow dictionary.
 */
function setAt<T>(array: (T | undefined)[], index: number, value: T): void {
  while (array.length < index) array.push(undefined);
  array[index] = value;
}
