import type { UnparsedLine } from './forms';
import type { Row, RowCell } from './row';

/**
 * Accounts for every non-blank cell of a document exactly once: consumed into a record (or
 * recognised as structure: a label, a heading, a narrative block), or rejected with a reason.
 * The first rejection of a cell stands, and outweighs its being consumed (a cell cut into pieces is
 * reported when one piece was not read); cells no reader reached are rejected when the ledger is
 * closed. Lines follow their cells: a line is consumed when every cell on it was, else it is
 * unparsed with the reason of its first cell that was not. One ledger for every format: a text
 * file's lines are its own, another format's are the lines of its rendered text.
 */
export class CellLedger {
  private readonly verdicts = new Map<number, string | null>(); // by cell id: null = consumed, string = rejected with reason

  consume(cells: Iterable<RowCell>): void {
    for (const cell of cells) for (const id of cell.ids) if (!this.verdicts.has(id)) this.verdicts.set(id, null);
  }

  reject(cells: Iterable<RowCell>, reason: string): void {
    // A rejection outweighs a consumption: a cell of which any piece was not read is reported.
    for (const cell of cells) if (cell.text !== '') for (const id of cell.ids) if (!this.verdicts.get(id)) this.verdicts.set(id, reason);
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
   * Consumed line numbers and unparsed lines, both in line order. `cells` are all the cells made
   * for the document, by id; a cell without a verdict counts as rejected with `unreachedReason`. `lineText` gives a
   * line's text for the report.
   */
  close(cells: Iterable<RowCell>, lineText: (line: number) => string, unreachedReason: string): { consumed: number[]; unparsed: UnparsedLine[] } {
    const reasons = new Map<number, string | null>();
    for (const cell of cells) {
      if (cell.text === '') continue;
      const id = cell.ids[0]!;
      const verdict = this.verdicts.has(id) ? (this.verdicts.get(id) ?? null) : unreachedReason;
      for (const line of cell.lines) {
        const known = reasons.get(line);
        if (known === undefined || (known === null && verdict !== null)) reasons.set(line, verdict);
      }
    }
    const consumed: number[] = [];
    const unparsed: UnparsedLine[] = [];
    for (const [line, reason] of [...reasons.entries()].sort((a, b) => a[0] - b[0])) {
      if (reason === null) consumed.push(line);
      else unparsed.push({ line, text: lineText(line), reason });
    }
    return { consumed, unparsed };
  }
}
