import { ParquetFile } from 'parquet-wasm/esm';
import { tableFromIPC } from 'apache-arrow';

/**
 * A Parquet file being decoded with parquet-wasm one row group at a time into
 * Arrow IPC streams (what DuckDB-WASM ingests): decoding a whole file at once would
 * hold all of it as Arrow inside parquet-wasm's memory; per row group keeps the peak
 * to one group. In the page the decoding runs in a worker (parquetWorkerClient.ts);
 * in Node tests right here (parquet-wasm initialised with `initSync` first).
 */
export interface DecodedParquet {
  /** Columns with their Arrow types as text (`Utf8`, `Int32`, `Float64`, `List<Utf8>`). */
  fields: { name: string; type: string }[];
  rowGroups: number;
  rows: number;
  /** Size of the file. */
  bytes: number;
  /** Arrow IPC stream of row group `i`. */
  readRowGroup(i: number): Promise<Uint8Array>;
  free(): void;
}

/** Opens a contract file by name (`evaluations.parquet`, or a partition's path); null when it does not exist. */
export type OpenParquet = (file: string) => Promise<DecodedParquet | null>;

/** Decodes a Parquet file held in a Blob, here (Node tests). */
export async function openParquet(blob: Blob): Promise<DecodedParquet> {
  const file = await ParquetFile.fromFile(blob);
  const metadata = file.metadata();
  return {
    fields: tableFromIPC(file.schema().intoIPCStream()).schema.fields.map((f) => ({ name: f.name, type: String(f.type) })),
    rowGroups: metadata.numRowGroups(),
    rows: metadata.fileMetadata().numRows(),
    bytes: blob.size,
    readRowGroup: async (i) => (await file.read({ rowGroups: [i] })).intoIPCStream(),
    free: () => file.free(),
  };
}
