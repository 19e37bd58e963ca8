import type { IndicatorRecord } from '../contract/tables';
import {
  MEAN_TOTAL,
  carriers,
  executeFor,
  lossOf,
  loseOn,
  restoreCarriers,
  round2,
  setExecution,
  settleTotal,
  spreadLoss,
  type FormDraft,
} from './form';
import type { Random } from './random';
import { COUNT_UNITS } from './vocabulary';

/**
 * Anomalies injected into clean synthetic forms, one recipe per kind of finding,
 * each changing a form just enough for its rule — and saying which flags the rules
 * must then raise (`flag_id`s as the rules build them). Where one change makes
 * several rules fire by their definitions (execution at 45% with every output
 * indicator at full marks is also "full marks at low execution"), all are expected.
 * No recipe raises a form's printed total, so the department comparisons of the
 * clean forms around it stay quiet.
 */

export const evalFlag = (rule: string, d: FormDraft) => `${rule}:${d.evaluation.eval_id}`;
export const indicatorFlag = (rule: string, d: FormDraft, i: IndicatorRecord) => `${rule}:${d.evaluation.eval_id}:${i.indicator_index}`;

/** 数量 indicators with a count target met at full marks (the ones a recipe may change). */
const metCounts = (d: FormDraft) =>
  d.indicators.filter((i) => i.level2 === '数量指标' && COUNT_UNITS.includes(i.target_unit ?? '') && i.score === i.weight && i.target_op === '>=');
const stated = (d: FormDraft) => d.evaluation.execution_rate_reported as number;

export interface FormRecipe {
  /** The rule the recipe is for (its main flag). */
  rule: string;
  /** Whether it applies to a form: plan recipes need a published target table, the others a form without one. */
  fits(d: FormDraft): boolean;
  /** Changes the form; returns the flags the rules must raise. */
  apply(random: Random, d: FormDraft): string[];
}

/** Execution at `rate` with every indicator at full marks: low execution, and full marks despite it. */
function lowExecution(d: FormDraft, rate: number): void {
  setExecution(d.evaluation, rate);
  restoreCarriers(d);
  settleTotal(d);
}

const lowExecutionFlags = (d: FormDraft, rules: string[]) => rules.map((r) => evalFlag(r, d));

const withoutTarget = (extra: (d: FormDraft) => boolean = () => true) => (d: FormDraft) => d.target === null && extra(d);
const withTarget = (extra: (d: FormDraft) => boolean = () => true) => (d: FormDraft) => d.target !== null && extra(d);

