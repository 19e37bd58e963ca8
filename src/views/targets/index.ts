import { evaluationTables, needsDetail } from '../../query/filterClause';
import type { ViewDefinition } from '../view';
import { TargetsView } from './TargetsView';

export const targetsView: ViewDefinition = {
  id: 'targets',
  title: { zh: '目标与实际', en: 'Target vs actual' },
  explanation: {
    zh: '列出实际完成值未达到年度指标值、定量目标却填“达成预期指标”之类套话、或单位与目标不一致的指标，以及它们仍然得到的分数；上图按部门和年度计数，点击条形即筛选。',
    en: 'Indicators whose actual misses the parsed target, answers a numeric target with boilerplate (达成预期指标), or is in another unit — with the score they were still given; the chart counts them by department and year (click to filter).',
  },
  Component: TargetsView,
  tables: (f) => (needsDetail(f) ? [...evaluationTables(f), 'indicator_issues'] : ['indicator_issues']),
};
