import { evaluationTables } from '../../query/filterClause';
import type { ViewDefinition } from '../view';
import { ExecutionView } from './ExecutionView';

export const executionView: ViewDefinition = {
  id: 'execution',
  title: { zh: '预算执行', en: 'Execution' },
  explanation: {
    zh: '每个项目的预算执行率（全年执行数 ÷ 全年预算数；表上填报值与此不符时标 *，提示框中列出填报值），由低到高排列，深色为低于 60%，虚线为 60% 和 80%；右侧为执行率分布和年中调整了预算的项目。点击项目打开自评表。',
    en: "Each project's execution rate (executed ÷ full-year budget; marked * where the form prints another rate, which the tooltip gives), lowest first; dark bars are below 60%, dashed lines mark 60% and 80%. Right: the distribution of rates and the projects whose budget changed during the year. Click a project to open its form.",
  },
  Component: ExecutionView,
  tables: evaluationTables,
};
