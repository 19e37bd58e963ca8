import { useState } from 'react';
import { downloadTable, type TableFormat } from './download';
import type { ExportColumn, ExportContext } from './exportTable';
import { t } from '../i18n/dict';
import type { Lang } from '../i18n/lang';

interface Props {
  lang: Lang;
  /** File name stem, e.g. `records-evaluations`. */
  view: string;
  /** Every row of the table as it stands (filtered, sorted), fetched when a button is pressed. */
  rows: () => Promise<readonly Record<string, unknown>[]>;
  columns: readonly ExportColumn[];
  /** The file's context (title, filters, time, data fingerprint, totals) for the rows fetched, given their count. */
  context?: (rowCount: number) => Promise<ExportContext>;
}

/** CSV / XLSX buttons: fetch the table's rows (and their context) and download them. */
export function TableExportButtons({ lang, view, rows, columns, context }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: TableFormat) => {
    setBusy(true);
    setError(null);
    try {
      const all = await rows();
      await downloadTable(view, format, columns, all, context ? await context(all.length) : undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-buttons">
      <button type="button" disabled={busy} onClick={() => run('csv')} data-testid={`export-csv-${view}`}>
        {t(lang, 'exportCsv')}
      </button>
      <button type="button" disabled={busy} onClick={() => run('xlsx')} data-testid={`export-xlsx-${view}`}>
        {t(lang, 'exportXlsx')}
      </button>
      {error && <span role="alert" className="export-error">{error}</span>}
    </span>
  );
}
