import { detectFormat } from './detectFormat';
import type { ReadResult, SourceFormat } from './grid';
import { MAX_FILE_BYTES } from './limits';
import type { PdfOptions } from './pdf';
import { corruptError, tooLargeError, unknownFormatError } from './readErrors';
import { readText } from './text/readText';

const KIND: Record<SourceFormat, string> = {
  txt: 'text',
  html: 'HTML',
  docx: 'Word (.docx)',
  xlsx: 'Excel (.xlsx)',
  xls: 'Excel (.xls)',
  csv: 'CSV',
  pdf: 'PDF',
};

/**
 * Any agency's document → its grid: the format told by content (`detectFormat`), then that
 * format's reader, each loaded on first use (pdf.js and SheetJS are large). Never throws: an
 * empty file, one over the size cap, a zip bomb, an encrypted, corrupt or unknown file each
 * give `{ ok: false, error }` with a message in Chinese and English saying what to do.
 */
export async function readDocument(bytes: Uint8Array, fileName: string, options: PdfOptions = {}): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: tooLargeError(bytes.length) };
  const detected = detectFormat(bytes, fileName);
  if (!detected.ok) return detected;
  try {
    switch (detected.format) {
      case 'html':
        return (await import('./html')).readHtml(bytes);
      case 'docx':
        return (await import('./docx')).readDocx(bytes);
      case 'xlsx':
      case 'xls':
        return (await import('./sheet')).readWorkbook(bytes, detected.format);
      case 'csv':
        return (await import('./sheet')).readCsv(bytes);
      case 'pdf':
        return await (await import('./pdf')).readPdf(bytes, options);
      case 'txt': {
        const read = readText(bytes);
        return read.ok ? read : { ok: false, error: unknownFormatError(read.error) };
      }
    }
  } catch (error) {
    return { ok: false, error: corruptError(KIND[detected.format], error instanceof Error ? error.message : String(error)) };
  }
}
