import type { IngestedTable } from '../ingest/contractRows';
import type { ExportTable } from './datasetExport';
import type { SourceMeta } from './sourceBundle';
import type { SourceContext } from './sourceStore';
import type { SourceSummary } from './sourceSummary';

/**
 * The messages between the page and its import worker(s) (`importWorker.ts`). Every request
 * carries an id; the worker answers it with progress messages, then exactly one `staged`,
 * `failed`, `result` or `error` of that id. Files travel as Blobs (a reference: the worker reads
 * the bytes), bundles and IPC streams as transferred buffers. Anything else the worker's port
 * carries is not ours and is ignored — pdf.js, run inside the worker, posts one
 * `{ sourceName: 'worker', action: 'ready' }` to the page when it loads.
 */
export type ImportRequest =
  /** A document: read and recognised by `ingestDocument`, as by the CLI; `context` (else the remembered one) is its sidecar. */
  | { type: 'document'; id: number; file: Blob; name: string; sidecarJson: string | null; context: SourceContext | null; base: string }
  /** Another reviewer's dataset: a zip, or the Parquet files (and dataset.json) of one folder. */
  | { type: 'dataset'; id: number; files: { file: Blob; path: string }[]; name: string; base: string; wasmUrl: string }
  /** Holds accepted sources' bundles for a commit and answers their rows combined (IPC per table), to merge into the database. */
  | { type: 'prepare'; id: number; put: { meta: SourceMeta; bundle: Uint8Array }[] }
  /** Writes the browser's store in one transaction: the sources held by `prepare` request `prepared` (if any) in, `remove` out. */
  | { type: 'commit'; id: number; prepared: number | null; remove: string[]; importedAt: string }
  /** Drops what `prepare` request `prepared` held (the merge failed). */
  | { type: 'forget'; id: number; prepared: number }
  /** Every stored source's meta and their rows combined (IPC per table), to merge after a reload. */
  | { type: 'restore'; id: number; skip: string[] }
  | { type: 'list'; id: number }
  | { type: 'fingerprint'; id: number }
  | { type: 'remember'; id: number; name: string; context: SourceContext }
  /** Every contract table's IPC → the dataset zip (Parquet + dataset.json). */
  | { type: 'export'; id: number; tables: ExportTable[]; wasmUrl: string };

export type Phase = 'reading' | 'parsing' | 'packing';

/** One source staged for review: its meta, what the review shows, and its rows (the bundle). */
export interface StagedSource {
  meta: SourceMeta;
  summary: SourceSummary;
  bundle: Uint8Array;
  /** The year/region applied came from what the person gave for an earlier version of this file. */
  remembered: boolean;
}

export type CombinedRows = { table: IngestedTable; ipc: Uint8Array }[];

export type ImportReply =
  /** `bytes`: the file's size (the dataset's files' together), read here in the worker (the page never reads a picked file's size: Chromium answers the first look with a synchronous call to the browser). */
  | { type: 'progress'; id: number; phase: Phase; fraction: number; bytes?: number }
  | { type: 'staged'; id: number; sources: StagedSource[]; notes: string[] }
  | { type: 'failed'; id: number; message: string; sha256: string | null }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string };

/** Whether a message from the worker is one of ours (pdf.js's stray `ready` is not). */
export function isImportReply(data: unknown): data is ImportReply {
  return (
    typeof data === 'object' &&
    data !== null &&
    !('sourceName' in data) &&
    typeof (data as { id?: unknown }).id === 'number' &&
    ['progress', 'staged', 'failed', 'result', 'error'].includes((data as { type?: unknown }).type as string)
  );
}
