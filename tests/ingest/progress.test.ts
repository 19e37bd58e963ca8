import { describe, expect, it } from 'vitest';
import { failedDocument } from '../../src/ingest/ingestDocument';
import { progressLine, summaryTable } from '../../src/ingest/progress';
import { ingestCorpusFile } from './corpus';

describe('progressLine', () => {
  it('names the file, its status, layout and counts', async () => {
    const doc = await ingestCorpusFile('004_77a491ca9b0fee99.txt');
    expect(progressLine(doc, 41.6)).toBe(
      `004_77a491ca9b0fee99.txt  ok  cell-per-line  forms 11  target tables 0  indicators ${doc.indicators}  unparsed 0  warnings ${doc.warnings}  42 ms`,
    );
    expect(doc.warnings).toBe(3); // budget_cell_missing on three forms
  });
  it('gives a failed file its message', () => {
    expect(progressLine(failedDocument('junk.txt', 'not a text document (contains NUL bytes)'), 1)).toBe(
      'junk.txt  FAILED  junk.txt: not a text document (contains NUL bytes)',
    );
  });
});

describe('summaryTable', () => {
  it('has a row per file and a total row, columns aligned', async () => {
    const docs = [await ingestCorpusFile('000_82397be2bbd94de5.txt'), await ingestCorpusFile('001_099530ba672a4441.txt'), failedDocument('empty.txt', 'empty file')];
    const lines = summaryTable(docs).split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^file +status +layout +forms +target tables +list entries +indicators +unparsed +warnings$/);
    expect(lines[2]).toMatch(/^000_82397be2bbd94de5\.txt +ok +cell-per-line +10 +0 +11 +81 +0 +0$/);
    expect(lines[4]).toMatch(/^empty\.txt +failed +- +0 +0 +0 +0 +0 +0$/);
    expect(lines[6]).toMatch(/^total +2\/3 read +10 +10 +21 +81 +2 +0$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});
