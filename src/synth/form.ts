import type { EvaluationRow, IndicatorRecord, TargetIndicatorRow, TargetTableRow } from '../contract/tables';
import type { Random } from './random';
import { LEVEL2_PARENT } from '../normalize/indicatorLevel';
import { COUNT_UNITS, DEVIATION_NOTES, INDICATOR_NAMES, LEVEL_MIX, MET_PHRASES, QUALITATIVE_TARGETS } from './vocabulary';

export const round2 = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The printed totals a department's forms cycle through, ten at a time: 70% 优 (≥ 90)
 * and a mean of 94.4, so every department has the same mean self-score and share of 优
 * (the peer-comparison rules have nothing to find in clean data); forms past a multiple
 * of ten get the mean. Rates, budgets and indicators vary form by form.
 */
export const TOTAL_CYCLE = [99.5, 99, 98.5, 98, 97.5, 97, 96, 88.5, 86, 84] as const;
export const MEAN_TOTAL = 94.4;

/** Execution weight, and the weight the indicators share (total 100), as in the corpus. */
export const EXECUTION_WEIGHT = 10;
const INDICATOR_WEIGHT = 90;
/** Weight of each of the three 数量 indicators that carry a form's lost points. */
const CARRIER_WEIGHT = 10;
/** Most points one carrier loses (its actual stays at 40% or more). */
const CARRIER_MAX_LOSS = 6;

/** A self-evaluation being built: its row, its indicators, and its published target table if it has one. */
export interface FormDraft {
  evaluation: EvaluationRow;
  indicators: IndicatorRecord[];
  target: { table: TargetTableRow; indicators: TargetIndicatorRow[] } | null;
  /** Subject of the project (names its indicators). */
  subject: string;
  /** The printed total the form was built for (its place in TOTAL_CYCLE, or MEAN_TOTAL). */
  slotTotal: number;
}

export interface FormHead {
  evalId: string;
  sourceFile: string;
  formIndex: number;
  year: number;
  region: string;
  department: string;
  departmentCode: string;
  project: string;
  subject: string;
}

