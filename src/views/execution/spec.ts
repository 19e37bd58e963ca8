import { type ChartItems, chartItems } from '../../charts/chartItems';
import { at, type Columns } from '../../db/arrowValues';
import type { ChartOption } from '../../charts/echarts';
import { plainText } from '../../charts/plainText';
import { BAND_COLORS, CATEGORICAL, TEXT_TOOLTIP } from '../../charts/theme';
import { RATE_LOW, RATE_MID } from '../../query/thresholds';
import { formatInt, formatMoneyUnit, formatRate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { qualityLine, qualityMark } from '../common/quality';
import { printedRateLine } from '../common/rate';

const L = {
  rate: { zh: '执行率', en: 'Execution rate' },
  budget: { zh: '全年预算', en: 'Full-year budget' },
  initial: { zh: '年初预算', en: 'Initial budget' },
  executed: { zh: '执行数', en: 'Executed' },
  projects: { zh: '项目数', en: 'Projects' },
  score: { zh: '自评总分', en: 'Total self-score' },
  low: { zh: `低于 ${RATE_LOW * 100}%`, en: `below ${RATE_LOW * 100}%` },
  mid: { zh: `${RATE_LOW * 100}%–${RATE_MID * 100}%`, en: `${RATE_LOW * 100}–${RATE_MID * 100}%` },
  high: { zh: `${RATE_MID * 100}% 及以上`, en: `${RATE_MID * 100}% and above` },
  change: { zh: '调整', en: 'Change' },
  amount: { zh: '万元', en: '10k CNY' },
  damaged: { zh: '其中损坏表', en: 'of them damaged' },
};

/** Category labels of a ranked list, in `pos` order: "project · year", a damaged form marked `△`. */
export const projectLabels = (data: Columns): string[] =>
  Array.from(data.project ?? [], (p, i) => `${qualityMark(at(data, 'quality', i))}${plainText(p, 26)} · ${String(at(data, 'year', i) ?? '')}`);

/**
 * Horizontal bars of projects ranked by execution rate, coloured by the band
 * SQL assigned, with reference lines at the two thresholds; the tooltip gives the money.
 */
export function rankingSpec(data: Columns, lang: Lang): ChartOption {
  const labels = projectLabels(data);
  return {
    dataset: { source: data },
    grid: { top: 30, left: 8, right: 56, bottom: 8 },
    legend: { show: false },
    xAxis: { type: 'value', min: 0, max: (v: { max: number }) => Math.max(1, v.max), axisLabel: { formatter: (v: number) => formatRate(v, 0) } },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { interval: 0, fontSize: 11 } },
    visualMap: {
      type: 'piecewise',
      dimension: 'band',
      categories: ['low', 'mid', 'high'],
      inRange: { color: [BAND_COLORS.low, BAND_COLORS.mid, BAND_COLORS.high] },
      formatter: (band: 'low' | 'mid' | 'high') => L[band][lang],
      orient: 'horizontal',
      top: 2,
      left: 8,
      itemWidth: 14,
      itemHeight: 10,
    },
    tooltip: {
      ...TEXT_TOOLTIP,
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const i = p.dataIndex;
        return [
          `${plainText(at(data, 'project', i))} (${String(at(data, 'year', i))})`,
          plainText(at(data, 'department', i)),
          `${L.rate[lang]}: ${formatRate(at(data, 'rate', i))}`,
          printedRateLine(at(data, 'rate_printed', i), at(data, 'rate_differs', i), at(data, 'rate_basis', i), lang),
          `${L.budget[lang]}: ${formatMoneyUnit(at(data, 'budget_full_year', i))}`,
          `${L.executed[lang]}: ${formatMoneyUnit(at(data, 'executed', i))}`,
          `${L.score[lang]}: ${String(at(data, 'total_score', i) ?? '—')}`,
          qualityLine(at(data, 'quality', i), at(data, 'quality_reasons', i), lang),
        ]
          .filter(Boolean)
          .map((line) => plainText(line))
          .join('\n');
      },
    },
    series: [
      {
        type: 'bar',
        encode: { x: 'rate', y: 'pos' },
        barMaxWidth: 14,
        // The rate (B/A); `*` where the form prints another one (the tooltip gives it).
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (p: { dataIndex: number }) => `${formatRate(at(data, 'rate', p.dataIndex))}${at(data, 'rate_differs', p.dataIndex) ? '*' : ''}`,
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#334e68' },
          label: { formatter: (p: { value: number }) => formatRate(p.value, 0), position: 'start' },
          data: [{ xAxis: RATE_LOW }, { xAxis: RATE_MID }],
        },
      },
    ],
  };
}

