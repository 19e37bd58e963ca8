import { ParquetFile } from 'parquet-wasm/esm';
import { tableFromIPC } from 'apache-arrow';

/**
 * Decodes a Parquet file with parquet-wasm, one row group at a time, into
 * Arrow IPC streams (what DuckDB-WASM ingests). Decoding a whole file at once
 * would hold all of it as Arrow inside parquet-wasm's memory; per row group
 * keeps the peak to one group. parquet-wasm must be initialised first
 * (`initParquetBrowser` in the page, `initSync` with the wasm bytes in Node).
 */
export interface DecodedParquet {
  columns: string[];
  rowGroups: number;
  /** Arrow IPC stream of row group `i`. */
  readRowGroup(i: number): Promise<Uint8Array>;
  free(): void;
}

export async function openParquet(blob: Blob): Promise<DecodedParquet> {
  const file = await ParquetFile.fromFile(blob);
  const columns = tableFromIPC(file.schema().intoIPCStream()).schema.fields.map((f) => f.name);
  return {
    columns,
    rowGroups: file.metadata().numRowGroups(),
    readRowGroup: async (i) => (await file.read({ rowGroups: [i] })).intoIPCStream(),
    free: () => file.free(),
  };
}
