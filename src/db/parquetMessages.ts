/** Messages between the page and the Parquet worker (parquetWorker.ts); `id` names one open file. */
export type ParquetRequest =
  | { type: 'open'; id: number; url: string; wasmUrl: string }
  | { type: 'read'; id: number; index: number }
  | { type: 'close'; id: number };

export type ParquetReply =
  | { type: 'opened'; id: number; fields: { name: string; type: string }[]; rowGroups: number; rows: number; bytes: number }
  | { type: 'missing'; id: number }
  | { type: 'rowGroup'; id: number; index: number; ipc: Uint8Array }
  | { type: 'error'; id: number; message: string };
