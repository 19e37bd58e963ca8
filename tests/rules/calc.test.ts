import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/rules/settings';
import { cleanForm, cleanIndicators, evaluation, flagsFor, withParams } from './support/fixtures';

const rateForm = (executed: number, printed: number, raw: string) =>
  cleanForm({ executed, execution_rate: executed / 100, execution_rate_reported: printed, execution_rate_raw: raw });

describe('calc.rate', () => {
  it('flags 20.04% printed for B/A = 20.40%', async () => {
    const flags = await flagsFor(rateForm(20.4, 0.2004, '20.04%'), 'calc.rate');
    expect(flags.map((f) => f.message_zh)).toEqual(['填报执行率 20.04%，而 B/A = 20.40/100.00 = 20.40%，相差 0.36 个百分点']);
  });
  it('accepts 94% printed for 93.79% (one unit of the last printed digit)', async () => {
    expect(await flagsFor(rateForm(93.79, 0.94, '94%'), 'calc.rate')).toEqual([]);
  });
  it('takes the printed precision as tolerance: 94% passes for 93.00%, fails for 92.99%', async () => {
    expect(await flagsFor(rateForm(93, 0.94, '94%'), 'calc.rate')).toEqual([]);
    expect(await flagsFor(rateForm(92.99, 0.94, '94%'), 'calc.rate')).toHaveLength(1);
  });
  it('never goes below 0.01 percentage points, even for a rate printed with three decimals', async () => {
    expect(await flagsFor(rateForm(30.935, 0.30934, '30.934%'), 'calc.rate')).toEqual([]);
    expect(await flagsFor(rateForm(30.95, 0.30934, '30.934%'), 'calc.rate')).toHaveLength(1);
  });
  it('reads a bare number printed under 执行率(%) as a percentage: 99.66 allows 0.01 points, not 1 point', async () => {
    // 003's forms print 99.66 for 29.90/30.00 = 99.67%: within 0.01 pp, no finding; 99.16 is half a point off.
    expect(await flagsFor(rateForm(99.6667, 0.9966, '99.66'), 'calc.rate')).toEqual([]);
    expect(await flagsFor(rateForm(99.6667, 0.9916, '99.16'), 'calc.rate')).toHaveLength(1);
    // A bare fraction keeps its own precision: 0.75 for 75.4%.
    expect(await flagsFor(rateForm(75.4, 0.75, '0.75'), 'calc.rate')).toEqual([]);
  });
});

describe('calc.exec_score', () => {
  const scored = (executed: number, score: number) =>
    cleanForm({ executed, execution_rate: executed / 100, execution_rate_reported: executed / 100, execution_rate_raw: null, execution_score: score });
  it('flags 4 points for 53.46% under the national profile, naming it and hinting at step scoring', async () => {
    const flags = await flagsFor(scored(53.46, 4), 'calc.exec_score');
    expect(flags.map((f) => f.message_zh)).toEqual([
      '执行率 53.46%，按「全国默认（财预〔2020〕10号）」口径预算执行得分应为 5.35（分值 10），表中填报 4（似按档次计分）',
    ]);
  });
  it('accepts a score computed from B/A while the printed rate is off (2.04 for 2.04/10.00 printed as 20.04%)', async () => {
    expect(await flagsFor(cleanForm({ budget_full_year: 10, executed: 2.04, execution_rate: 0.204, execution_rate_reported: 0.2004, execution_rate_raw: '20.04%', execution_score: 2.04 }), 'calc.exec_score')).toEqual([]);
  });
  it('says when a score matches step scoring (7 for 85%)', async () => {
    const flags = await flagsFor(scored(85, 7), 'calc.exec_score');
    expect(flags[0]?.message_zh).toContain('表中填报 7（与分档计分一致）');
  });
  it('accepts weight × rate within 0.02, flags beyond', async () => {
    expect(await flagsFor(scored(53.46, 5.35), 'calc.exec_score')).toEqual([]);
    expect(await flagsFor(scored(53.46, 5.366), 'calc.exec_score')).toEqual([]);
    expect(await flagsFor(scored(53.46, 5.37), 'calc.exec_score')).toHaveLength(1);
  });
  it('uses the profile chosen for the region', async () => {
    const steps = defaultSettings();
    steps.regionProfiles['测试市'] = 'steps';
    expect(await flagsFor(scored(53.46, 0), 'calc.exec_score', steps)).toEqual([]);
    const flags = await flagsFor(scored(53.46, 4), 'calc.exec_score', steps);
    expect(flags[0]?.message_zh).toBe(
      '执行率 53.46%，按「分档计分（100%→10，80–100%→7，60–80%→5，<60%→0）」口径预算执行得分应为 0.00（分值 10），表中填报 4',
    );
    const capped = defaultSettings();
    capped.defaultProfile = 'rate_x20';
    expect(await flagsFor(scored(53.46, 10.69), 'calc.exec_score', capped)).toEqual([]);
  });
});

