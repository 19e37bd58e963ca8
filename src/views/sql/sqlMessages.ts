import type { QueryStoppedError } from '../../db/cancellableConnection';
import type { Localized } from '../../i18n/lang';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** What the SQL view says about a statement that Cancel or the time limit stopped. */
export function stoppedMessage(error: QueryStoppedError, timeLimitMs: number): Localized {
  if (error.reason === 'cancelled') return { zh: `已取消（${seconds(error.afterMs)} 秒后）`, en: `Cancelled after ${seconds(error.afterMs)} s` };
  const limit = Math.round(timeLimitMs / 1000);
  return {
    zh: `已停止：查询超过 ${limit} 秒的时间限制（${seconds(error.afterMs)} 秒后）`,
    en: `Stopped at the ${limit} s time limit (after ${seconds(error.afterMs)} s)`,
  };
}

/**
 * The refusal behind a DuckDB error, when the statement reached outside the page: the database
 * is locked against file and network access (`lockDatabase`) and loads no extension. Other
 * errors (syntax, unknown column, …) are DuckDB's own message, shown as it is.
 */
export function refusalOf(message: string): Localized | null {
  if (/^Permission Error:/m.test(message)) {
    return {
      zh: '已拒绝：本页的数据库不读取任何文件，也不访问任何网络地址，只能查询已载入的表。',
      en: 'Refused: this page’s database reads no file and reaches no network address; it queries the loaded tables only.',
    };
  }
  if (/exists in the \w+ extension|extensions is disabled/.test(message)) {
    return {
      zh: '已拒绝：这个函数需要 DuckDB 扩展，而本页不加载任何扩展（不从外部下载任何内容）。',
      en: 'Refused: this function needs a DuckDB extension, and this page loads none (it downloads nothing from outside).',
    };
  }
  return null;
}
