import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/tables';
import { evaluation, flagsFor, indicator } from './support/fixtures';

const oneIndicator = (over: Partial<Row<'indicators'>>) => {
  const form = evaluation();
  return { evaluations: [form], indicators: [indicator(form, over)] };
};
const pct = (op: string, target: number, actual: number, score: number) =>
  oneIndicator({ name: '覆盖率', target_raw: `${op}${target}%`, actual_raw: `${actual}%`, target_op: op, target_value: target, target_unit: '%', actual_value: actual, actual_unit: '%', weight: 10, score });

describe('score.formula', () => {
  it('flags a missed ≥ target scored full (medium), with the formula score', async () => {
    const flags = await flagsFor(pct('>=', 95, 90, 10), 'score.formula');
    expect(flags.map((f) => [f.severity, f.message_zh])).toEqual([
      ['medium', '指标「覆盖率」目标 >=95%、实际 90%，按计分规则应得 9.47 分（分值 10），表中 10 分'],
    ]);
  });
  it('flags a met target scored below full (low)', async () => {
    expect((await flagsFor(pct('>=', 95, 98, 8), 'score.formula')).map((f) => f.severity)).toEqual(['low']);
  });
  it('accepts actual/target × weight within 0.1 and flags beyond', async () => {
    expect(await flagsFor(pct('>=', 95, 90, 9.47), 'score.formula')).toEqual([]);
    expect(await flagsFor(pct('>=', 95, 90, 9.5), 'score.formula')).toEqual([]);
    expect(await flagsFor(pct('>=', 95, 90, 9.3), 'score.formula')).toHaveLength(1);
  });
  it('scores a ≤ target reversely: 0 at twice the target', async () => {
    const cost = (actual: number, score: number) =>
      oneIndicator({ level2: '成本指标', name: '成本', target_raw: '≤100万元', actual_raw: `${actual}万元`, target_op: '<=', target_value: 100, target_unit: '万元', actual_value: actual, actual_unit: '万元', weight: 10, score });
    expect(await flagsFor(cost(120, 8), 'score.formula')).toEqual([]);
    expect(await flagsFor(cost(200, 0), 'score.formula')).toEqual([]);
    expect(await flagsFor(cost(250, 0), 'score.formula')).toEqual([]);
    expect((await flagsFor(cost(120, 10), 'score.formula'))[0]?.message_zh).toContain('按计分规则应得 8.00 分');
  });
  it('scores an = count target upward: 1021 of 1000 earns full marks, 900 earns 90%', async () => {
    const count = (actual: number, score: number) =>
      oneIndicator({ target_raw: '1000条', target_op: '=', target_value: 1000, target_unit: '条', actual_raw: `${actual}条`, actual_value: actual, actual_unit: '条', weight: 6, score });
    expect(await flagsFor(count(1021, 6), 'score.formula')).toEqual([]);
    expect(await flagsFor(count(900, 5.4), 'score.formula')).toEqual([]);
    expect((await flagsFor(count(900, 6), 'score.formula')).map((f) => f.severity)).toEqual(['medium']);
  });
  it('leaves rows in other units alone', async () => {
    expect(await flagsFor(oneIndicator({ target_raw: '7个', actual_raw: '100%', target_op: '=', target_value: 7, target_unit: '个', actual_value: 100, actual_unit: '%', score: 0 }), 'score.formula')).toEqual([]);
  });
});

describe('score.qual_band', () => {
  const qual = (actual: string, score: number, kind = 'qualitative') =>
    oneIndicator({ level1: '效益指标', level2: '社会效益指标', name: '社会影响', target_raw: '显著', actual_raw: actual, target_op: null, target_value: null, target_unit: null, actual_value: null, actual_unit: null, actual_kind: kind, weight: 10, score });
  it('flags 未完成 scored 8 of 10 (medium) and 达成预期指标 scored 5 (low)', async () => {
    expect((await flagsFor(qual('未完成', 8), 'score.qual_band')).map((f) => [f.severity, f.message_zh])).toEqual([
      ['medium', '定性指标「社会影响」完成情况「未完成」（未达成，应得分值的 0%–60%），实得 8/10 分（80.00%）'],
    ]);
    expect((await flagsFor(qual('达成预期指标', 5, 'boilerplate'), 'score.qual_band')).map((f) => f.severity)).toEqual(['low']);
  });
  it('accepts scores inside the band, its edges included', async () => {
    expect(await flagsFor(qual('达成', 8), 'score.qual_band')).toEqual([]);
    expect(await flagsFor(qual('基本完成', 6), 'score.qual_band')).toEqual([]);
    expect(await flagsFor(qual('基本完成', 8), 'score.qual_band')).toEqual([]);
    expect(await flagsFor(qual('未完成', 6), 'score.qual_band')).toEqual([]);
    expect(await flagsFor(qual('基本完成', 8.1), 'score.qual_band')).toHaveLength(1);
  });
  it('leaves a result it cannot read alone', async () => {
    expect(await flagsFor(qual('见附件', 0), 'score.qual_band')).toEqual([]);
  });
});
