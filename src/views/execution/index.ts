import { evaluationTables } from '../../query/filterClause';
import type { ViewDefinition } from '../view';
import { ExecutionView } from './ExecutionView';

export const executionView: ViewDefinition = {
  id: 'execution',
  title: { zh: '预算执行', en: 'Execution' },
  explanation: {
    zh: '每个项目自评表所填的预算执行率（未填时按执行数 ÷ 全年预算计算，提示框中两者并列），由低到高排列，深色为低于 60%，虚线为 60% 和 80%；右侧为执行率分布和年中调整了预算的项目。点击项目打开自评表。',
    en: "Each project's execution rate as its form states it (executed ÷ full-year budget where it states none; the tooltip gives both), lowest first; dark bars are below 60%, dashed lines mark 60% and 80%. Right: the distribution of rates and the projects whose budget changed during the year. Click a project to open its form.",
  },
  Component: ExecutionView,
  tables: evaluationTables,
};
