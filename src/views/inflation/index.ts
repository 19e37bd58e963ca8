import { departmentYearTables } from '../../query/departmentYear';
import { evaluationTables } from '../../query/filterClause';
import type { ViewDefinition } from '../view';
import { InflationView } from './InflationView';

export const inflationView: ViewDefinition = {
  id: 'inflation',
  title: { zh: '自评虚高', en: 'Score inflation' },
  explanation: {
    zh: '横轴为执行率、纵轴为自评总分，点越大预算越多；左上阴影区是“钱没花出去却自评高分”的项目（执行率 < 60%、总分 ≥ 90），下方列出。右侧为各部门满分指标占比，点击部门条即按该部门筛选。',
    en: "Execution rate (x) against total self-score (y), bigger points = bigger budgets; the shaded top-left area holds projects that spent little yet scored high (execution < 60%, score ≥ 90), listed below. Right: each department's share of full-mark indicators; click a bar to filter to that department.",
  },
  Component: InflationView,
  tables: (f) => [...evaluationTables(f), ...departmentYearTables(f, 'indicators')],
};