export const FORM_RECIPES: readonly FormRecipe[] = [
  {
    rule: 'exec.low',
    fits: withoutTarget((d) => d.slotTotal >= 98),
    apply: (random, d) => {
      lowExecution(d, 0.65 + random.int(0, 13) / 100);
      return lowExecutionFlags(d, ['exec.low', 'inflation.full_marks_low_exec']);
    },
  },
  {
    rule: 'inflation.low_exec_high_score',
    fits: withoutTarget((d) => d.slotTotal >= 96),
    apply: (random, d) => {
      lowExecution(d, 0.3 + random.int(0, 25) / 100);
      return lowExecutionFlags(d, ['exec.low', 'inflation.full_marks_low_exec', 'inflation.low_exec_high_score']);
    },
  },
  {
    rule: 'exec.zero',
    fits: withoutTarget((d) => d.slotTotal >= 96),
    apply: (_random, d) => {
      lowExecution(d, 0);
      return lowExecutionFlags(d, ['exec.zero', 'inflation.full_marks_low_exec', 'inflation.low_exec_high_score']);
    },
  },
  {
    rule: 'exec.over',
    fits: withoutTarget(),
    apply: (random, d) => {
      setExecution(d.evaluation, 1.05);
      restoreCarriers(d);
      spreadLoss(random, d, d.slotTotal);
      settleTotal(d);
      return [evalFlag('exec.over', d)];
    },
  },
  {
    rule: 'budget.adjusted',
    fits: withoutTarget(),
    apply: (random, d) => {
      const rate = stated(d);
      d.evaluation.budget_full_year = round2((d.evaluation.budget_initial as number) * 1.3);
      setExecution(d.evaluation, rate);
      restoreCarriers(d);
      spreadLoss(random, d, d.slotTotal);
      settleTotal(d);
      return [evalFlag('budget.adjusted', d)];
    },
  },
  {
    rule: 'calc.rate',
    fits: withoutTarget((d) => stated(d) <= 0.97),
    apply: (_random, d) => {
      const printed = Math.round((stated(d) + 0.02) * 10_000) / 10_000;
      Object.assign(d.evaluation, { execution_rate_reported: printed, execution_rate_raw: `${(printed * 100).toFixed(2)}%` });
      return [evalFlag('calc.rate', d)];
    },
  },
  {
    rule: 'calc.exec_score',
    fits: withoutTarget(),
    apply: (_random, d) => {
      d.evaluation.execution_score = round2((d.evaluation.execution_score as number) - 1.5);
      settleTotal(d);
      return [evalFlag('calc.exec_score', d)];
    },
  },
  {
    rule: 'calc.total',
    fits: withoutTarget(),
    apply: (_random, d) => {
      d.evaluation.total_score = round2((d.evaluation.total_score as number) - 2);
      const total = d.evaluation.total_score;
      d.evaluation.grade = total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
      return [evalFlag('calc.total', d)];
    },
  },
  {
    rule: 'calc.over_weight',
    fits: withoutTarget((d) => overWeightPair(d) !== null),
    apply: (random, d) => {
      const [over, carrier] = overWeightPair(d)!;
      over.score = round2((over.weight as number) + 2);
      loseOn(random, carrier, lossOf(carrier) + 2);
      settleTotal(d);
      return [indicatorFlag('calc.over_weight', d, over), indicatorFlag('score.formula', d, over)];
    },
  },
  {
    rule: 'calc.weights',
    fits: withoutTarget((d) => d.indicators.some((i) => i.level2 === '时效指标')),
    apply: (_random, d) => {
      const timely = d.indicators.find((i) => i.level2 === '时效指标')!;
      timely.weight = round2((timely.weight as number) - 2.5);
      timely.score = timely.weight;
      settleTotal(d);
      return [evalFlag('calc.weights', d)];
    },
  },
  {
    rule: 'calc.grade',
    fits: withoutTarget((d) => d.slotTotal >= 90),
    apply: (_random, d) => {
      d.evaluation.grade = '良';
      return [evalFlag('calc.grade', d)];
    },
  },
  {
    rule: 'score.formula',
    fits: withoutTarget(),
    apply: (random, d) => {
      const carrier = carriers(d)[0]!;
      if (lossOf(carrier) < 1) loseOn(random, carrier, 1);
      carrier.score = round2((carrier.score as number) - 1.5);
      settleTotal(d);
      return [indicatorFlag('score.formula', d, carrier)];
    },
  },
  {
    rule: 'score.qual_band',
    fits: withoutTarget((d) => d.indicators.some((i) => i.level2 === '时效指标')),
    apply: (_random, d) => {
      const timely = d.indicators.find((i) => i.level2 === '时效指标')!;
      Object.assign(timely, { actual_raw: '部分完成', actual_kind: 'qualitative' });
      return [indicatorFlag('score.qual_band', d, timely)];
    },
  },
  {
    rule: 'inflation.unmet_full_score',
    fits: withoutTarget((d) => metCounts(d).length > 0),
    apply: (_random, d) => {
      const count = metCounts(d)[0]!;
      const actual = Math.floor((count.target_value as number) * 0.9);
      Object.assign(count, { actual_value: actual, actual_raw: `${actual}${count.actual_unit}`, deviation_note: '部分活动因故取消' });
      return [indicatorFlag('inflation.unmet_full_score', d, count), indicatorFlag('score.formula', d, count)];
    },
  },
  {
    rule: 'inflation.no_deviation_note',
    fits: withoutTarget((d) => metCounts(d).length > 0),
    apply: (_random, d) => {
      const count = metCounts(d)[0]!;
      const actual = Math.floor((count.target_value as number) * 0.9);
      Object.assign(count, {
        actual_value: actual, actual_raw: `${actual}${count.actual_unit}`,
        score: round2(((count.weight as number) * actual) / (count.target_value as number)),
      });
      settleTotal(d);
      return [indicatorFlag('inflation.no_deviation_note', d, count)];
    },
  },
  {
    rule: 'target.over_achieved',
    fits: withoutTarget((d) => metCounts(d).length > 0),
    apply: (_random, d) => {
      const count = metCounts(d)[0]!;
      const actual = Math.ceil((count.target_value as number) * 1.5);
      Object.assign(count, { actual_value: actual, actual_raw: `${actual}${count.actual_unit}` });
      return [indicatorFlag('target.over_achieved', d, count)];
    },
  },
  {
    rule: 'target.boilerplate_actual',
    fits: withoutTarget((d) => metCounts(d).length > 0),
    apply: (_random, d) => {
      const count = metCounts(d)[0]!;
      Object.assign(count, { actual_raw: '达成预期指标', actual_value: null, actual_unit: null, actual_kind: 'boilerplate' });
      return [indicatorFlag('target.boilerplate_actual', d, count)];
    },
  },
  {
    rule: 'target.unit_mismatch',
    fits: withoutTarget((d) => metCounts(d).length > 0),
    apply: (_random, d) => {
      const count = metCounts(d)[0]!;
      Object.assign(count, { actual_raw: '100%', actual_value: 100, actual_unit: '%' });
      return [indicatorFlag('target.unit_mismatch', d, count)];
    },
  },
  {
    rule: 'target.cost_vs_budget',
    fits: withoutTarget(),
    apply: (_random, d) => {
      const cost = d.indicators.find((i) => i.level2 === '成本指标')!;
      const target = round2((d.evaluation.budget_initial as number) * 0.8);
      Object.assign(cost, { target_raw: `≤${target}万元`, target_value: target, actual_raw: `${target}万元`, actual_value: target });
      return [indicatorFlag('target.cost_vs_budget', d, cost)];
    },
  },
  {
    rule: 'target.vague',
    fits: withoutTarget((d) => metCounts(d).length > 0),
    apply: (_random, d) => {
      const count = metCounts(d)[0]!;
      Object.assign(count, { target_raw: '若干', target_op: null, target_value: null, target_unit: null });
      return [indicatorFlag('target.vague', d, count)];
    },
  },
  {
    rule: 'form.empty',
    fits: withoutTarget(),
    apply: (_random, d) => {
      d.indicators = [];
      settleTotal(d);
      return [evalFlag('form.empty', d)];
    },
  },
  {
    rule: 'form.no_total',
    fits: withoutTarget((d) => d.slotTotal >= MEAN_TOTAL),
    apply: (_random, d) => {
      Object.assign(d.evaluation, { total_score: null, grade: null });
      return [evalFlag('form.no_total', d)];
    },
  },
  {
    rule: 'plan.budget_changed',
    fits: withTarget(),
    apply: (_random, d) => {
      const budget = round2((d.evaluation.budget_initial as number) * 1.2);
      Object.assign(d.target!.table, { budget_total: budget, budget_fiscal: budget });
      return [evalFlag('plan.budget_changed', d)];
    },
  },
  {
    rule: 'plan.indicator_changed',
    fits: withTarget((d) => metCounts(d).length > 0),
    apply: (_random, d) => {
      const count = metCounts(d)[0]!;
      d.target!.indicators = d.target!.indicators.filter((t) => t.indicator_index !== count.indicator_index);
      return [`plan.indicator_changed:${d.evaluation.eval_id}:added:${count.indicator_index}`];
    },
  },
  {
    rule: 'plan.target_loosened',
    fits: withTarget((d) => metCounts(d).some((i) => (i.target_value as number) >= 5)),
    apply: (_random, d) => {
      const count = metCounts(d).find((i) => (i.target_value as number) >= 5)!;
      const lowered = Math.floor((count.target_value as number) * 0.8);
      Object.assign(count, {
        target_raw: `≥${lowered}${count.target_unit}`, target_value: lowered, actual_raw: `${lowered}${count.actual_unit}`, actual_value: lowered,
      });
      return [`plan.target_loosened:${d.evaluation.eval_id}:${count.indicator_index}`];
    },
  },
];

