import { toCsv } from './csv';
import type { ExportColumn, ExportContext } from './exportTable';

export type TableFormat = 'csv' | 'xlsx';

const MIME: Record<TableFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `evallens-<view>-<YYYY-MM-DD>.<ext>`: named after the view (or chart) and the day (local date). */
export function exportFileName(view: string, format: string, date = new Date()): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const slug = view.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'table';
  return `evallens-${slug}-${day}.${format}`;
}

/** Offers a URL (data: or blob:) as a file download. */
export function downloadHref(fileName: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Hands a file to the browser's download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  downloadHref(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Writes rows (with their context, if given) as CSV or XLSX and downloads the file named after the view. The XLSX writer loads on first use (it is a large library). */
export async function downloadTable(view: string, format: TableFormat, columns: readonly ExportColumn[], rows: readonly Record<string, unknown>[], context?: ExportContext): Promise<void> {
  const body = format === 'csv' ? toCsv(columns, rows, context) : (await import('./xlsx')).toXlsx(view, columns, rows, context);
  downloadBlob(exportFileName(view, format), new Blob([body as BlobPart], { type: MIME[format] }));
}
