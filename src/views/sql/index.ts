import { TABLE_NAMES } from '../../contract/tables';
import { SQL_TIME_LIMIT_MS } from '../../db/cancellableConnection';
import type { ViewDefinition } from '../view';
import { SqlView } from './SqlView';

export const sqlView: ViewDefinition = {
  id: 'sql',
  title: { zh: 'SQL 查询', en: 'SQL' },
  explanation: {
    zh: `对数据契约表和规则结果（flags）运行只读 SQL：一次一条 SELECT，右侧列出表和字段；两列结果（名称、数值）可直接画成条形图；运行中可取消，超过 ${SQL_TIME_LIMIT_MS / 1000} 秒自动停止；查询保存在网址中，从链接打开时先显示、按“运行”才执行。`,
    en: `Read-only SQL over the contract tables and the rule results (flags): one SELECT at a time, the schema on the right; a two-column result (label, number) charts as bars; a running query can be cancelled and stops after ${SQL_TIME_LIMIT_MS / 1000} s; the query stays in the URL, and one opened from a link is shown and runs only on Run.`,
  },
  Component: SqlView,
  tables: () => TABLE_NAMES,
};
