import { overviewTables } from './queries';
import type { ViewDefinition } from '../view';
import { OverviewView } from './OverviewView';

export const overviewView: ViewDefinition = {
  id: 'overview',
  title: { zh: '总览', en: 'Overview' },
  explanation: {
    zh: '当前筛选下的项目数、预算与执行总额、加权执行率、平均自评分和风险线索数；热力图按部门和年度显示执行率，颜色越深执行越低，点击单元格即按该部门和年度筛选。',
    en: 'Projects, budget and executed totals, weighted execution rate, mean self-score and flagged projects under the current filters; the heatmap shows execution by department and year (darker = lower); click a cell to filter to it.',
  },
  Component: OverviewView,
  tables: overviewTables,
};
