import { describe, expect, it } from 'vitest';
import { cleanForm, evaluation, flagsFor } from './support/fixtures';

describe('form.empty', () => {
  it('flags a form without indicators', async () => {
    const flags = await flagsFor({ evaluations: [evaluation({ executed: 0, execution_rate: 0, execution_rate_reported: 0, total_score: 10 })] }, 'form.empty');
    expect(flags.map((f) => f.message_zh)).toEqual(['自评表没有任何绩效指标（全年预算 100.00 万元，执行率 0.00%，总分 10.00）']);
  });
  it('leaves a form with indicators alone', async () => {
    expect(await flagsFor(cleanForm(), 'form.empty')).toEqual([]);
  });
});

describe('form.no_total', () => {
  it('flags a form without a total, with its lines', async () => {
    const flags = await flagsFor(cleanForm({ total_score: null, line_start: 120, line_end: 180 }), 'form.no_total');
    expect(flags.map((f) => f.message_zh)).toEqual(['自评表没有总分（第 120–180 行；全年预算 100.00 万元，执行率 100.00%）']);
  });
  it('names a form whose name OCR lost (a rule of dashes, a fragment) by its file and index, as every view does', async () => {
    const nameless = await flagsFor(cleanForm({ total_score: null, project: null, project_raw: '————————' }), 'form.no_total');
    expect(nameless.map((f) => f.project)).toEqual(['（名称缺失）fixture 表 1']);
    const fragment = await flagsFor(cleanForm({ total_score: null, project: null, project_raw: '政务公开吗.费' }), 'form.no_total');
    expect(fragment.map((f) => f.project)).toEqual(['（名称缺失）fixture 表 1']);
    const marked = await flagsFor(cleanForm({ total_score: null, project: '<u>⌧</u>政务公开经费' }), 'form.no_total');
    expect(marked.map((f) => f.project)).toEqual(['政务公开经费']);
  });
  it('leaves a total of 0 alone (a value, not a missing one)', async () => {
    expect(await flagsFor(cleanForm({ total_score: 0 }), 'form.no_total')).toEqual([]);
  });
});
