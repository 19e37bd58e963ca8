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

  // Without column lines an indicator's cells are numbered within their own row (its wrapped cells are joined, but a cell
  // merged down from the row above leaves no blank where it was): a row whose weight and score stand left of the header's
  // lost that many cells on its left, and is read moved right by as many (its name once read blank, the form partial).
  it('reads every indicator’s name, its row’s lost leading cells given back', () => {
    const form = doc.rows.evaluations[0]!;
    expect(form.warnings).not.toContain('name_missing');
    expect(doc.rows.indicators.map((row) => [row.name, row.target_raw, row.actual_raw, row.weight, row.score])).toEqual([
      ['维修养护供水工程', '≥45处', '48处', 10, 10],
      ['更换老旧管网长度', '≥12公里', '12.6公里', 10, 10],
      ['工程验收合格率', '100%', '100%', 10, 10],
      ['维修任务完成时限', '2024年11月底前', '2024年11月25日', 10, 10],
      ['单处工程平均维修成本', '≤6.2万元', '5.84万元', 10, 10],
      ['受益农村人口', '≥5.6万人', '5.82万人', 10, 10],
      ['农村自来水普及率', '≥92%', '91.5%', 10, 8],
      ['工程运行管护机制', '长效运行', '已建立县乡村三级管护机制', 10, 10],
      ['受益群众满意度', '≥90%', '93.6%', 10, 10],
    ]);
  });
});

describe('a form in a borderless table whose narrow columns wrap its labels and values (wrapped.html by LibreOffice)', async () => {
  const doc = await ingestDocument(bytes('wrapped.pdf'), 'wrapped.pdf');

  // Each wrapped cell's lines are one cell again (项目名称's value over seven lines, 年度资金总额 over two), and a label
  // centred beside a taller cell, or merged down over several rows (项目资金（万元）, 产出指标), sits in a row of the table.
  it('reads the head, the funds row and the total the form prints', () => {
    expect(doc.rows.evaluations).toHaveLength(1);
    const form = doc.rows.evaluations[0]!;
    expect([form.project, form.department, form.year]).toEqual(['2024年度青禾县农村饮水安全巩固提升工程维修养护及水质检测能力建设项目', '青禾县水利局', 2024]);
    expect([form.budget_initial, form.budget_full_year, form.executed, form.execution_rate_reported, form.execution_score, form.total_score]).toEqual([280, 300, 280.17, 0.9339, 9.34, 99.34]);
    expect([form.quality, form.quality_reasons]).toEqual(['clean', []]);
  });

  it('reads its four indicators cell for cell', () => {
    expect(doc.rows.indicators.map((i) => [i.level1, i.level2, i.name, i.target_raw, i.actual_raw, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '维修养护供水工程', '≥45处', '48处', 50, 50],
      ['产出指标', '质量指标', '工程验收合格率', '100%', '100%', 20, 20],
      ['效益指标', '社会效益指标', '受益农村人口', '≥5.6万人', '5.82万人', 10, 10],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '93.6%', 10, 10],
    ]);
  });
});
