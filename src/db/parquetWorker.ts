/// <reference lib="webworker" />
/**
 * The page's Parquet decoder, off the main thread: fetches a Parquet file, then
 * decodes it one row group at a time with parquet-wasm into Arrow IPC, each group
 * only when the page asks for it (so the page's DuckDB inserts set the pace and no
 * more than one group waits), handing the bytes over without a copy. The main
 * thread only forwards them to DuckDB-WASM's own worker: it never blocks on decoding.
 */
import initParquetWasm, { ParquetFile } from 'parquet-wasm/esm';
import { tableFromIPC } from 'apache-arrow';
import type { ParquetReply, ParquetRequest } from './parquetMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const files = new Map<number, ParquetFile>();
let ready: Promise<unknown> | null = null;

const reply = (message: ParquetReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

async function open(id: number, url: string, wasmUrl: string): Promise<void> {
  ready ??= initParquetWasm({ module_or_path: wasmUrl });
  await ready;
  const response = await fetch(url);
  if (response.status === 404) return reply({ type: 'missing', id });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blob = await response.blob();
  const file = await ParquetFile.fromFile(blob);
  files.set(id, file);
  const fields = tableFromIPC(file.schema().intoIPCStream()).schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
  const metadata = file.metadata();
  reply({ type: 'opened', id, fields, rowGroups: metadata.numRowGroups(), rows: metadata.fileMetadata().numRows(), bytes: blob.size });
}

async function readGroup(id: number, index: number): Promise<void> {
  const file = files.get(id);
  if (!file) throw new Error(`file ${id} is not open`);
  const ipc = (await file.read({ rowGroups: [index] })).intoIPCStream();
  reply({ type: 'rowGroup', id, index, ipc }, [ipc.buffer]);
}

scope.onmessage = (event: MessageEvent<ParquetRequest>) => {
  const request = event.data;
  const task =
    request.type === 'open' ? open(request.id, request.url, request.wasmUrl)
    : request.type === 'read' ? readGroup(request.id, request.index)
    : Promise.resolve(void (files.get(request.id)?.free(), files.delete(request.id)));
  task.catch((error: unknown) => reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }));
};
