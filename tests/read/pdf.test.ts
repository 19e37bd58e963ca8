import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPdf } from '../../src/read/pdf';
import { readDocument } from '../../src/read/readDocument';
import { fixture, layout, rowWith, textsFrom } from './support/fixtures';
import { unembeddedFontPdf } from './support/unembeddedFontPdf';

/** pdf.js's packed CMaps, as a Node caller supplies them. */
const cMaps = async (fileName: string) => new Uint8Array(await readFile(new URL(`../../node_modules/pdfjs-dist/cmaps/${fileName}`, import.meta.url)));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readPdf on form.pdf (LibreOffice Writer from form.html)', () => {
  it('reads the ruled form cell by cell: the funds row at the columns Word and the page give, 项目资金 merged down', async () => {
    const result = await readPdf(fixture('form.pdf'));
    if (!result.ok) throw new Error(result.error);
    const row = rowWith(result.grid, '年度资金总额');
    expect(layout(row)).toEqual(['0:↓', '1+2:年度资金总额', '3:280.00', '4:300.00', '5:280.17', '6:10', '7:93.39%', '8:9.34']);
    expect(row.cells.find((cell) => cell.text === '93.39%')?.ref).toBe('第1页 x=423 y=332');
    expect(result.grid).toMatchObject({ format: 'pdf', layout: 'pdf-text' });
  });

  it('joins wrapped lines of a cell, keeps its own breaks, and splits text pdf.js ran across a border', async () => {
    const result = await readPdf(fixture('form.pdf'));
    if (!result.ok) throw new Error(result.error);
    expect(layout(rowWith(result.grid, '时效指标'))).toEqual(['0:↓', '1:↓', '2:时效指标', '3:维修任务完成时限', '4:2024年11月底前', '5:2024年11月25日', '6:10', '7:10', '8:']);
    expect(rowWith(result.grid, '年度总体目标').line + 1).toBe(rowWith(result.grid, '完成48处集中供水工程维修养护，更换老旧管网12.6公里，受益人口5.82万人。\n工程全部验收合格，受益群众满意度93.6%。').line);
    expect(textsFrom(rowWith(result.grid, '其中：本年财政拨款'), '其中：本年财政拨款')).toEqual(['其中：本年财政拨款', '280.00', '300.00', '280.17', '—', '—']);
  });

  it('goes on with the indicator table on page 2, the row the page break split joined back', async () => {
    const result = await readPdf(fixture('form.pdf'));
    if (!result.ok) throw new Error(result.error);
    const total = rowWith(result.grid, '总分');
    expect(layout(total)).toEqual(['0+6:总分', '6:100', '7:97.34', '8:']);
    expect(total.cells[0]?.ref).toMatch(/^第2页 /);
    expect(total.table).toBe(rowWith(result.grid, '年度资金总额').table);
    expect(rowWith(result.grid, '农村自来水普及率').cells.at(-1)?.text).toBe('部分偏远山区自然村居住分散、管网延伸成本高，未达目标；下一步争取省级补助资金，分批延伸管网。');
  });

  it('fetches nothing and starts no worker', async () => {
    const fetch = vi.fn();
    const Worker = vi.fn();
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('Worker', Worker);
    const result = await readPdf(fixture('target.pdf'));
    expect(result.ok && textsFrom(rowWith(result.grid, '年度资金总额'), '年度资金总额')).toEqual(['年度资金总额', '320.00']);
    expect(fetch).not.toHaveBeenCalled();
    expect(Worker).not.toHaveBeenCalled();
  });

  it('leaves the caller’s bytes intact (pdf.js transfers what it is given)', async () => {
    const bytes = fixture('target.pdf');
    await readPdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(50_000);
  });
});

describe('readPdf on pages shown turned: by /Rotate (form.rotated.pdf), or with the text set sideways (form.sideways.pdf)', () => {
  // Through readDocument: Chromium's PDF gives radicals (⾦ for 金) that it reads as the ideographs.
  it.each(['form.rotated.pdf', 'form.sideways.pdf'])('%s reads its funds row as the upright page gives it', async (name) => {
    const result = await readDocument(fixture(name), name);
    if (!result.ok) throw new Error(result.error);
    expect(textsFrom(rowWith(result.grid, '年度资金总额'), '年度资金总额')).toEqual(['年度资金总额', '280.00', '300.00', '280.17', '10', '93.39%', '9.34']);
    expect(textsFrom(rowWith(result.grid, '总分'), '总分')).toEqual(['总分', '100', '97.34']);
  });
});

describe('readPdf on a PDF whose fonts map no characters (form.pdf through PostScript and back)', () => {
  it('says its text layer reads as gibberish instead of finding no form in it', async () => {
    expect(await readPdf(fixture('form.unmapped.pdf'))).toEqual({ ok: false, error: expect.stringMatching(/^PDF 的文字层读出的是乱码（字体没有汉字映射/) });
  });
});

describe('readPdf on a PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H)', () => {
  it('decodes the text with the CMaps the caller supplies', async () => {
    const result = await readPdf(unembeddedFontPdf('年度资金总额 280.00'), { cMaps });
    expect(result.ok && result.grid.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([['年度资金总额', '280.00']]);
  });

  it('without them, says which CMaps it needs instead of calling the PDF a scan', async () => {
    expect(await readPdf(unembeddedFontPdf('年度资金总额 280.00'))).toEqual({
      ok: false,
      error: expect.stringMatching(/^PDF 使用未嵌入的中文字体（编码 UniGB-UCS2-H.*pass options\.cMaps/),
    });
  });
});

describe('readPdf refusals', () => {
  it('says a scan without a text layer is a scan', async () => {
    expect(await readPdf(fixture('scanned.pdf'))).toEqual({
      ok: false,
      error: 'PDF 是扫描件（没有文字层），无法读取文字；请提供带文字层的 PDF 或 Word/Excel 原件。 / This is a scanned PDF without a text layer, so it has no text to read; provide a PDF with a text layer or the Word/Excel original.',
    });
  });

  it('says a PDF that is not one is damaged, without throwing', async () => {
    const result = await readPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^PDF 文件已损坏，无法读取/) });
  });
});
