/**
 * Label synonyms and column roles of the row-per-line layout. A template of
 * another province (Sichuan: 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 /
 * 权重, indicators in 指标性质 / 指标值 / 度量单位 / 完成值) is a few synonyms here.
 * Labels are matched on text without whitespace; OCR that prints a character
 * twice at a cell boundary (`评分等|等级`) still matches.
 */
import { compact } from './ocrText';

export const PROJECT_LABELS = ['项目名称', '项目支出名称'] as const;
export const DEPARTMENT_LABELS = ['主管部门及代码', '主管部门'] as const;
export const UNIT_LABELS = ['实施单位'] as const;
export const FUNDS_TOTAL_LABELS = ['年度资金总额', '资金总额'] as const;
/** Rows of the funds block below the total: structure, their figures are not part of the form model. */
export const FUNDS_DETAIL_LABELS = ['其中', '财政拨款', '上年结转', '其他资金', '项目资金'] as const;
export const GOAL_LABEL_TOKENS = ['年度总体目标', '年度', '总体', '目标'] as const;
export const GOAL_HEADER_LABELS = ['预期目标', '期目标', '实际完成情况', '际完成', '完成情况'] as const;
export const GOAL_ACTUAL_LABELS = ['实际完成情况', '实际完成', '际完成情', '际完成', '完成情况'] as const;
export const TOTAL_LABELS = ['总分'] as const;
/** `评分等` alone is enough: OCR misreads the last character (`评分等|纵`). */
export const GRADE_LABELS = ['评分等级', '评分等'] as const;

export type FundsRole = 'budgetInitial' | 'budgetFullYear' | 'executed' | 'weight' | 'rate' | 'score';

export const FUNDS_ROLE_SYNONYMS: Readonly<Record<FundsRole, readonly string[]>> = {
  budgetInitial: ['年初预算数', '年初预算'],
  budgetFullYear: ['全年预算数', '调整后预算数', '调整后预算'],
  executed: ['全年执行数', '预算执行数', '全年执行'],
  weight: ['分值', '分数', '权重'],
  rate: ['预算执行率', '执行率'],
  score: ['得分'],
};

/** Budget roles: a funds header row names at least one of them. */
export const FUNDS_AMOUNT_ROLES: readonly FundsRole[] = ['budgetInitial', 'budgetFullYear', 'executed'];

export type IndicatorRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'nature'
  | 'target'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'note';

export const INDICATOR_ROLE_SYNONYMS: Readonly<Record<IndicatorRole, readonly string[]>> = {
  level1: ['一级指标', '一级'],
  level2: ['二级指标', '二级'],
  name: ['三级指标', '三级'],
  nature: ['指标性质'],
  target: ['年度指标值', '指标值', '目标值'],
  unit: ['度量单位', '计量单位'],
  actual: ['实际完成值', '完成值', '实际值'],
  weight: ['分值', '权重', '分数'],
  score: ['得分'],
  note: ['偏差原因分析及改进措施', '偏差原因', '改进措施'],
};

/** Tails of split indicator header labels (`二级|指标`, `偏差原因|及改进措施`) on a header's second line. */
export const INDICATOR_HEADER_TAILS = ['指标', '及改进', '措施', '分析'] as const;

/**
 * The 一级/二级 families: which 二级 label belongs under which 一级 label.
 * Tested on labels as printed, so OCR fragments (`可持`, `服对满度标`) still tell their family.
 */
export const LEVEL_FAMILIES = [
  { level1: /[产出]/, level2: /数量|质量|时效|成本/ },
  { level1: /[效益]/, level2: /经济|社会|生态|可持|续影|响指/ },
  { level1: /[满意]/, level2: /服务|对象|满|意/ },
] as const;

/** Characters of the 一级/二级 labels: an OCR fragment in a label column without any of them is noise. */
export const LEVEL_LABEL_CHARS = new Set(
  [...'产出效益满意度指标数量质量时效成本经济社会生态可持续影响服务对象'],
);

const patterns = new Map<string, RegExp>();

/** A label as a pattern in which each character may repeat (`评分等等级`). */
function labelPattern(label: string): RegExp {
  let pattern = patterns.get(label);
  if (pattern === undefined) {
    pattern = new RegExp([...label].map((ch) => `${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}+`).join(''));
    patterns.set(label, pattern);
  }
  return pattern;
}

/** The earliest match of any of the labels in text (whitespace removed), tolerant of doubled characters. */
export function findLabel(text: string, labels: readonly string[]): { start: number; end: number } | null {
  const target = compact(text);
  let best: { start: number; end: number } | null = null;
  for (const label of labels) {
    const match = labelPattern(label).exec(target);
    if (match && (best === null || match.index < best.start)) {
      best = { start: match.index, end: match.index + match[0].length };
    }
  }
  return best;
}

export const hasLabel = (text: string, labels: readonly string[]): boolean => findLabel(text, labels) !== null;

/** The role whose synonym occurs earliest in a header cell's text (longest synonym on a tie). */
export function roleOf<R extends string>(text: string, synonyms: Readonly<Record<R, readonly string[]>>): R | null {
  const target = compact(text).replace(/[（]/g, '(').replace(/[）]/g, ')');
  let best: { role: R; at: number; length: number } | null = null;
  for (const role of Object.keys(synonyms) as R[]) {
    for (const synonym of synonyms[role]) {
      const at = target.indexOf(synonym);
      if (at < 0) continue;
      if (best === null || at < best.at || (at === best.at && synonym.length > best.length)) {
        best = { role, at, length: synonym.length };
      }
    }
  }
  return best?.role ?? null;
}

/**
 * Column roles of a header given as one text per column: a column without a
 * label continues the labelled column on its left (a merged header cell, or
 * a label's tail such as `全年执行|数`). Each role is taken once.
 */
export function columnRoles<R extends string>(
  columns: readonly string[],
  synonyms: Readonly<Record<R, readonly string[]>>,
): Map<R, { first: number; last: number }> {
  const roles = new Map<R, { first: number; last: number }>();
  let current: { first: number; last: number } | null = null;
  columns.forEach((text, col) => {
    const role = roleOf(text, synonyms);
    if (role !== null && !roles.has(role)) {
      current = { first: col, last: col };
      roles.set(role, current);
    } else if (current !== null) {
      current.last = col;
    }
  });
  return roles;
}