/** Vertical bars: how many projects fall in each 10-point execution-rate bin. */
export function histogramSpec(data: Columns, lang: Lang): ChartOption {
  return {
    dataset: { source: data },
    grid: { top: 32, left: 8, right: 16, bottom: 8 },
    xAxis: { type: 'category', axisLabel: { interval: 0, fontSize: 10, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1, name: L.projects[lang] },
    tooltip: {
      ...TEXT_TOOLTIP,
      formatter: (p: { dataIndex: number }) => {
        const damaged = Number(at(data, 'damaged', p.dataIndex) ?? 0);
        const line = `${String(at(data, 'label', p.dataIndex))}: ${formatInt(at(data, 'projects', p.dataIndex))}`;
        return damaged > 0 ? `${line}\n${L.damaged[lang]}: ${formatInt(damaged)}` : line;
      },
    },
    series: [
      {
        type: 'bar',
        encode: { x: 'label', y: 'projects' },
        itemStyle: {
          color: (p: { dataIndex: number }) => {
            const bin = Number(at(data, 'bin', p.dataIndex));
            return bin < RATE_LOW * 10 ? BAND_COLORS.low : bin < RATE_MID * 10 ? BAND_COLORS.mid : BAND_COLORS.high;
          },
          borderColor: '#334e68',
          borderWidth: 0.5,
        },
        label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => (Number(at(data, 'projects', p.dataIndex)) > 0 ? formatInt(at(data, 'projects', p.dataIndex)) : '') },
      },
    ],
  };
}

/** Paired horizontal bars: initial and full-year budget of each project whose budget changed. */
export function budgetChangeSpec(data: Columns, lang: Lang): ChartOption {
  return {
    dataset: { source: data },
    grid: { top: 32, left: 8, right: 72, bottom: 8 },
    legend: { top: 4, left: 'center', data: [L.initial[lang], L.budget[lang]] },
    xAxis: { type: 'value', name: L.amount[lang], axisLabel: { formatter: (v: number) => formatInt(v) } },
    yAxis: { type: 'category', data: projectLabels(data), inverse: true, axisLabel: { interval: 0, fontSize: 11 } },
    tooltip: {
      ...TEXT_TOOLTIP,
      formatter: (p: { dataIndex: number }) => {
        const i = p.dataIndex;
        return [
          `${plainText(at(data, 'project', i))} (${String(at(data, 'year', i))})`,
          `${L.initial[lang]}: ${formatMoneyUnit(at(data, 'budget_initial', i))}`,
          `${L.budget[lang]}: ${formatMoneyUnit(at(data, 'budget_full_year', i))}`,
          `${L.change[lang]}: ${formatRate(at(data, 'change_ratio', i), 1)}`,
          plainText(qualityLine(at(data, 'quality', i), at(data, 'quality_reasons', i), lang)),
        ]
          .filter(Boolean)
          .join('\n');
      },
    },
    series: [
      { type: 'bar', name: L.initial[lang], encode: { x: 'budget_initial', y: 'pos' }, itemStyle: { color: CATEGORICAL[2] }, barMaxWidth: 10 },
      {
        type: 'bar',
        name: L.budget[lang],
        encode: { x: 'budget_full_year', y: 'pos' },
        itemStyle: { color: CATEGORICAL[0] },
        barMaxWidth: 10,
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          formatter: (p: { dataIndex: number }) => {
            const r = Number(at(data, 'change_ratio', p.dataIndex));
            return Number.isFinite(r) ? `${r > 0 ? '+' : ''}${formatRate(r, 0)}` : '';
          },
        },
      },
    ],
  };
}

/** The ranked bars as text: "project · year: rate" (the printed rate after it where it differs). */
export const rankingItems = (data: Columns): ChartItems =>
  chartItems(data.project?.length ?? 0, (i) =>
    `${String(data.project?.[i])} · ${String(at(data, 'year', i))}: ${formatRate(at(data, 'rate', i))}${at(data, 'rate_differs', i) ? ` (填报 ${formatRate(at(data, 'rate_printed', i))})` : ''}`);

/** The histogram's bins as text: "bin: projects". */
export const histogramItems = (data: Columns): ChartItems =>
  chartItems(data.label?.length ?? 0, (i) =>
    `${String(data.label?.[i])}: ${formatInt(at(data, 'projects', i))}`);

/** The changed budgets as text: "project · year: initial → full-year". */
export const budgetChangeItems = (data: Columns): ChartItems =>
  chartItems(data.project?.length ?? 0, (i) =>
    `${String(data.project?.[i])} · ${String(at(data, 'year', i))}: ${formatMoneyUnit(at(data, 'budget_initial', i))} → ${formatMoneyUnit(at(data, 'budget_full_year', i))}`);
