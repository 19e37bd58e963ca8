import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import type { Cell, ParsedDocument, SelfEvaluationForm } from '../../src/parse/forms';

/** A hand-made parse of a small OCR-like document: shows the mapping without depending on a parser. */
const cell = (text: string, line: number): Cell => ({ text, line });
const form = (formIndex: number, department: string, project: string | null, warnings: string[] = []): SelfEvaluationForm => ({
  formIndex, lineStart: formIndex, lineEnd: formIndex, year: cell('(2023 1 /2', 1), project: project === null ? null : cell(project, formIndex),
  department: cell(department, formIndex), implementingUnit: cell('上海市普陀区人民政府办 公室', formIndex),
  amountsInYuan: false, scope: 'project',
  funds: { budgetInitial: cell('1,733.50', formIndex), budgetFullYear: cell('1,733.50', formIndex), executed: cell('——', formIndex), weight: cell('10.00', formIndex), rate: cell('99.66', formIndex), score: cell('9.96', formIndex) },
  goalExpected: null, goalActual: null,
  indicators: [{ level1: null, level2: cell('服 对 满 度 标', formIndex), name: cell('相关群众满意度', formIndex), target: cell('≥90.00(9', formIndex), actual: cell('95.00(%)', formIndex), weight: cell('10.00', formIndex), score: cell('1O.00', formIndex), deviationNote: null, warnings: [] }],
  totalWeight: cell('100.00', formIndex), totalScore: cell('99.96', formIndex), grade: cell('优', formIndex), warnings,
});
const text = ['(2023 1 /2', 'a', 'b', 'c', '', 'stray'].join('\n');
const parsed: ParsedDocument = {
  sourceFile: 'ocr.txt', layout: 'row-per-line', headings: [],
  selfEvaluations: [
    form(2, '上海市普陀区人民政府办公室', '政务公开政民互动业务经费'),
    form(3, '上海市普萨区人民政府办公室', '平估项目', ['project_name_fragment']),
    form(4, '上海市普陀区人民政府办公室', null),
  ],
  targetTables: [], projectLists: [], consumed: [1, 2, 3], unparsed: [{ line: 4, text: 'c', reason: 'garbled copy of the row above' }, { line: 6, text: 'stray', reason: 'not reached by the recognizer' }],
};

describe('ingestDocument mapping a parsed document', async () => {
  const doc = await ingestDocument(new TextEncoder().encode(text), 'ocr.txt', undefined, () => parsed);
  const [clean, garbled, nameless] = doc.rows.evaluations;
  it('reads year, region, agencies and funds of an OCR form', () => {
    expect(clean).toMatchObject({
      eval_id: 'ocr.txt#2', year: 2023, region: '上海市普陀区', department: '上海市普陀区人民政府办公室', implementing_unit: '上海市普陀区人民政府办公室',
      project: '政务公开政民互动业务经费', budget_initial: 1733.5, executed: null, execution_rate_reported: 0.9966, execution_rate_raw: '99.66', grade: '优',
    });
  });
  it('corrects an OCR-garbled department to the document’s department, with a warning', () => {
    expect(garbled).toMatchObject({ department: '上海市普陀区人民政府办公室', region: '上海市普陀区' });
    expect(garbled?.warnings).toContain('department_ocr_corrected');
    expect(clean?.warnings).not.toContain('department_ocr_corrected');
  });
  it('keeps an illegible project name NULL with its fragment in project_raw; a missing one NULL with a warning', () => {
    expect(garbled).toMatchObject({ project: null, project_raw: '平估项目' });
    expect(nameless).toMatchObject({ project: null, project_raw: null });
    expect(nameless?.warnings).toContain('project_name_missing');
  });
  it('infers 一级 from 二级, keeps a cut-short unit unknown, flags an unreadable score', () => {
    expect(doc.rows.indicators[0]).toMatchObject({
      eval_id: 'ocr.txt#2', indicator_index: 1, level1: '满意度指标', level2: '服务对象满意度指标', target_op: '>=', target_value: 90, target_unit: null,
      actual_value: 95, actual_unit: '%', actual_kind: 'numeric', weight: 10, score: null, year: 2023, region: '上海市普陀区',
    });
    expect(clean?.warnings).toEqual(expect.arrayContaining(['level1_inferred', 'indicator_score_unreadable']));
  });
  it('lists the parser’s unparsed lines with their reasons and source refs, and counts the lines', () => {
    expect(doc.rows.unparsed_lines).toEqual([
      { source_file: 'ocr.txt', line: 4, text: 'c', reason: 'garbled copy of the row above', source_ref: '第4行' },
      { source_file: 'ocr.txt', line: 6, text: 'stray', reason: 'not reached by the recognizer', source_ref: '第6行' },
    ]);
    expect(doc.report).toMatchObject({ lines: 6, lines_consumed: 3, lines_unparsed: 2, status: 'partial', forms: 3 });
  });
});

describe('region of a form whose agencies name no area', async () => {
  const withDepartment = (formIndex: number, department: string): SelfEvaluationForm => ({ ...form(formIndex, department, '信息服务专项经费'), implementingUnit: cell('州大数据中心', formIndex) });
  const doc = await ingestDocument(new TextEncoder().encode(text), 'x.txt', undefined, () => ({
    ...parsed,
    selfEvaluations: [withDepartment(1, '湘西自治州人民政府办公室'), withDepartment(2, '湘西自治州人民政府办公室'), withDepartment(3, '州大数据中心')],
  }));
  it('is the document’s region, with region_from_document', () => {
    const third = doc.rows.evaluations[2];
    expect(third).toMatchObject({ department: '州大数据中心', region: '湘西自治州' });
    expect(third?.warnings).toContain('region_from_document');
    expect(doc.rows.evaluations[0]?.warnings).not.toContain('region_from_document');
  });
  it('is the sidecar’s when the sidecar overrides, without region_from_document', async () => {
    const overridden = await ingestDocument(new TextEncoder().encode(text), 'x.txt', '{"region": "湖南省", "override": true}', () => ({
      ...parsed,
      selfEvaluations: [withDepartment(1, '州大数据中心')],
    }));
    expect(overridden.rows.evaluations[0]).toMatchObject({ region: '湖南省', warnings: expect.arrayContaining(['region_from_sidecar']) });
    expect(overridden.rows.evaluations[0]?.warnings).not.toContain('region_from_document');
  });
});
