import { findingsTables } from './findingsQueries';
import type { ViewDefinition } from '../view';
import { FindingsView } from './FindingsView';

export const findingsView: ViewDefinition = {
  id: 'findings',
  title: { zh: '风险线索', en: 'Findings' },
  explanation: {
    zh: '审核规则在当前筛选下发现的线索：按规则和等级计数，按部门和年度作图，下方逐条列出说明与证据，点击打开自评表并标出相关单元格；“规则设置”可调整阈值和地区评分口径，计数随即更新。',
    en: 'What the audit rules find under the filters: counts by rule and severity, a chart by department and year, and every finding with its message and evidence (click to open the form with the cells marked); the rule settings change thresholds and regional scoring profiles, and the counts update at once.',
  },
  Component: FindingsView,
  tables: findingsTables,
};
