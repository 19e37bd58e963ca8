import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/query/filters';
import { reportCharts } from '../../src/report/reportCharts';
import { loadReportData, type ReportData } from '../../src/report/reportData';
import { reportDocument } from '../../src/report/reportDocument';
import { reportQueries } from '../../src/report/reportQueries';
import type { ReviewNote } from '../../src/review/reviewNote';
import { writeNotesTable } from '../../src/review/reviewSql';
import { defaultSettings } from '../../src/rules/settings';
import { sliceLines } from '../../src/sources/sourceText';
import { HUAINAN_2024, contractDbSuite } from '../query/contractDb';
import { paragraphs, tables, zipEntries } from './zipEntries';

const FILTERS = { ...NO_FILTERS, years: [2024], regions: ['淮南市'] };
const TRAVEL = `${HUAINAN_2024}#10`;
/** A 1×1 PNG standing in for the charts (the browser test embeds the real ones). */
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const NOTE = '=SUM(A1) <b>调阅凭证</b> & 出国计划取消';

describe('review report (2024 + 淮南市, on the real tables)', () => {
  const db = contractDbSuite();
  let data: ReportData;
  let xml = '';
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    const [report] = await db.conn.rows<{ sha256: string }>('SELECT sha256 FROM ingest_report WHERE source_file = ?', [HUAINAN_2024]);
    const note: ReviewNote = {
      kind: 'finding', subjectId: `exec.low:${TRAVEL}`, sourceFile: HUAINAN_2024, sourceSha256: report!.sha256, subjectText: '', status: 'confirmed', reason: '', note: NOTE, updatedAt: '2025-01-01T00:00:00.000Z',
    };
    const formNote: ReviewNote = { ...note, kind: 'form', subjectId: TRAVEL, status: 'to_verify', note: '请部门补充出国计划调整的批复' };
    await writeNotesTable(db.conn, [note, formNote]);
    data = await loadReportData(db.conn, reportQueries(FILTERS, defaultSettings()));
    const appendix = data.citedForms.map((form) => ({
      form,
      lines: sliceLines(readFileSync(resolve(import.meta.dirname, '../../data/raw', form.source_file), 'utf8'), form.line_start!, form.line_end!),
      error: null,
    }));
    const charts = reportCharts(data).map((chart) => ({ chart, png: PIXEL }));
    const doc = reportDocument({ data, settings: defaultSettings(), filterSummary: '年度: 2024 · 地区: 淮南市', charts, appendix, generatedAt: new Date(2025, 0, 2) });
    files = zipEntries(await Packer.toBuffer(doc));
    xml = files.get('word/document.xml')!.toString('utf8');
  });

  it('computes the scope and the overall results in SQL', () => {
    expect(data.totals).toMatchObject({ projects: 10, departments: 1, years: '2024', regions: '淮南市', budget_full_year: 1102.71, executed: 887.96 });
    expect(data.totals.weighted_rate).toBeCloseTo(887.96 / 1102.71, 12);
    expect(data.totals).toMatchObject({ target_tables: 10, ungraded: 0, scored: 10 });
    expect(data.documents.map((d) => [d.source_file, d.evaluations, d.target_tables])).toEqual([
      [HUAINAN_2024, 10, 0],
      ['001_099530ba672a4441.txt', 0, 10],
    ]);
    // No form of 000 prints a grade: all ten are graded by their totals (93.09–100): 优.
    expect(data.grades.map((g) => [g.grade, g.projects, g.printed])).toEqual([['优', 10, 0], ['良', 0, 0], ['中', 0, 0], ['差', 0, 0]]);
    const travel = data.scoreVsFormula.find((r) => r.eval_id === TRAVEL)!;
    // 10 × 0.309357 (B/A) + 90 for the indicators = 93.0936; the form prints 93.09.
    expect(travel.self_score).toBe(93.09);
    expect(travel.formula_score).toBeCloseTo(93.093571, 6);
    expect(data.rateHistogram.reduce((s, b) => s + b.projects, 0)).toBe(10);
  });

  it('tabulates the low-execution projects with their evidence and the reviewer’s note', () => {
    const low = data.kinds.find((k) => k.kind.id === 'low_execution')!.rows;
    expect(low.map((r) => r.eval_id)[0]).toBe(TRAVEL);
    expect(low[0]).toMatchObject({ project: '市本级因公出国(境)经费', budget_full_year: 140, executed: 43.31, rate: 43.31 / 140, total_score: 93.09, review_status: 'confirmed', review_note: NOTE });
    expect(low).toHaveLength(7);
    // 63 findings (68 before issue 10): list.duplicate gives 政务公开工作专项经费’s pair one finding, and four renamed
    // indicators of the 12345 hotline and 成本 pair with their published target instead of a dropped/added finding each.
    expect(data.findingTotals).toMatchObject({ findings: 63, high: 13, medium: 40, low: 10, confirmed: 1, unreviewed: 62 });
    expect(data.kindCounts).toEqual([
      { kind: 'low_execution', findings: 7, confirmed: 1 },
      { kind: 'high_score_low_execution', findings: 10, confirmed: 0 },
      { kind: 'unmet_full_marks', findings: 0, confirmed: 0 },
      { kind: 'target_loosened', findings: 3, confirmed: 0 },
      { kind: 'arithmetic', findings: 5, confirmed: 0 },
    ]);
  });

  it('writes the report’s structure: headings, tables, one image per chart, page numbers', () => {
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((m) => paragraphs(m[0])[0]);
    expect(headings).toEqual(['一、复核范围', '二、复核方法', '三、总体情况', '四、发现的主要问题', '五、复核意见', '附件：所引表格的原文']);
    const all = paragraphs(xml);
    expect(all).toContain('项目支出绩效自评抽查复核报告');
    expect(all).toContain('（一）预算执行率偏低');
    expect(all).toContain('（四）自评目标较公开目标表放宽');

    const lowTable = tables(xml).find((t) => t[0]?.includes('执行率') && t.some((r) => r.includes('市本级因公出国(境)经费')))!;
    expect(lowTable[0]).toEqual(['序号', '项目', '全年预算（万元）', '执行数（万元）', '执行率', '自评总分', '线索说明', '复核状态', '复核意见']);
    const row = lowTable.find((r) => r[1] === '市本级因公出国(境)经费')!;
    expect(row.slice(1, 6)).toEqual(['市本级因公出国(境)经费', '140.00', '43.31', '30.94%', '93.09']);
    expect(row[7]).toBe('已确认');
    // The note is text in the document (escaped by docx), never markup or a field.
    expect(row[8]).toBe(NOTE);
    expect(xml).not.toContain('<b>');

    // One drawing per chart (docx stores the identical stand-in image once; the browser test has four files).
    expect(xml.match(/<w:drawing>/g)).toHaveLength(4);
    const footer = [...files.entries()].find(([p]) => p.startsWith('word/footer'))![1].toString('utf8');
    expect(footer).toContain('PAGE');
    // A4 portrait.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('quotes each cited form’s source lines in the appendix', () => {
    const cited = data.citedForms.find((f) => f.form_id === TRAVEL)!;
    expect(cited).toMatchObject({ source_file: HUAINAN_2024, line_start: 1682, line_end: 1860 });
    const all = paragraphs(xml);
    expect(all).toContain(`${HUAINAN_2024} 第 1682–1860 行 · SHA-256 ${cited.sha256}`);
    const source = readFileSync(resolve(import.meta.dirname, '../../data/raw', HUAINAN_2024), 'utf8').split(/\r?\n/);
    const line = source.findIndex((l, i) => i >= 1681 && l.includes('市本级因公出国(境)经费')) + 1;
    // Number (then a w:tab, not text) and the line, its tabs as four spaces.
    expect(all).toContain(`${line}${source[line - 1]!.replaceAll('\t', '    ')}`);
    // The note on the form itself heads its lines.
    expect(all).toContain('对本表的复核意见：待核实。请部门补充出国计划调整的批复');
    // Target tables cited by a loosened target are quoted too.
    expect(data.citedForms.some((f) => f.form_kind === '绩效目标表')).toBe(true);
  });
});
