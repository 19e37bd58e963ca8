import { type ChartItems, chartItems } from '../../charts/chartItems';
import { at, type Columns } from '../../db/arrowValues';
import type { ChartOption } from '../../charts/echarts';
import { plainText } from '../../charts/plainText';
import { BAND_COLORS, TEXT_TOOLTIP } from '../../charts/theme';
import { formatInt, formatRate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';

/** The three issues, in the order they are stacked, with their colours (dark, medium, light: distinct in grey-scale). */
export const ISSUES = [
  { key: 'unmet', color: BAND_COLORS.low, label: { zh: '与目标不符', en: 'Target not met' } },
  { key: 'boilerplate', color: '#fdae6b', label: { zh: '定量目标以套话作答', en: 'Boilerplate for a figure' } },
  { key: 'unit', color: '#4292c6', label: { zh: '单位不一致', en: 'Other unit' } },
] as const;

const L = {
  scoreShare: { zh: '仍得分比例', en: 'Weight still scored' },
  damaged: { zh: '涉及损坏表', en: 'Damaged forms' },
};

export type IssueKey = (typeof ISSUES)[number]['key'];

/** Stacked horizontal bars: per department and year, the indicators with each issue. */
export function issueCountsSpec(data: Columns, lang: Lang): ChartOption {
  const labels = Array.from(data.bucket ?? [], (b) => plainText(b, 30));
  return {
    dataset: { source: data },
    grid: { top: 32, left: 8, right: 24, bottom: 24 },
    legend: { top: 4, left: 'center' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { interval: 0 } },
    tooltip: {
      ...TEXT_TOOLTIP,
      formatter: (p: { dataIndex: number }) => {
        const i = p.dataIndex;
        return [
          plainText(at(data, 'bucket', i)),
          ...ISSUES.map((s) => `${s.label[lang]}: ${formatInt(at(data, s.key, i))}`),
          `${L.scoreShare[lang]}: ${formatRate(at(data, 'score_share', i), 1)}`,
          Number(at(data, 'damaged', i) ?? 0) > 0 ? `${L.damaged[lang]}: ${formatInt(at(data, 'damaged', i))}` : '',
        ]
          .filter(Boolean)
          .join('\n');
      },
    },
    series: ISSUES.map((s) => ({
      type: 'bar',
      name: s.label[lang],
      stack: 'issues',
      encode: { x: s.key, y: 'pos' },
      barMaxWidth: 20,
      itemStyle: { color: s.color, borderColor: '#ffffff', borderWidth: 1 },
      label: { show: true, formatter: (p: { dataIndex: number }) => (Number(at(data, s.key, p.dataIndex)) > 0 ? formatInt(at(data, s.key, p.dataIndex)) : '') },
    })),
  };
}

/** The stacked bars as text: "year · department: unmet / boilerplate / unit". */
export const issueCountsItems = (data: Columns, lang: Lang): ChartItems =>
  chartItems(data.bucket?.length ?? 0, (i) =>
    `${String(data.bucket?.[i])}: ${ISSUES.map((s) => `${s.label[lang]} ${formatInt(at(data, s.key, i))}`).join(', ')}`);
