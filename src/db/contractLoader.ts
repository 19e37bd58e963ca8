import { TABLE_NAMES, TABLES, createTableSql, type TableName } from '../contract/tables';
import type { SqlConnection } from './connection';
import { openParquet } from './parquetDecoder';

/** Where the contract's Parquet files come from: `null` when a file does not exist. */
export type FetchParquet = (fileName: string) => Promise<Blob | null>;

/** A connection that can also append Arrow IPC (DuckDB-WASM's insertArrowFromIPCStream). */
export interface ArrowIngestConnection extends SqlConnection {
  insertIpc(name: string, ipc: Uint8Array, create: boolean): Promise<void>;
}

export interface LoadProgress {
  file: string;
  /** Files finished so far, of `total`. */
  done: number;
  total: number;
  rows: number;
}

/** A contract file is missing or is not of the contract: names the file. */
export class ContractLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'missing' | 'columns' | 'types' | 'read',
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ContractLoadError';
  }
}

const STAGE = '__parquet_row_group';

export const parquetFileName = (table: TableName) => `${table}.parquet`;

/**
 * Creates every ingest table of the contract with its contract types and fills
 * it from `<table>.parquet`, one row group at a time (decode → Arrow IPC →
 * staging table → cast into the contract table), reporting file by file.
 */
export async function loadContractTables(
  conn: ArrowIngestConnection,
  fetchParquet: FetchParquet,
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let done = 0;
  for (const table of TABLE_NAMES) {
    const file = parquetFileName(table);
    onProgress({ file, done, total: TABLE_NAMES.length, rows: 0 });
    counts[table] = await loadTable(conn, table, await fetchParquet(file), file);
    done++;
    onProgress({ file, done, total: TABLE_NAMES.length, rows: counts[table] });
  }
  return counts;
}

async function loadTable(conn: ArrowIngestConnection, table: TableName, blob: Blob | null, file: string): Promise<number> {
  if (!blob) throw new ContractLoadError(file, 'missing', 'file not found / 文件不存在');
  let parquet;
  try {
    parquet = await openParquet(blob);
  } catch (e) {
    throw new ContractLoadError(file, 'read', `not a readable Parquet file / 不是可读的 Parquet 文件 (${String(e)})`);
  }
  try {
    const spec = TABLES[table].columns;
    const missing = spec.filter((c) => !parquet.columns.includes(c.name)).map((c) => c.name);
    if (missing.length > 0) {
      throw new ContractLoadError(file, 'columns', `columns missing / 缺少列: ${missing.join(', ')}`);
    }
    await conn.run(`DROP TABLE IF EXISTS "${table}"`);
    await conn.run(createTableSql(table));
    const select = spec.map((c) => `CAST("${c.name}" AS ${c.type})`).join(', ');
    for (let i = 0; i < parquet.rowGroups; i++) {
      await conn.insertIpc(STAGE, await parquet.readRowGroup(i), true);
      try {
        await conn.run(`INSERT INTO "${table}" SELECT ${select} FROM "${STAGE}"`);
      } catch (e) {
        throw new ContractLoadError(file, 'types', `column types differ from the contract / 列类型与数据契约不符 (${String(e)})`);
      } finally {
        await conn.run(`DROP TABLE IF EXISTS "${STAGE}"`);
      }
    }
    const [row] = await conn.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${table}"`);
    return row?.n ?? 0;
  } finally {
    parquet.free();
  }
}
