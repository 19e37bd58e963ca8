import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { Compression, ParquetFile, Table as ParquetTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/esm';
import { CONTRACT_VERSION, type TableName } from '../contract/tables';
import { ROW_GROUP_SIZE } from '../store/parquetCopy';
import { ipcRows } from './contractArrow';
import { CONTRACT_KEY, TABLE_KEY, type DecodedFile } from './contractDataset';

/**
 * parquet-wasm both ways, for the import worker (initialised there; in Node tests with
 * `initSync`): a dataset's Parquet files decoded to rows, and the export's tables written as
 * Parquet the way ingest writes them (ZSTD, row groups of ROW_GROUP_SIZE), with the contract's
 * version and the table's name in the file's key/value metadata.
 */
export async function decodeParquet(bytes: Uint8Array): Promise<DecodedFile> {
  const file = await ParquetFile.fromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  const fields = tableFromIPC(file.schema().intoIPCStream()).schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
  const metadata = new Map<string, string>();
  for (const [key, value] of file.metadata().fileMetadata().keyValueMetadata() as Map<unknown, unknown>) {
    if (typeof key === 'string' && typeof value === 'string') metadata.set(key, value);
  }
  return {
    fields,
    metadata,
    rows: async () => {
      try {
        return ipcRows((await file.read()).intoIPCStream());
      } finally {
        file.free();
      }
    },
  };
}

/** The IPC is rewritten by apache-arrow first: parquet-wasm's stream reader stops on DuckDB-WASM's own IPC (`runQuery`) with "failed to fill whole buffer". */
export function encodeParquet(table: TableName, ipc: Uint8Array): { bytes: Uint8Array; rows: number } {
  const arrow = tableFromIPC(ipc);
  const properties = new WriterPropertiesBuilder()
    .setCompression(Compression.ZSTD)
    .setMaxRowGroupSize(ROW_GROUP_SIZE)
    .setKeyValueMetadata(
      new Map([
        [CONTRACT_KEY, String(CONTRACT_VERSION)],
        [TABLE_KEY, table],
      ]),
    )
    .build();
  return { bytes: writeParquet(ParquetTable.fromIPCStream(tableToIPC(arrow, 'stream')), properties), rows: arrow.numRows };
}
