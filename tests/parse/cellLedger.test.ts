import { describe, expect, it } from 'vitest';
import { CellLedger } from '../../src/parse/cellLedger';
import { cellMaker, type Row, type RowCell } from '../../src/parse/row';
import { splitSourceLines } from '../../src/read/text/sourceLines';

/** A four-line text: two cells on line 1, one on line 2, nothing made from line 3 (blank) or line 4. */
const lines = splitSourceLines('项目名称 | 华侨事务补助\n全年执行数\n   \n注：本表由系统导出');
function cells(): { made: RowCell[]; first: Row; second: Row } {
  const made: RowCell[] = [];
  const make = cellMaker((text) => text, made);
  const at = (text: string, line: number, col: number) => make({ text, col, span: 1, line, lines: [line] });
  const first: Row = { cells: [at('项目名称', 1, 0), at('华侨事务补助', 1, 1)], line: 1, table: null, flow: false };
  const second: Row = { cells: [at('全年执行数', 2, 0)], line: 2, table: null, flow: false };
  return { made, first, second };
}
const text = (line: { text: string }) => line.text;

describe('CellLedger', () => {
  it('accounts every non-blank line once: consumed, rejected with its reason, or unreached (a line no cell came from too)', () => {
    const { made, first, second } = cells();
    const ledger = new CellLedger();
    ledger.consumeRow(first);
    ledger.rejectRow(second, 'a funds label with no figures');
    expect(ledger.close(made, lines, text, 'unreached')).toEqual({
      consumed: [1],
      unparsed: [
        { line: 2, text: '全年执行数', reason: 'a funds label with no figures' },
        { line: 4, text: '注：本表由系统导出', reason: 'unreached' },
      ],
    });
  });

  it('lets a rejection outweigh a consumption, and reports a line when one of its cells was not read', () => {
    const { made, first, second } = cells();
    const ledger = new CellLedger();
    ledger.consume([first.cells[0]!]);
    ledger.reject(first.cells, 'garbled copy of the row above');
    ledger.consumeRow(second);
    const { consumed, unparsed } = ledger.close(made, lines, text, 'unreached');
    expect(consumed).toEqual([2]);
    expect(unparsed.map((entry) => [entry.line, entry.reason])).toEqual([[1, 'garbled copy of the row above'], [4, 'unreached']]);
  });
});
