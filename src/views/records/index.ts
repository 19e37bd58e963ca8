import { evaluationTables } from '../../query/filterClause';
import type { ViewDefinition } from '../view';
import { RecordsView } from './RecordsView';

export const recordsView: ViewDefinition = {
  id: 'records',
  title: { zh: '明细', en: 'Records' },
  explanation: {
    zh: '当前筛选下的全部自评表（或绩效指标）：点击列名排序，在列名下输入条件筛选（数值可写 >=0.6、<60%、10..20），底部为合计；点击一行打开自评表，可导出 CSV/XLSX。',
    en: 'Every self-evaluation (or indicator) under the filters: click a header to sort, type under it to filter (numbers: >=0.6, <60%, 10..20); totals in the footer; click a row to open the form; export CSV/XLSX.',
  },
  Component: RecordsView,
  tables: evaluationTables,
};
