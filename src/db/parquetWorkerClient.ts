import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { DecodedParquet, OpenParquet } from './parquetDecoder';
import type { ParquetReply, ParquetRequest } from './parquetMessages';

type Pending = { resolve: (reply: ParquetReply) => void; reject: (error: Error) => void };

/**
 * Opens Parquet files through the Parquet worker (parquetWorker.ts): the file is
 * fetched and decoded there, row group by row group on request; the page gets
 * Arrow IPC bytes. Files are fetched relative to `base` (works under any sub-path).
 */
export function workerParquetSource(base: string): OpenParquet {
  const worker = new Worker(new URL('./parquetWorker.ts', import.meta.url), { type: 'module' });
  const wasmUrl = new URL(parquetWasmUrl, document.baseURI).href;
  // One request at a time per file (the next row group is asked for once the previous one arrived).
  const pending = new Map<number, Pending>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent<ParquetReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.type === 'error') waiting?.reject(new Error(reply.message));
    else waiting?.resolve(reply);
  };
  const ask = (request: Exclude<ParquetRequest, { type: 'close' }>) =>
    new Promise<ParquetReply>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });

  return async (file) => {
    const id = ++nextId;
    // A partition's path holds `%` (DuckDB percent-encodes its values on disk): every segment is encoded once more for the URL.
    const url = new URL(file.split('/').map(encodeURIComponent).join('/'), base).href;
    const opened = await ask({ type: 'open', id, url, wasmUrl });
    if (opened.type !== 'opened') return null;
    const read = (index: number) => ask({ type: 'read', id, index });
    let ahead: Promise<ParquetReply> | null = null;
    const decoded: DecodedParquet = {
      fields: opened.fields,
      rowGroups: opened.rowGroups,
      rows: opened.rows,
      bytes: opened.bytes,
      // Group i + 1 is decoded while the page inserts group i.
      readRowGroup: async (index) => {
        const reply = await (ahead ?? read(index));
        ahead = index + 1 < opened.rowGroups ? read(index + 1) : null;
        if (reply.type !== 'rowGroup' || reply.index !== index) throw new Error(`row group ${index} of ${file} out of order`);
        return reply.ipc;
      },
      free: () => worker.postMessage({ type: 'close', id } satisfies ParquetRequest),
    };
    return decoded;
  };
}
