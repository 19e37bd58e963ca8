/**
 * The same form as a web page, Word (.docx, .doc, Word 2003 XML and the flat XML package), Excel (.xlsx and .xls), PDF (LibreOffice's and Chromium's), Word-table text and CSV
 * (tests/fixtures/formats/) gives the same contract rows: only where each came from differs
 * (file, lines, format addresses).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EvaluationRow, IndicatorRecord } from '../../src/contract/tables';
import { ingestDocument } from '../../src/ingest/ingestDocument';

const FORMATS = ['form.html', 'form.docx', 'form.doc', 'form.xml.doc', 'form.flat.xml', 'form.xlsx', 'form.xls', 'form.pdf', 'form.chrome.pdf', 'form.txt', 'form.csv'];

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));

/** A record without the columns that say where it came from. */
function content<T extends EvaluationRow | IndicatorRecord>(row: T): Partial<T> {
  const { eval_id: _id, line: _line, source_ref: _ref, ...rest } = row as T & { line?: unknown };
  const { source_file: _file, line_start: _start, line_end: _end, ...values } = rest as Record<string, unknown>;
  return values as Partial<T>;
}

describe('one form in nine formats (two PDFs, two Word XML shapes)', async () => {
  const docs = await Promise.all(FORMATS.map(async (name) => ({ name, doc: await ingestDocument(bytes(name), name) })));
  const [first] = docs;

  it('reads one self-evaluation from each, with the figures the form prints', () => {
    for (const { name, doc } of docs) {
      expect(doc.rows.evaluations, name).toHaveLength(1);
      const form = doc.rows.evaluations[0]!;
      expect([form.budget_initial, form.budget_full_year, form.executed, form.execution_rate_reported, form.execution_score, form.total_score], name).toEqual([280, 300, 280.17, 0.9339, 9.34, 97.34]);
    }
  });

  it.each(docs.slice(1).map(({ name, doc }) => [name, doc] as const))('%s gives the same records as the web page', (_name, doc) => {
    expect(content(doc.rows.evaluations[0]!)).toEqual(content(first!.doc.rows.evaluations[0]!));
    expect(doc.rows.indicators.map(content)).toEqual(first!.doc.rows.indicators.map(content));
  });

  it('says in the report which format each was and how it was read', () => {
    expect(docs.map(({ doc }) => `${doc.report.format}/${doc.report.layout}`)).toEqual([
      'html/html-tables',
      'docx/word-tables',
      'doc/word-tables',
      'wordxml/word-tables',
      'wordxml/word-tables',
      'xlsx/sheets',
      'xls/sheets',
      'pdf/pdf-text',
      'pdf/pdf-text',
      'txt/cell-per-line',
      'csv/sheets',
    ]);
  });
});

describe('the form printed to PDF with its borders hidden (no ruling lines: cells told by gaps)', async () => {
  const doc = await ingestDocument(bytes('form.unruled.pdf'), 'form.unruled.pdf');

  it('reads the head and the funds row the form prints, its header spread over three lines', () => {
    const form = doc.rows.evaluations[0]!;
    expect([form.project, form.department, form.implementing_unit, form.year]).toEqual(['农村饮水安全工程维修养护项目', '青禾县水利局', '青禾县农村供水管理站', 2024]);
    expect([form.budget_initial, form.budget_full_year, form.executed, form.execution_rate_reported, form.execution_score, form.total_score]).toEqual([280, 300, 280.17, 0.9339, 9.34, 97.34]);
  });

  // Without column lines an indicator's cells are numbered within their own text line and wrapped cells fall on lines of
  // their own: the indicator table is not read cell for cell, and its rows say so in their warnings.
  it('marks what it could not place in the indicator table, and the form as incomplete', () => {
    const form = doc.rows.evaluations[0]!;
    expect(form.warnings).toContain('name_missing');
    expect([form.quality, form.quality_reasons]).toEqual(['partial', ['name_missing']]);
  });
});
