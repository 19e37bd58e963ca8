import type { ChartOption } from '../charts/echarts';
import { plainText } from '../charts/plainText';
import { BAND_COLORS, BASE_OPTION, CATEGORICAL } from '../charts/theme';
import { STATUS_LABELS } from '../review/reviewStatus';
import { ruleById } from '../rules/registry';
import type { ReportData } from './reportData';

/** A chart of the report: drawn with the app's PNG export (title and filter line drawn in) and embedded as an image. */
export interface ReportChart {
  id: 'rate_histogram' | 'grades' | 'score_vs_formula' | 'findings_by_rule';
  title: string;
  option: ChartOption;
  /** Size of the drawing in CSS pixels (the PNG is twice that). */
  width: number;
  height: number;
}

const WIDTH = 900;

const bar = (data: number[], color: string, label = true) => ({
  type: 'bar',
  data,
  itemStyle: { color, borderColor: '#334e68', borderWidth: 0.5 },
  label: { show: label, position: 'top', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
});

function rateHistogram(d: ReportData): ReportChart {
  return {
    id: 'rate_histogram',
    title: '图1 项目预算执行率分布',
    width: WIDTH,
    height: 320,
    option: {
      ...BASE_OPTION,
      grid: { top: 40, left: 56, right: 24, bottom: 48 },
      xAxis: { type: 'category', data: d.rateHistogram.map((r) => r.label), name: '执行率', nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', minInterval: 1, name: '项目数' },
      series: [
        {
          ...bar(d.rateHistogram.map((r) => r.projects), CATEGORICAL[0]!),
          itemStyle: { color: (p: { dataIndex: number }) => (p.dataIndex < 6 ? BAND_COLORS.low : p.dataIndex < 8 ? BAND_COLORS.mid : BAND_COLORS.high), borderColor: '#334e68', borderWidth: 0.5 },
        },
      ],
    },
  };
}

function grades(d: ReportData): ReportChart {
  return {
    id: 'grades',
    title: '图2 自评等级分布',
    width: WIDTH,
    height: 280,
    option: {
      ...BASE_OPTION,
      grid: { top: 40, left: 56, right: 24, bottom: 32 },
      xAxis: { type: 'category', data: d.grades.map((g) => g.grade) },
      yAxis: { type: 'value', minInterval: 1, name: '项目数' },
      series: [bar(d.grades.map((g) => g.projects), CATEGORICAL[0]!)],
    },
  };
}

function scoreVsFormula(d: ReportData): ReportChart {
  const values = d.scoreVsFormula.flatMap((r) => [r.self_score, r.formula_score]);
  const low = Math.max(0, Math.floor(Math.min(100, ...values) / 5) * 5 - 5);
  return {
    id: 'score_vs_formula',
    title: '图3 自评总分与按计分规则重算的得分',
    width: WIDTH,
    height: 420,
    option: {
      ...BASE_OPTION,
      grid: { top: 40, left: 64, right: 32, bottom: 52 },
      xAxis: { type: 'value', min: low, max: 100, name: '按计分规则重算的得分', nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', min: low, max: 100, name: '自评总分', nameLocation: 'middle', nameGap: 40 },
      series: [
        {
          type: 'scatter',
          symbolSize: 9,
          itemStyle: { color: CATEGORICAL[1], borderColor: '#334e68', borderWidth: 0.5 },
          data: d.scoreVsFormula.map((r) => [r.formula_score, r.self_score]),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#334e68' },
            label: { formatter: '自评 = 重算', position: 'insideEndTop' },
            data: [[{ coord: [low, low] }, { coord: [100, 100] }]],
          },
        },
      ],
    },
  };
}

function findingsByRule(d: ReportData): ReportChart {
  const rules = d.findingsByRule;
  const names = rules.map((r) => plainText(ruleById(r.rule_id)?.title.zh ?? r.rule_id, 18));
  const series = (
    [
      ['confirmed', STATUS_LABELS.confirmed.zh, CATEGORICAL[1]!],
      ['to_verify', STATUS_LABELS.to_verify.zh, CATEGORICAL[3]!],
      ['dismissed', STATUS_LABELS.dismissed.zh, CATEGORICAL[2]!],
      ['unreviewed', '未复核', '#d9dee4'],
    ] as const
  ).map(([key, name, color]) => ({
    type: 'bar',
    name,
    stack: 'status',
    itemStyle: { color, borderColor: '#334e68', borderWidth: 0.5 },
    data: rules.map((r) => r[key]),
    label: { show: true, formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
  }));
  return {
    id: 'findings_by_rule',
    title: '图4 各规则线索数及复核状态',
    width: WIDTH,
    height: Math.max(240, rules.length * 26 + 90),
    option: {
      ...BASE_OPTION,
      legend: { top: 8, data: series.map((s) => s.name) },
      grid: { top: 40, left: 8, right: 32, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, name: '线索数' },
      yAxis: { type: 'category', inverse: true, data: names, axisLabel: { interval: 0 } },
      series,
    },
  };
}

/** The report's charts, from the report's query results. */
export function reportCharts(d: ReportData): ReportChart[] {
  return [rateHistogram(d), grades(d), scoreVsFormula(d), findingsByRule(d)];
}
