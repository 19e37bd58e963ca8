import type { ViewDefinition } from '../view';
import { DrillDown } from './DrillDown';

/** The drill-down opens over any view when an evaluation is opened (`evalId` in the URL). */
export const drilldownView: ViewDefinition = {
  id: 'drilldown',
  title: { zh: '自评表详情', en: 'Form detail' },
  explanation: {
    zh: '按原表样式重建的自评表：标出有风险线索的单元格，列出线索，右侧为原文行（带行号），点击指标行定位到原文；有公开绩效目标表的，可与之逐项对照。',
    en: 'The self-evaluation rebuilt as its printed form: flagged cells marked, findings listed, the source lines (numbered) beside it; click an indicator to find its line; beside its published target table where there is one.',
  },
  Component: DrillDown,
  tables: () => ['evaluations', 'indicators', 'flags', 'target_links', 'target_tables', 'target_indicators'],
  placement: 'overlay',
};