/** A met count indicator to score above its weight and a carrier (another indicator) that can lose two more points. */
function overWeightPair(d: FormDraft): [IndicatorRecord, IndicatorRecord] | null {
  const over = metCounts(d)[0];
  const carrier = carriers(d).find((c) => c !== over && lossOf(c) + 2 <= 6);
  return over && carrier ? [over, carrier] : null;
}

/**
 * Department-level anomalies: they change every form of one department and year
 * (which then gets no other anomaly), and every form of it is flagged.
 */
export const GROUP_RECIPES = {
  /** Every form 优 at the mean total, but executed at 80–84%: below the region's rate. */
  'dept.all_excellent': (random: Random, forms: FormDraft[]): string[] =>
    forms.flatMap((d) => {
      d.slotTotal = MEAN_TOTAL;
      executeFor(d.evaluation, 0.8 + random.int(2, 40) / 1000, MEAN_TOTAL);
      restoreCarriers(d);
      spreadLoss(random, d, MEAN_TOTAL);
      settleTotal(d);
      return [evalFlag('dept.all_excellent', d)];
    }),
  /** Every form at 99.5: the department's mean stands out from its peers of the region and year. */
  'dept.score_outlier': (random: Random, forms: FormDraft[]): string[] =>
    forms.flatMap((d) => {
      executeFor(d.evaluation, 0.952 + random.int(0, 48) / 1000, 99.5);
      restoreCarriers(d);
      spreadLoss(random, d, 99.5);
      settleTotal(d);
      return [evalFlag('dept.score_outlier', d)];
    }),
  /** The same indicator row (name, target, actual) in three of the department's projects. */
  'dept.copied_indicators': (_random: Random, forms: FormDraft[]): string[] =>
    forms
      .filter((d) => d.target === null && metCounts(d).length > 0)
      .slice(0, 3)
      .map((d) => {
        const count = metCounts(d)[0]!;
        Object.assign(count, {
          name: '完成工作任务数量', target_raw: '≥20次', target_value: 20, target_unit: '次', actual_raw: '21次', actual_value: 21, actual_unit: '次',
        });
        return indicatorFlag('dept.copied_indicators', d, count);
      }),
  /** Every satisfaction indicator of the department answered with exactly its target. */
  'dept.satisfaction_exact': (_random: Random, forms: FormDraft[]): string[] =>
    forms.flatMap((d) =>
      d.indicators
        .filter((i) => i.level2 === '服务对象满意度指标')
        .map((i) => {
          Object.assign(i, { actual_raw: `${i.target_value}%`, actual_value: i.target_value });
          return indicatorFlag('dept.satisfaction_exact', d, i);
        }),
    ),
} as const;

export type GroupRecipe = keyof typeof GROUP_RECIPES;
