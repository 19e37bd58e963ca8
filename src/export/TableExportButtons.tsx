import { useState } from 'react';
import type { SqlConnection } from '../db/connection';
import { downloadTable, type TableFormat } from './download';
import type { ExportColumn } from './exportTable';
import type { FilterSql } from '../table/columnFilter';
import type { Lang } from '../i18n/lang';

interface Props {
  conn: SqlConnection;
  lang: Lang;
  /** File name stem, e.g. `records-evaluations`. */
  view: string;
  /** The current (filtered, sorted) query: every row of it is exported. */
  query: () => FilterSql;
  columns: readonly ExportColumn[];
}

/** CSV / XLSX buttons: run the table's own SQL without the window and download the rows. */
export function TableExportButtons({ conn, lang, view, query, columns }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: TableFormat) => {
    setBusy(true);
    setError(null);
    try {
      const { sql, params } = query();
      await downloadTable(view, format, columns, await conn.rows(sql, params));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-buttons">
      <button type="button" disabled={busy} onClick={() => run('csv')} data-testid={`export-csv-${view}`}>
        {lang === 'zh' ? '导出 CSV' : 'Export CSV'}
      </button>
      <button type="button" disabled={busy} onClick={() => run('xlsx')} data-testid={`export-xlsx-${view}`}>
        {lang === 'zh' ? '导出 XLSX' : 'Export XLSX'}
      </button>
      {error && <span role="alert" className="export-error">{error}</span>}
    </span>
  );
}
