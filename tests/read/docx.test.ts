import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx';
import { fixture, layout, rowWith } from './support/fixtures';
import { docxWithBody, withDeclaredSize } from './support/zip';

const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (content: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;

describe('readDocx on form.docx (LibreOffice Writer from form.html)', () => {
  const result = readDocx(fixture('form.docx'));
  if (!result.ok) throw new Error(result.error);
  const { grid } = result;

  it('reads the funds row with exactly its cells, at the grid columns gridSpan gives', () => {
    const row = rowWith(grid, '年度资金总额');
    expect(layout(row)).toEqual(['0:↓', '1+2:年度资金总额', '3:280.00', '4:300.00', '5:280.17', '6:10', '7:93.39%', '8:9.34']);
    expect(row.cells.map((cell) => cell.ref)).toEqual(['表2 第4行 第1列', '表2 第4行 第2列', '表2 第4行 第4列', '表2 第4行 第5列', '表2 第4行 第6列', '表2 第4行 第7列', '表2 第4行 第8列', '表2 第4行 第9列']);
    expect(grid.text.split('\n')[row.line - 1]).toBe('年度资金总额 | 280.00 | 300.00 | 280.17 | 10 | 93.39% | 9.34');
  });

  it('turns vMerge into the text in the first cell and merged-down blanks below: 一级指标 产出指标 over five rows', () => {
    const first = rowWith(grid, '产出指标\n（50分）');
    const index = grid.rows.indexOf(first);
    const below = grid.rows.slice(index + 1, index + 5);
    expect(below.map((row) => row.cells[1])).toEqual(below.map((row) => ({ text: '', col: 1, span: 1, line: row.line, ref: `表2 第${row.line - first.line + 11}行 第2列`, mergedDown: true })));
    expect(layout(below[0]!)).toEqual(['0:↓', '1:↓', '2:↓', '3:更换老旧管网长度', '4:≥12公里', '5:12.6公里', '6:10', '7:10', '8:']);
    expect(layout(rowWith(grid, '总分'))).toEqual(['0+6:总分', '6:100', '7:97.34', '8:']);
  });

  it('reads paragraphs outside the tables as paragraph rows, and the target table too', () => {
    expect(grid.rows.filter((row) => row.table === null).map((row) => row.cells[0]?.text).slice(0, 3)).toEqual([
      '首页 > 政务公开 > 财政预决算',
      '青禾县水利局2024年度项目支出绩效自评表',
      '点击率：请启用脚本查看点击率1024',
    ]);
    const target = readDocx(fixture('target.docx'));
    expect(target.ok && layout(rowWith(target.grid, '年度资金总额'))).toEqual(['0:项目资金\n（万元）', '1+2:年度资金总额', '3+2:320.00']);
  });
});

describe('readDocx on made-up documents', () => {
  it('keeps w:br and several paragraphs of a cell as line breaks, drops deleted text and field codes', () => {
    const body = `<w:tbl><w:tr>${tc('<w:p><w:r><w:t>产</w:t><w:br/><w:t>出</w:t></w:r></w:p><w:p><w:r><w:delText>旧</w:delText></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>指标</w:t></w:r></w:p>')}</w:tr></w:tbl>`;
    const result = readDocx(docxWithBody(body));
    expect(result.ok && result.grid.rows[0]?.cells[0]?.text).toBe('产\n出\n指标');
  });

  it('reads a document with tracked changes as its final text: moved-away text and rows deleted as a change are not read', () => {
    // An agency's form published with its revisions still tracked: the old figure moved out of the cell, last year's row deleted.
    const row = (cells: string[], props = '') => `<w:tr><w:trPr>${props}</w:trPr>${cells.map((text) => tc(p(text))).join('')}</w:tr>`;
    const moved = '<w:p><w:moveFrom w:id="1" w:author="x"><w:r><w:t>268.40</w:t></w:r></w:moveFrom><w:ins w:id="2" w:author="x"><w:r><w:t>280.17</w:t></w:r></w:ins></w:p>';
    const body = `<w:tbl>${row(['三级指标', '实际完成值'])}${row(['新建道路长度（2023）', '10.2公里'], '<w:del w:id="3" w:author="x"/>')}<w:tr>${tc(p('全年执行数'))}${tc(moved)}</w:tr></w:tbl>`;
    const result = readDocx(docxWithBody(body));
    expect(result.ok && result.grid.rows.map((r) => r.cells.map((cell) => `${cell.ref}=${cell.text}`))).toEqual([
      ['表1 第1行 第1列=三级指标', '表1 第1行 第2列=实际完成值'],
      ['表1 第2行 第1列=全年执行数', '表1 第2行 第2列=280.17'],
    ]);
  });

  it('skips w:gridBefore columns and flattens a nested table into its cell, one line per nested row', () => {
    const nested = `<w:tbl><w:tr>${tc(p('甲'))}${tc(p('1'))}</w:tr><w:tr>${tc(p('乙'))}${tc(p('2'))}</w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('外') + nested + p('后'), '<w:gridSpan w:val="2"/>')}</w:tr></w:tbl>`;
    const result = readDocx(docxWithBody(body));
    if (!result.ok) throw new Error(result.error);
    expect(result.grid.rows[0]?.cells).toEqual([{ text: '外\n甲 1\n乙 2\n后', col: 1, span: 2, line: 1, ref: '表1 第1行 第2列' }]);
    expect(result.grid.notes).toEqual(['表1 第1行 第2列 holds a nested table: its rows are kept as lines of the cell']);
  });

  it('says a truncated .docx is damaged', () => {
    const bytes = fixture('form.docx');
    const result = readDocx(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Word \(\.docx\) 文件已损坏，无法读取.* \/ The Word \(\.docx\) file is damaged/) });
  });

  it('refuses an entry that declares 200 MB before inflating anything', () => {
    const bomb = withDeclaredSize(docxWithBody(p('甲')), 200 * 1024 * 1024);
    const result = readDocx(bomb);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('“word/document.xml”解压后有 200 MB，超过 64 MB 的上限（可能是压缩炸弹），未解压') });
  });
});
