import { strToU8, zipSync, type Zippable } from 'fflate';
import { MANIFEST_FILE, type DatasetManifest } from '../contract/manifest';
import { CONTRACT_VERSION, TABLE_NAMES, type TableName } from '../contract/tables';

/** One contract table to export: its rows in contract sort order, as an Arrow IPC stream. */
export interface ExportTable {
  table: TableName;
  ipc: Uint8Array;
}

/** Writes one table's IPC as a Parquet file (parquet-wasm in the import worker), with its row count. */
export type WriteParquet = (table: TableName, ipc: Uint8Array) => { bytes: Uint8Array; rows: number };

/**
 * Every contract table as `<table>.parquet` and the manifest `dataset.json` (layout `files`,
 * this contract's version) in one zip: what `npm run ingest` writes to a directory, so another
 * reviewer imports it here, or unpacks it for `npm run audit -- --input <dir>` or a build
 * (`EVALLENS_PARQUET_DIR`). The Parquet files are stored as they are (ZSTD already).
 */
export function datasetZip(tables: readonly ExportTable[], write: WriteParquet): Uint8Array {
  const files: Zippable = {};
  const manifest: DatasetManifest = { contract: CONTRACT_VERSION, layout: 'files', tables: {} as DatasetManifest['tables'], snapshots: [] };
  for (const table of TABLE_NAMES) {
    const given = tables.find((t) => t.table === table);
    if (!given) throw new Error(`export without table ${table}`);
    const { bytes, rows } = write(table, given.ipc);
    files[`${table}.parquet`] = [bytes, { level: 0 }];
    manifest.tables[table] = [{ path: `${table}.parquet`, bytes: bytes.length, rows }];
  }
  files[MANIFEST_FILE] = strToU8(`${JSON.stringify(manifest, null, 1)}\n`);
  return zipSync(files);
}
