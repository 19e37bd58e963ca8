import { type ChartItems, chartItems } from '../../charts/chartItems';
import { at, type Columns } from '../../db/arrowValues';
import type { ChartOption } from '../../charts/echarts';
import { plainText } from '../../charts/plainText';
import { CATEGORICAL, TEXT_TOOLTIP } from '../../charts/theme';
import { formatMoneyUnit, formatScore } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';

/** The measures compared, all on a 0–100 scale. */
export const MEASURES = [
  { key: 'execution_pct', color: CATEGORICAL[0], label: { zh: '执行率 %', en: 'Execution %' } },
  { key: 'mean_score', color: CATEGORICAL[2], label: { zh: '平均自评分', en: 'Mean self-score' } },
  { key: 'full_mark_pct', color: CATEGORICAL[1], label: { zh: '满分指标占比 %', en: 'Full-mark indicators %' } },
  { key: 'weak_actual_pct', color: CATEGORICAL[3], label: { zh: '未达标或套话指标占比 %', en: 'Unmet or boilerplate indicators %' } },
] as const;

const L = {
  budget: { zh: '全年预算', en: 'Budget' },
};

/**
 * Grouped bars of the measures side by side for each category: a department, or a
 * region in a year (`label`: 湘西自治州 2020, drawn on two lines). Departments run down
 * the y axis (long names), region-years along the x axis.
 */
export function measuresSpec(data: Columns, category: 'department' | 'label', lang: Lang): ChartOption {
  const horizontal = category === 'department';
  const valueAxis = { type: 'value', min: 0, max: 100 };
  const categoryAxis = {
    type: 'category',
    inverse: horizontal,
    axisLabel: {
      interval: 0,
      // A region-year on two lines: the region, then the year.
      formatter: horizontal ? (v: string) => plainText(v, 20) : (v: string) => plainText(v, 24).replace(/ (\S+)$/, '\n$1'),
    },
  };
  return {
    dataset: { source: data },
    grid: { top: 44, left: 8, right: 40, bottom: 8 },
    legend: { top: 4, left: 'center' },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    tooltip: {
      ...TEXT_TOOLTIP,
      formatter: (p: { dataIndex: number }) => {
        const i = p.dataIndex;
        return [
          plainText(at(data, category, i)),
          ...MEASURES.map((m) => `${m.label[lang]}: ${formatScore(at(data, m.key, i))}`),
          `${L.budget[lang]}: ${formatMoneyUnit(at(data, 'budget_full_year', i))}`,
        ].join('\n');
      },
    },
    series: MEASURES.map((m) => ({
      type: 'bar',
      name: m.label[lang],
      encode: horizontal ? { x: m.key, y: category } : { x: category, y: m.key },
      itemStyle: { color: m.color },
      barMaxWidth: 14,
      label: {
        show: horizontal,
        position: 'right',
        fontSize: 10,
        formatter: (p: { dataIndex: number }) => {
          const v = at(data, m.key, p.dataIndex);
          return typeof v === 'number' ? v.toFixed(0) : '';
        },
      },
    })),
  };
}

/** The grouped bars as text: "category: measure value, …". */
export const measuresItems = (data: Columns, category: 'department' | 'label', lang: Lang): ChartItems =>
  chartItems(data[category]?.length ?? 0, (i) =>
    `${String(data[category]?.[i])}: ${MEASURES.map((m) => `${m.label[lang]} ${formatScore(at(data, m.key, i))}`).join(', ')}`);