const gradeOf = (total: number) => (total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差');

/** The three weights-of-ten carriers first, then the rest drawn from the corpus's level mix (one cost and one timeliness indicator always). */
function levelsOf(random: Random, count: number): string[] {
  const levels = ['数量指标', '数量指标', '数量指标', '成本指标', '时效指标', '服务对象满意度指标'];
  const extra = LEVEL_MIX.filter(([level]) => level !== '成本指标');
  while (levels.length < count) levels.push(extra[random.weighted(extra.map(([, n]) => n))]![0]);
  return levels;
}

/** `weights` of 2.5-point steps summing to `total` over `count` indicators. */
function splitWeights(total: number, count: number): number[] {
  const steps = Math.round(total / 2.5);
  const base = Math.floor(steps / count);
  return Array.from({ length: count }, (_, i) => (base + (i < steps - base * count ? 1 : 0)) * 2.5);
}

const LEVEL_ORDER = ['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', '经济效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'];

function indicatorRow(form: EvaluationRow, level2: string, fields: Partial<IndicatorRecord>): IndicatorRecord {
  return {
    eval_id: form.eval_id, year: form.year, region: form.region, department: form.department, indicator_index: 0,
    level1: LEVEL2_PARENT[level2 as keyof typeof LEVEL2_PARENT] ?? null, level2, name: null, target_raw: null, actual_raw: null, target_op: null, target_value: null,
    target_unit: null, actual_value: null, actual_unit: null, actual_kind: 'qualitative', weight: null, score: null,
    deviation_note: null, line: null, source_ref: null, ...fields,
  };
}

/** A met indicator of `level2` at full marks, with values as the corpus prints them, named `name`. */
function metIndicator(random: Random, form: EvaluationRow, name: string, level2: string, weight: number): IndicatorRecord {
  const full = { weight, score: weight };
  switch (level2) {
    case '数量指标': {
      const unit = random.pick(COUNT_UNITS);
      const target = random.int(5, 200);
      const actual = random.int(target, Math.floor(target * 1.15));
      return indicatorRow(form, level2, { name, target_raw: `≥${target}${unit}`, target_op: '>=', target_value: target, target_unit: unit,
        actual_raw: `${actual}${unit}`, actual_value: actual, actual_unit: unit, actual_kind: 'numeric', ...full });
    }
    case '质量指标':
      return random.next() < 0.5
        ? indicatorRow(form, level2, { name, target_raw: '=100%', target_op: '=', target_value: 100, target_unit: '%',
            actual_raw: '100%', actual_value: 100, actual_unit: '%', actual_kind: 'numeric', ...full })
        : indicatorRow(form, level2, { name, target_raw: '合格', actual_raw: '合格', ...full });
    case '时效指标':
      return indicatorRow(form, level2, { name, target_raw: '及时', actual_raw: '及时', ...full });
    case '成本指标': {
      const budget = form.budget_initial as number;
      return indicatorRow(form, level2, { name, target_raw: `≤${budget}万元`, target_op: '<=', target_value: budget, target_unit: '万元',
        actual_raw: `${budget}万元`, actual_value: budget, actual_unit: '万元', actual_kind: 'numeric', ...full });
    }
    case '服务对象满意度指标': {
      const actual = random.int(91, 99);
      return indicatorRow(form, level2, { name, target_raw: '≥90%', target_op: '>=', target_value: 90, target_unit: '%',
        actual_raw: `${actual}%`, actual_value: actual, actual_unit: '%', actual_kind: 'numeric', ...full });
    }
    default: {
      const target = random.pick(QUALITATIVE_TARGETS);
      const boilerplate = random.next() < 0.4;
      return indicatorRow(form, level2, { name, target_raw: target, actual_raw: boilerplate ? random.pick(MET_PHRASES) : target,
        actual_kind: boilerplate ? 'boilerplate' : 'qualitative', ...full });
    }
  }
}

/** A name for an indicator of `level2` not yet in `taken` (the project's subject, then a corpus name): names tell a form's indicators apart. */
function indicatorName(random: Random, subject: string, level2: string, taken: Set<string>): string {
  const choices = INDICATOR_NAMES[level2] ?? ['工作指标'];
  const start = random.int(0, choices.length - 1);
  for (let round = 1; ; round++) {
    for (let k = 0; k < choices.length; k++) {
      const name = `${subject}${choices[(start + k) % choices.length]}${round > 1 ? `（${round}）` : ''}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  }
}

/**
 * Makes a weight-10 数量 indicator a completion rate that lost `loss` points: target
 * ≥100%, actual 100 − 10·loss %, scored weight × actual / target (the national
 * formula), with a deviation note (a clean form explains every lost point).
 */
export function loseOn(random: Random, indicator: IndicatorRecord, loss: number): void {
  const actual = Math.round((100 - (loss * 100) / (indicator.weight as number)) * 10) / 10;
  Object.assign(indicator, {
    name: indicator.name?.endsWith('完成率') ? indicator.name : `${indicator.name}完成率`, target_raw: '≥100%', target_op: '>=', target_value: 100, target_unit: '%',
    actual_raw: `${actual}%`, actual_value: actual, actual_unit: '%', actual_kind: 'numeric',
    score: round2(((indicator.weight as number) * actual) / 100), deviation_note: random.pick(DEVIATION_NOTES),
  });
}

/** The weight-10 数量 indicators of a draft that carry lost points (the first three 数量 indicators). */
export const carriers = (draft: FormDraft) => draft.indicators.filter((i) => i.level2 === '数量指标' && i.weight === CARRIER_WEIGHT).slice(0, 3);

/** Sets the form's money and rate: executed = full-year budget × `rate`; the printed rate as B/A to 0.01% (B/A itself is derived at ingest). */
export function setExecution(form: EvaluationRow, rate: number): void {
  const full = form.budget_full_year as number;
  const executed = round2(full * rate);
  const reported = round4(executed / full);
  Object.assign(form, {
    executed,
    execution_rate_reported: reported,
    execution_rate_raw: `${(reported * 100).toFixed(2)}%`,
    execution_score: round2(EXECUTION_WEIGHT * Math.min(reported, 1)),
  });
}

/**
 * `setExecution` at a rate of 80% or more, or fully executed where rounding a small
 * budget's executed amount prints the rate under 80% or leaves too few points to print `total`.
 */
export function executeFor(form: EvaluationRow, rate: number, total: number): void {
  setExecution(form, rate);
  // B/A itself, not the rounded figure printed: the rules read B/A.
  if ((form.executed as number) / (form.budget_full_year as number) < 0.8 || (form.execution_score as number) + INDICATOR_WEIGHT < total) setExecution(form, 1);
}

/**
 * Spreads the points the form must lose to print `total` (execution score + 90 −
 * total) over its carriers, at most CARRIER_MAX_LOSS each; the others stay at full marks.
 */
export function spreadLoss(random: Random, draft: FormDraft, total: number): void {
  let loss = round2((draft.evaluation.execution_score as number) + INDICATOR_WEIGHT - total);
  if (loss < -1e-9 || loss > CARRIER_MAX_LOSS * 3 + 1e-9) throw new Error(`cannot lose ${loss} points on ${draft.evaluation.eval_id}`);
  for (const carrier of carriers(draft)) {
    const part = Math.min(loss, CARRIER_MAX_LOSS);
    if (part > 1e-9) loseOn(random, carrier, part);
    loss = round2(loss - part);
  }
}

/** Gives every carrier its full marks back (actual 100%, no deviation note): the form then loses no point. */
export function restoreCarriers(draft: FormDraft): void {
  for (const carrier of carriers(draft)) {
    if ((carrier.score ?? 0) >= (carrier.weight ?? 0)) continue;
    Object.assign(carrier, { actual_raw: '100%', actual_value: 100, score: carrier.weight, deviation_note: null });
  }
}

/** Points a carrier has lost (0 at full marks). */
export const lossOf = (carrier: IndicatorRecord) => round2((carrier.weight ?? 0) - (carrier.score ?? 0));

/** Recomputes the printed total (execution score + indicator scores) and the grade it gives. */
export function settleTotal(draft: FormDraft): void {
  const sum = draft.indicators.reduce((s, i) => s + (i.score ?? 0), draft.evaluation.execution_score ?? 0);
  draft.evaluation.total_score = round2(sum);
  draft.evaluation.grade = gradeOf(draft.evaluation.total_score);
}

/** Numbers the indicators in level order and gives them their lines (the form's own lines follow its head). */
function numberIndicators(draft: FormDraft): void {
  draft.indicators.sort((a, b) => LEVEL_ORDER.indexOf(a.level2 ?? '') - LEVEL_ORDER.indexOf(b.level2 ?? ''));
  draft.indicators.forEach((indicator, i) => {
    indicator.indicator_index = i + 1;
    indicator.line = (draft.evaluation.line_start as number) + 12 + i;
    indicator.source_ref = `第${indicator.line}行`;
  });
}

/**
 * A clean self-evaluation that no audit rule flags: rate 80–100% (B/A printed to
 * 0.01%), the budget adjusted by at most 15%, 8–15 indicators in the corpus's level
 * mix weighing 90 in all, every target met at full marks except the completion rates
 * that carry the points needed to print `total` (each with a deviation note), the cost
 * target equal to the initial budget, satisfaction above its target but below 100%.
 */
export function cleanForm(random: Random, head: FormHead, total: number): FormDraft {
  const budgetInitial = round2(Math.min(5000, Math.max(1, random.logNormal(40, 1.2))));
  const budgetFullYear = round2(budgetInitial * (1 + random.int(-100, 150) / 1000));
  const lineStart = (head.formIndex - 1) * 60 + 1;
  const evaluation: EvaluationRow = {
    eval_id: head.evalId, source_file: head.sourceFile, form_index: head.formIndex, line_start: lineStart, line_end: lineStart + 59,
    year: head.year, region: head.region, department: head.department, department_code: head.departmentCode,
    implementing_unit: head.department, project: head.project, project_raw: head.project, project_code: null, scope: 'project',
    source_ref: `第${lineStart + 2}行`,
    budget_initial: budgetInitial, budget_full_year: budgetFullYear, executed: null, execution_rate: null,
    execution_rate_reported: null, execution_rate_raw: null, execution_weight: EXECUTION_WEIGHT, execution_score: null,
    total_weight: 100, total_score: null, score_sum: null, grade: null, indicator_count: null, warnings: [], quality: 'clean', quality_reasons: [],
  };
  // The rate leaves the carriers between 0 and 18 points to lose; where rounding a small budget's
  // executed amount takes the rate below that, the project is fully executed instead.
  const lowest = Math.max(0.8, (total - INDICATOR_WEIGHT) / EXECUTION_WEIGHT);
  executeFor(evaluation, lowest + random.next() * (1 - lowest), total);
  const count = random.int(8, 15);
  const levels = levelsOf(random, count);
  const weights = [CARRIER_WEIGHT, CARRIER_WEIGHT, CARRIER_WEIGHT, ...splitWeights(INDICATOR_WEIGHT - 3 * CARRIER_WEIGHT, count - 3)];
  const names = new Set<string>();
  const draft: FormDraft = {
    evaluation,
    indicators: levels.map((level, i) => metIndicator(random, evaluation, indicatorName(random, head.subject, level, names), level, weights[i] as number)),
    target: null,
    subject: head.subject,
    slotTotal: total,
  };
  numberIndicators(draft);
  spreadLoss(random, draft, total);
  settleTotal(draft);
  return draft;
}

/** The published 绩效目标表 of a draft: same project, 年度资金总额 = its initial budget, the same indicators and targets. */
export function targetTableOf(draft: FormDraft, targetTableId: string, sourceFile: string, formIndex: number): FormDraft['target'] {
  const e = draft.evaluation;
  const table: TargetTableRow = {
    target_table_id: targetTableId, source_file: sourceFile, form_index: formIndex, line_start: (formIndex - 1) * 40 + 1,
    line_end: formIndex * 40, year: e.year, region: e.region, department: e.department, department_code: e.department_code,
    implementing_unit: e.implementing_unit, project: e.project, project_raw: e.project_raw, project_code: null, scope: 'project',
    source_ref: `第${(formIndex - 1) * 40 + 3}行`, budget_total: e.budget_initial,
    budget_fiscal: e.budget_initial, budget_other: 0, project_period: '1年', goal_text: `完成${draft.subject}年度工作任务`,
    warnings: [], quality: 'clean', quality_reasons: [],
  };
  const indicators = draft.indicators.map((i, k): TargetIndicatorRow => ({
    target_table_id: targetTableId, indicator_index: i.indicator_index, level1: i.level1, level2: i.level2, name: i.name,
    target_raw: i.target_raw, target_op: i.target_op, target_value: i.target_value, target_unit: i.target_unit,
    line: (table.line_start as number) + 10 + k, source_ref: `第${(table.line_start as number) + 10 + k}行`,
  }));
  return { table, indicators };
}
