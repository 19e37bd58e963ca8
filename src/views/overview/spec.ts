import { type ChartItems, chartItems } from '../../charts/chartItems';
import { at, type Columns } from '../../db/arrowValues';
import type { ChartOption } from '../../charts/echarts';
import { plainText } from '../../charts/plainText';
import { SEQUENTIAL, TEXT_TOOLTIP } from '../../charts/theme';
import { axisValues } from '../common/axisValues';
import { formatInt, formatMoneyUnit, formatRate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { DAMAGED_MARK } from '../common/quality';

const L = {
  rate: { zh: '执行率', en: 'Execution rate' },
  projects: { zh: '项目数', en: 'Projects' },
  budget: { zh: '全年预算', en: 'Full-year budget' },
  executed: { zh: '执行数', en: 'Executed' },
  damaged: { zh: '其中损坏表', en: 'of them damaged' },
};

/**
 * Department × year heatmap of the execution rate. The dataset is the query
 * result as it is (columns department, year, execution_rate, …), the axes are the
 * query's department_axis and year_axis; the colour scale is sequential (dark =
 * low execution), labels show the rate.
 */
export function heatmapSpec(data: Columns, lang: Lang): ChartOption {
  const departments = axisValues(data.department_axis).map(String);
  const years = axisValues(data.year_axis).map(String);
  return {
    dataset: { source: data },
    grid: { top: 36, left: 8, right: 16, bottom: 8 },
    xAxis: { type: 'category', data: years, splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: departments,
      axisLabel: { formatter: (v: string) => plainText(v, 22) },
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      dimension: 'execution_rate',
      min: 0,
      max: 1,
      calculable: false,
      orient: 'horizontal',
      right: 8,
      top: 4,
      itemHeight: 140,
      itemWidth: 12,
      inRange: { color: SEQUENTIAL },
      formatter: (v: number) => formatRate(v, 0),
      text: ['100%', '0%'],
      showLabel: false,
    },
    tooltip: {
      ...TEXT_TOOLTIP,
      formatter: (p: { data: Record<string, unknown> | unknown[]; dataIndex: number }) => {
        const i = p.dataIndex;
        return [
          `${plainText(at(data, 'department', i))} · ${plainText(at(data, 'year', i))}`,
          `${L.rate[lang]}: ${formatRate(at(data, 'execution_rate', i))}`,
          `${L.projects[lang]}: ${formatInt(at(data, 'evaluations', i))}`,
          `${L.budget[lang]}: ${formatMoneyUnit(at(data, 'budget_full_year', i))}`,
          `${L.executed[lang]}: ${formatMoneyUnit(at(data, 'executed', i))}`,
          Number(at(data, 'damaged', i) ?? 0) > 0 ? `${L.damaged[lang]}: ${formatInt(at(data, 'damaged', i))}` : '',
        ]
          .filter(Boolean)
          .join('\n');
      },
    },
    series: [
      {
        type: 'heatmap',
        encode: { x: 'year', y: 'department', value: 'execution_rate' },
        // No colour or halo of its own: ECharts writes a label inside its cell in white on dark cells and dark on light
        // ones. (A white halo around dark text cost as much as the rest of drawing the chart: ~10 of ~20 ms a redraw.)
        label: {
          show: true,
          // A cell that includes damaged forms is marked △ (the tooltip says how many).
          formatter: (p: { dataIndex: number }) =>
            `${formatRate(data.execution_rate?.[p.dataIndex], 1)}${Number(data.damaged?.[p.dataIndex] ?? 0) > 0 ? ` ${DAMAGED_MARK}` : ''}`,
        },
        emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1 } },
      },
    ],
  };
}

/** The heatmap's cells as text: "department · year: rate". */
export const heatmapItems = (data: Columns): ChartItems =>
  chartItems(data.department?.length ?? 0, (i) =>
    `${String(data.department?.[i])} · ${String(data.year?.[i])}: ${formatRate(data.execution_rate?.[i])}`);
