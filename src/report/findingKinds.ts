import type { Localized } from '../i18n/lang';

/**
 * The kinds of findings the review report tabulates, in its order, each with the rules it
 * gathers and the table reviewers paste for it (`columns`: which figures the row shows).
 */
export interface FindingKind {
  id: string;
  title: Localized;
  /** What the table shows and why it matters, one sentence for the report. */
  lead: Localized;
  rules: readonly string[];
  /** `form`: a form's funds and total score; `indicator`: the indicator's target, actual, weight and score; `loosened`: published against evaluated target; `message`: the rule and its message. */
  columns: 'form' | 'indicator' | 'loosened' | 'message';
}

export const FINDING_KINDS: readonly FindingKind[] = [
  {
    id: 'low_execution',
    title: { zh: '预算执行率偏低', en: 'Low budget execution' },
    lead: { zh: '执行率低于阈值的项目（含执行率为零），按执行率由低到高排列。', en: 'Projects below the execution thresholds (zero included), lowest rate first.' },
    rules: ['exec.low', 'exec.zero'],
    columns: 'form',
  },
  {
    id: 'high_score_low_execution',
    title: { zh: '高自评低执行', en: 'High self-score, low execution' },
    lead: { zh: '资金大部分未支出而自评总分仍高、产出与效益指标仍满分的项目。', en: 'Projects that spent little of their money yet scored high, their outputs and benefits at full marks.' },
    rules: ['inflation.low_exec_high_score', 'inflation.full_marks_low_exec'],
    columns: 'form',
  },
  {
    id: 'unmet_full_marks',
    title: { zh: '未达目标仍得满分', en: 'Targets missed, full marks given' },
    lead: { zh: '实际完成值未达到年度指标值，指标仍得满分。', en: 'Indicators whose actual missed the target and still scored the full weight.' },
    rules: ['inflation.unmet_full_score'],
    columns: 'indicator',
  },
  {
    id: 'target_loosened',
    title: { zh: '自评目标较公开目标表放宽', en: 'Targets loosened against the published target table' },
    lead: { zh: '同一指标在自评表中的目标比公开的绩效目标表宽松。', en: 'The same indicator evaluated against an easier target than the published target table set.' },
    rules: ['plan.target_loosened'],
    columns: 'loosened',
  },
  {
    id: 'arithmetic',
    title: { zh: '表内数据不符', en: 'Forms that do not add up' },
    lead: { zh: '执行率、得分、总分、分值或等级与表内其他数据不一致。', en: 'Rates, scores, totals, weights or grades that disagree with the form’s own figures.' },
    rules: ['calc.rate', 'calc.exec_score', 'calc.total', 'calc.over_weight', 'calc.weights', 'calc.grade'],
    columns: 'message',
  },
];
