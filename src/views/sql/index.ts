import { TABLE_NAMES } from '../../contract/tables';
import type { ViewDefinition } from '../view';
import { SqlView } from './SqlView';

export const sqlView: ViewDefinition = {
  id: 'sql',
  title: { zh: 'SQL 查询', en: 'SQL' },
  explanation: {
    zh: '对数据契约表和规则结果（flags）运行只读 SQL：一次一条 SELECT，右侧列出表和字段；两列结果（名称、数值）可直接画成条形图；查询保存在网址中。',
    en: 'Read-only SQL over the contract tables and the rule results (flags): one SELECT at a time, the schema on the right; a two-column result (label, number) charts as bars; the query stays in the URL.',
  },
  Component: SqlView,
  tables: () => TABLE_NAMES,
};
