import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';

const text = readFileSync('data/raw/000_82397be2bbd94de5.txt', 'utf8');
const lines = text.split('\n');

describe('a form cut off inside its indicator table', () => {
  it('keeps its header figures and says form_cut_off (000, the first form: the text ends 20 lines before its 总分)', () => {
    const cutAt = lines.findIndex((line) => line.trim() === '总分') - 20;
    const form = parseDocument(lines.slice(0, cutAt).join('\n'), '000.txt').selfEvaluations[0]!;
    expect(form.project?.text).toBe('12345政务服务便民热线运营费用');
    expect([form.funds.budgetFullYear?.text, form.funds.executed?.text, form.funds.score?.text]).toEqual(['492', '492', '10']);
    expect(form.totalScore).toBeNull();
    expect(form.warnings).toContain('form_cut_off');
  });

  it('is not said of a whole form', () => {
    const forms = parseDocument(text, '000.txt').selfEvaluations;
    expect(forms).toHaveLength(10);
    expect(forms.filter((form) => form.warnings.includes('form_cut_off'))).toEqual([]);
  });
});
