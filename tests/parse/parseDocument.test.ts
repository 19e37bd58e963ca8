import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';
import { splitSourceLines } from '../../src/read/text/sourceLines';
import { CORPUS_FILES, type CorpusId, readCorpus } from './corpus';

const IDS = Object.keys(CORPUS_FILES) as CorpusId[];

function nonBlankLines(text: string): number[] {
  return splitSourceLines(text)
    .filter((line) => line.text.trim() !== '')
    .map((line) => line.line);
}

describe('parseDocument', () => {
  it('tells the layout by structure: 003 (OCR rows) is row-per-line, the Word-table files cell-per-line', () => {
    expect(IDS.map((id) => [id, parseDocument(readCorpus(id), CORPUS_FILES[id]).layout])).toEqual([
      ['000', 'cell-per-line'],
      ['001', 'cell-per-line'],
      ['002', 'cell-per-line'],
      ['003', 'row-per-line'],
      ['004', 'cell-per-line'],
    ]);
  });

  it('counts the forms, target tables and list entries of every corpus file', () => {
    const counts = IDS.map((id) => {
      const doc = parseDocument(readCorpus(id), CORPUS_FILES[id]);
      return [id, doc.selfEvaluations.length, doc.targetTables.length, doc.projectLists.length];
    });
    expect(counts).toEqual([
      ['000', 10, 0, 11],
      ['001', 0, 10, 10],
      ['002', 12, 0, 0],
      ['003', 18, 0, 0],
      ['004', 11, 0, 0],
    ]);
  });

  it('counts the indicators of the Word-table files (placeholder rows not counted)', () => {
    const indicators = (['000', '001', '002', '004'] as const).map((id) => {
      const doc = parseDocument(readCorpus(id), CORPUS_FILES[id]);
      return [id, doc.selfEvaluations.reduce((sum, form) => sum + form.indicators.length, 0), doc.targetTables.reduce((sum, table) => sum + table.indicators.length, 0)];
    });
    expect(indicators).toEqual([
      ['000', 81, 0],
      ['001', 0, 94],
      ['002', 81, 0],
      ['004', 102, 0],
    ]);
  });

  it.each(IDS)('accounts for every non-blank line of %s exactly once', (id) => {
    const text = readCorpus(id);
    const doc = parseDocument(text, CORPUS_FILES[id]);
    const consumed = new Set(doc.consumed);
    const unparsed = new Set(doc.unparsed.map((line) => line.line));
    expect(consumed.size).toBe(doc.consumed.length);
    expect(unparsed.size).toBe(doc.unparsed.length);
    expect([...consumed].filter((line) => unparsed.has(line))).toEqual([]);
    expect([...consumed, ...unparsed].sort((a, b) => a - b)).toEqual(nonBlankLines(text));
    expect(doc.unparsed.every((line) => line.reason.length > 0)).toBe(true);
  });

  it('leaves only the closing note of 001 unparsed among the Word-table files', () => {
    const unparsed = (['000', '001', '002', '004'] as const).map((id) => [id, parseDocument(readCorpus(id), CORPUS_FILES[id]).unparsed.length]);
    expect(unparsed).toEqual([
      ['000', 0],
      ['001', 2],
      ['002', 0],
      ['004', 0],
    ]);
  });

  it('reads a document with \\r\\n line breaks the same, with the same line numbers', () => {
    const text = readCorpus('002');
    const lf = parseDocument(text, 'a.txt');
    const crlf = parseDocument(text.replace(/\n/g, '\r\n'), 'a.txt');
    expect(crlf.selfEvaluations).toEqual(lf.selfEvaluations);
    expect(crlf.consumed).toEqual(lf.consumed);
    expect(crlf.selfEvaluations[5]?.totalScore).toEqual({ text: '72.13', line: 1376 });
  });

  it('collects headings and gives a form without a year line the nearest preceding one', () => {
    const text = [
      '湘西自治州人民政府办公室',
      '2019年度项目支出绩效自评表',
      '',
      '\t项目名称',
      '\t示例项目',
      '',
      '\t主管部门',
      '\t湘西自治州人民政府办公室',
      '\t实施单位',
      '\t湘西自治州人民政府办公室',
      '',
      '\t项目资金\n（万元）',
      '\t',
      '\t年初预算数',
      '\t全年预算数',
      '\t全年执行数',
      '\t分值',
      '\t执行率',
      '\t得分',
      '',
      '\t',
      '\t年度资金总额',
      '\t10',
      '\t12',
      '\t6',
      '\t10',
      '\t50%',
      '\t5',
      '',
    ].join('\n');
    const doc = parseDocument(text, 'sample.txt');
    expect(doc.headings).toEqual([
      { text: '湘西自治州人民政府办公室', line: 1 },
      { text: '2019年度项目支出绩效自评表', line: 2 },
    ]);
    const form = doc.selfEvaluations[0];
    expect(form?.year).toEqual({ text: '2019年度项目支出绩效自评表', line: 2 });
    expect(form?.department).toEqual({ text: '湘西自治州人民政府办公室', line: 8 });
    expect([form?.funds.budgetInitial?.text, form?.funds.budgetFullYear?.text, form?.funds.executed?.text, form?.funds.rate?.text]).toEqual(['10', '12', '6', '50%']);
    expect(form?.warnings).toEqual([]);
    expect(form?.totalScore).toBeNull();
  });

  it('keeps headings outside forms and the year lines of forms, never the 主管部门 cell of a form', () => {
    const huainan = parseDocument(readCorpus('000'), CORPUS_FILES['000']);
    expect(huainan.headings.slice(0, 3)).toEqual([
      { text: '一、2024年度项目支出绩效自评表清单', line: 1 },
      { text: '二、2024年度项目支出绩效自评表', line: 40 },
      { text: '（2024年度）', line: 44 },
    ]);
    expect(huainan.headings).toHaveLength(12);
    expect(huainan.headings.some((heading) => heading.text === '淮南市人民政府办公室')).toBe(false);
    // 003 states its year only in OCR'd form headings; they are its headings.
    const putuo = parseDocument(readCorpus('003'), CORPUS_FILES['003']);
    expect(putuo.headings.map((heading) => heading.line)).toEqual(putuo.selfEvaluations.flatMap((form) => (form.year ? [form.year.line] : [])).filter((line, index, all) => all.indexOf(line) === index));
    expect(putuo.headings).toEqual([
      { text: '(2023 1 /2 •', line: 76 },
      { text: '(2023 1 /) •', line: 153 },
      { text: '(2023 /2 •', line: 310 },
    ]);
  });

  it('gives an empty document nothing, and names the source file', () => {
    const doc = parseDocument('', 'empty.txt');
    expect(doc).toMatchObject({ sourceFile: 'empty.txt', selfEvaluations: [], targetTables: [], projectLists: [], unparsed: [], consumed: [], headings: [] });
  });
});
