import { type ChartItems, chartItems } from '../../charts/chartItems';
import { at, type Columns } from '../../db/arrowValues';
import type { ChartOption } from '../../charts/echarts';
import { plainText } from '../../charts/plainText';
import { BAND_COLORS, CATEGORICAL, TEXT_TOOLTIP } from '../../charts/theme';
import { formatInt, formatMoneyUnit, formatRate, formatScore } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { HIGH_SCORE, RATE_LOW } from '../../query/thresholds';
import { qualityLine, qualityMark } from '../common/quality';
import { printedRateLine } from '../common/rate';

const L = {
  rate: { zh: '执行率', en: 'Execution rate' },
  score: { zh: '自评总分', en: 'Total self-score' },
  budget: { zh: '全年预算', en: 'Full-year budget' },
  quadrant: { zh: '低执行·高自评', en: 'Low execution, high score' },
  share: { zh: '满分指标占比', en: 'Share of indicators at full marks' },
  indicators: { zh: '指标', en: 'indicators' },
  damaged: { zh: '含损坏表', en: 'damaged forms included' },
};

/** Point size by budget: area proportional to the amount, 6–40 px. */
export function budgetSymbolSize(budget: unknown, maxBudget: number): number {
  const b = typeof budget === 'number' && budget > 0 ? budget : 0;
  return maxBudget > 0 ? 6 + 34 * Math.sqrt(b / maxBudget) : 10;
}

/**
 * Scatter of execution rate (x) against total self-score (y), point size =
 * full-year budget (scaled to the query's max_budget); the low-execution/high-score
 * quadrant is shaded and its count (from SQL) written in it. Quadrant points are dark, the others light.
 */
export function scatterSpec(data: Columns, lang: Lang): ChartOption {
  const maxBudget = Number(at(data, 'max_budget', 0) ?? 0);
  const count = Number(at(data, 'quadrant_count', 0) ?? 0);
  return {
    dataset: { source: data },
    grid: { top: 28, left: 8, right: 28, bottom: 40 },
    xAxis: {
      type: 'value',
      name: L.rate[lang],
      nameLocation: 'middle',
      nameGap: 26,
      min: 0,
      max: (v: { max: number }) => Math.max(1, Math.ceil(v.max * 10) / 10),
      axisLabel: { formatter: (v: number) => formatRate(v, 0) },
    },
    yAxis: { type: 'value', name: L.score[lang], min: (v: { min: number }) => Math.min(50, Math.floor(v.min / 10) * 10), max: 100 },
    tooltip: {
      ...TEXT_TOOLTIP,
      formatter: (p: { dataIndex: number }) => {
        const i = p.dataIndex;
        return [
          `${qualityMark(at(data, 'quality', i))}${plainText(at(data, 'project', i))} (${String(at(data, 'year', i))})`,
          plainText(at(data, 'department', i)),
          `${L.rate[lang]}: ${formatRate(at(data, 'rate', i))}`,
          printedRateLine(at(data, 'rate_printed', i), at(data, 'rate_differs', i), at(data, 'rate_basis', i), lang),
          `${L.score[lang]}: ${formatScore(at(data, 'total_score', i))}`,
          `${L.budget[lang]}: ${formatMoneyUnit(at(data, 'budget_full_year', i))}`,
          plainText(qualityLine(at(data, 'quality', i), at(data, 'quality_reasons', i), lang)),
        ]
          .filter(Boolean)
          .join('\n');
      },
    },
    series: [
      {
        type: 'scatter',
        clip: false,
        encode: { x: 'rate', y: 'total_score' },
        // A damaged form is a triangle (△, as its label is marked elsewhere).
        symbol: (_v: unknown, p: { dataIndex: number }) => (at(data, 'quality', p.dataIndex) === 'damaged' ? 'triangle' : 'circle'),
        symbolSize: (_v: unknown, p: { dataIndex: number }) => budgetSymbolSize(at(data, 'budget_full_year', p.dataIndex), maxBudget),
        itemStyle: {
          color: (p: { dataIndex: number }) => (at(data, 'in_quadrant', p.dataIndex) ? BAND_COLORS.low : CATEGORICAL[2]),
          opacity: 0.85,
          borderColor: '#102a43',
          borderWidth: 0.6,
        },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(127, 39, 4, 0.08)', borderColor: BAND_COLORS.low, borderType: 'dashed', borderWidth: 1 },
          label: { show: true, position: 'insideTopLeft', color: BAND_COLORS.low, fontWeight: 'bold', formatter: `${L.quadrant[lang]}: ${count}` },
          data: [[{ xAxis: 0, yAxis: HIGH_SCORE }, { xAxis: RATE_LOW, yAxis: 100 }]],
        },
      },
    ],
  };
}

/** Horizontal bars: per department, the share of indicators given full marks. */
export function fullMarkShareSpec(data: Columns, lang: Lang): ChartOption {
  return {
    dataset: { source: data },
    grid: { top: 8, left: 8, right: 64, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => formatRate(v, 0) } },
    yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0, formatter: (v: string) => plainText(v, 20) } },
    tooltip: {
      ...TEXT_TOOLTIP,
      formatter: (p: { dataIndex: number }) => {
        const i = p.dataIndex;
        return [
          plainText(at(data, 'department', i)),
          `${L.share[lang]}: ${formatRate(at(data, 'full_mark_share', i), 1)}`,
          `${formatInt(at(data, 'full_mark_indicators', i))} / ${formatInt(at(data, 'indicators', i))} ${L.indicators[lang]}`,
          Number(at(data, 'damaged', i) ?? 0) > 0 ? `${L.damaged[lang]}: ${formatInt(at(data, 'damaged', i))}` : '',
        ]
          .filter(Boolean)
          .join('\n');
      },
    },
    series: [
      {
        type: 'bar',
        encode: { x: 'full_mark_share', y: 'department' },
        barMaxWidth: 18,
        itemStyle: { color: CATEGORICAL[0] },
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => formatRate(at(data, 'full_mark_share', p.dataIndex), 1) },
      },
    ],
  };
}

/** The scatter's points as text: "project · year: rate, score". */
export const scatterItems = (data: Columns): ChartItems =>
  chartItems(data.project?.length ?? 0, (i) =>
    `${String(data.project?.[i])} · ${String(at(data, 'year', i))}: ${formatRate(at(data, 'rate', i))}, ${formatScore(at(data, 'total_score', i))}`);

/** The departments' bars as text: "department: share". */
export const fullMarkShareItems = (data: Columns): ChartItems =>
  chartItems(data.department?.length ?? 0, (i) =>
    `${String(data.department?.[i])}: ${formatRate(at(data, 'full_mark_share', i), 1)}`);
