import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPdf } from '../../src/read/pdf';
import { fixture, rowWith, textsFrom } from './support/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readPdf on form.pdf (LibreOffice Writer from form.html)', () => {
  it('reads the funds row from the text layer, each figure a cell at its position on page 1', async () => {
    const result = await readPdf(fixture('form.pdf'));
    if (!result.ok) throw new Error(result.error);
    const row = rowWith(result.grid, '年度资金总额');
    expect(textsFrom(row, '年度资金总额')).toEqual(['年度资金总额', '280.00', '300.00', '280.17', '10', '93.39%', '9.34']);
    expect(row.cells.find((cell) => cell.text === '93.39%')?.ref).toBe('第1页 x=423 y=332');
    expect(result.grid).toMatchObject({ format: 'pdf', layout: 'pdf-text' });
  });

  it('reads both pages: the indicator table goes on to page 2, ending in 总分 100 97.34', async () => {
    const result = await readPdf(fixture('form.pdf'));
    if (!result.ok) throw new Error(result.error);
    const total = rowWith(result.grid, '总分');
    expect(total.cells.map((cell) => cell.text)).toEqual(['总分', '100', '97.34']);
    expect(total.cells[0]?.ref).toMatch(/^第2页 /);
    expect(total.table).toBe(rowWith(result.grid, '年度资金总额').table);
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