describe('calc.total', () => {
  const totalled = (total: number, scores: [number, number, number]) => {
    const form = evaluation({ total_score: total });
    return { evaluations: [form], indicators: cleanIndicators(form).map((i, k) => ({ ...i, score: scores[k] ?? null })) };
  };
  it('flags a total of 96 that the scores do not add up to', async () => {
    const flags = await flagsFor(totalled(96, [30, 30, 24]), 'calc.total');
    expect(flags.map((f) => f.message_zh)).toEqual(['总分填报 96.00，但预算执行得分 10.00 + 指标得分 84.00 = 94.00（相差 2.00）']);
  });
  it('accepts a sum within 0.05 and flags beyond', async () => {
    expect(await flagsFor(totalled(100, [30, 30, 30]), 'calc.total')).toEqual([]);
    expect(await flagsFor(totalled(100.05, [30, 30, 30]), 'calc.total')).toEqual([]);
    expect(await flagsFor(totalled(100.06, [30, 30, 30]), 'calc.total')).toHaveLength(1);
  });
});

describe('calc.over_weight', () => {
  it('flags an indicator, the funds row and the total above their weights', async () => {
    const form = evaluation({ execution_score: 11, total_score: 101 });
    const indicators = cleanIndicators(form).map((i) => (i.indicator_index === 2 ? { ...i, score: 31 } : i));
    const flags = await flagsFor({ evaluations: [form], indicators }, 'calc.over_weight');
    expect(flags.map((f) => [f.flag_id, f.indicator_index])).toEqual([
      ['calc.over_weight:fixture.txt#1:2', 2],
      ['calc.over_weight:fixture.txt#1:funds', null],
      ['calc.over_weight:fixture.txt#1:total', null],
    ]);
    expect(flags[0]?.message_zh).toBe('指标「服务水平提升」得分 31 超过其分值 30');
  });
  it('accepts a score equal to its weight', async () => {
    expect(await flagsFor(cleanForm(), 'calc.over_weight')).toEqual([]);
  });
});

describe('calc.weights', () => {
  const weighted = (third: number) => {
    const form = evaluation();
    return { evaluations: [form], indicators: cleanIndicators(form).map((i) => (i.indicator_index === 3 ? { ...i, weight: third } : i)) };
  };
  it('flags weights summing to 95 of 100', async () => {
    const flags = await flagsFor(weighted(25), 'calc.weights');
    expect(flags.map((f) => f.message_zh)).toEqual(['分值合计 95（预算执行 10 + 指标 85），与总分分值 100 不符']);
  });
  it('leaves a form without indicators to form.empty', async () => {
    expect(await flagsFor({ evaluations: [evaluation()] }, 'calc.weights')).toEqual([]);
  });
  it('accepts 0.01 off, flags 0.02 off', async () => {
    expect(await flagsFor(weighted(30), 'calc.weights')).toEqual([]);
    expect(await flagsFor(weighted(29.99), 'calc.weights')).toEqual([]);
    expect(await flagsFor(weighted(29.98), 'calc.weights')).toHaveLength(1);
  });
});

describe('calc.grade', () => {
  it('flags 优 for 89.99', async () => {
    const flags = await flagsFor(cleanForm({ total_score: 89.99, grade: '优' }), 'calc.grade');
    expect(flags.map((f) => f.message_zh)).toEqual(['评分等级填报「优」，但总分 89.99 对应「良」']);
  });
  it('accepts 优 at exactly 90, 良好 for 85, and ignores an unknown grade', async () => {
    expect(await flagsFor(cleanForm({ total_score: 90, grade: '优' }), 'calc.grade')).toEqual([]);
    expect(await flagsFor(cleanForm({ total_score: 85, grade: '良好' }), 'calc.grade')).toEqual([]);
    expect(await flagsFor(cleanForm({ total_score: 50, grade: '合格' }), 'calc.grade')).toEqual([]);
  });
  it('follows changed grade bounds', async () => {
    const flags = await flagsFor(cleanForm({ total_score: 92, grade: '优' }), 'calc.grade', withParams({ 'calc.grade.excellent': 95 }));
    expect(flags[0]?.message_zh).toBe('评分等级填报「优」，但总分 92.00 对应「良」');
  });
});
