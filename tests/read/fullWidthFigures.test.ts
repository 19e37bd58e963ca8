import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { FULL_WIDTH_FIGURES } from '../../src/read/fullWidthFigures';

describe('FULL_WIDTH_FIGURES', () => {
  it('reads a cell that is a full-width figure in ASCII; text that holds figures stays as printed', () => {
    expect(['２８０．００', '９３．３９％', '93.39％', '１，７３３．５０', '－２'].map(FULL_WIDTH_FIGURES.replace)).toEqual(['280.00', '93.39%', '93.39%', '1,733.50', '-2']);
    expect(FULL_WIDTH_FIGURES.replace('１、主动融入长三角一体化')).toBe('１、主动融入长三角一体化');
    expect(FULL_WIDTH_FIGURES.replace('≥４５处')).toBe('≥４５处');
    // A row's cells on one line: each figure between spaces.
    expect(FULL_WIDTH_FIGURES.replace('年度资金总额 280.00 ２８０．１７ 93.39％ ≥４５处')).toBe('年度资金总额 280.00 280.17 93.39% ≥４５处');
    expect(FULL_WIDTH_FIGURES.holds('项目名称：示例．')).toBe(false);
    expect(FULL_WIDTH_FIGURES.note(12)).toBe('12 cells of full-width figures read as ASCII (２８０．００ → 280.00)');
  });

  it('gives the form typed in full-width figures the figures of the form as printed', async () => {
    const text = readFileSync('tests/fixtures/formats/form.txt', 'utf8');
    const wide = text.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(wide).toContain('２８０．１７');
    const [plain, typed] = await Promise.all([ingestDocument(new TextEncoder().encode(text), 'form.txt'), ingestDocument(new TextEncoder().encode(wide), 'form.txt')]);
    const figures = (e: (typeof plain.rows.evaluations)[number]) => [e.budget_initial, e.budget_full_year, e.executed, e.execution_rate_reported, e.total_score, e.quality];
    expect(figures(typed.rows.evaluations[0]!)).toEqual([280, 300, 280.17, 0.9339, 97.34, 'clean']);
    expect(typed.rows.indicators.map((row) => [row.weight, row.score, row.target_value])).toEqual(plain.rows.indicators.map((row) => [row.weight, row.score, row.target_value]));
  });
});
