import { useState } from 'react';
import { downloadTable, type TableFormat } from './download';
import type { ExportColumn } from './exportTable';
import type { Lang } from '../i18n/lang';

interface Props {
  lang: Lang;
  /** File name stem, e.g. `records-evaluations`. */
  view: string;
  /** Every row of the table as it stands (filtered, sorted), fetched when a button is pressed. */
  rows: () => Promise<readonly Record<string, unknown>[]>;
  columns: readonly ExportColumn[];
}

/** CSV / XLSX buttons: fetch the table's rows and download them. */
export function TableExportButtons({ lang, view, rows, columns }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: TableFormat) => {
    setBusy(true);
    setError(null);
    try {
      await downloadTable(view, format, columns, await rows());
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
