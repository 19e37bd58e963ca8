import { filesFor, type DatasetManifest, type ManifestFile } from '../contract/manifest';
import { TABLE_NAMES, TABLES, createTableSql, type ColumnType, type TableName } from '../contract/tables';
import type { SqlConnection } from './connection';
import type { DecodedParquet, OpenParquet } from './parquetDecoder';

/** A connection that can also append Arrow IPC (DuckDB-WASM's insertArrowFromIPCStream). */
export interface ArrowIngestConnection extends SqlConnection {
  insertIpc(name: string, ipc: Uint8Array, create: boolean): Promise<void>;
}

/** One file of a table to load. */
export interface TableFile {
  table: TableName;
  file: ManifestFile;
}

export interface LoadProgress {
  /** The file being loaded, or the last one loaded. */
  file: string;
  /** Files finished so far, of `total` asked for. */
  done: number;
  total: number;
  /** Row groups of `file` inserted so far, of `groups`. */
  group: number;
  groups: number;
  /** Bytes of Parquet fetched so far. */
  bytes: number;
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

/**
 * The order tables are loaded in: the pre-aggregates first (the overview, compare
 * and findings summaries need nothing else), then evaluations and flags (every
 * detail view and the filters), the indicators with an issue (the targets view),
 * then all indicators (records, drill-down), then the rest. Each view renders as
 * soon as the tables it reads are in. Lists every contract table once.
 */
export const LOAD_ORDER: readonly TableName[] = [
  'agg_department_year',
  'agg_flagged_evaluations',
  'agg_flags',
  'evaluations',
  'flags',
  'flag_keys',
  'ingest_report',
  'indicator_issues',
  'indicators',
  'target_links',
  'target_tables',
  'target_indicators',
  'project_lists',
  'unparsed_lines',
];

/** Arrow types of a Parquet column that DuckDB inserts into each contract type. */
const ARROW_TYPES: Record<ColumnType, readonly string[]> = {
  VARCHAR: ['Utf8', 'LargeUtf8'],
  INTEGER: ['Int8', 'Int16', 'Int32', 'Int64'],
  DOUBLE: ['Float32', 'Float64', 'Int32', 'Int64'],
  'VARCHAR[]': ['List<Utf8>', 'List<LargeUtf8>'],
};

/** Throws, naming the file, unless its columns are the contract's, in contract order, with types DuckDB inserts as the contract's. */
export function checkContract(table: TableName, file: string, parquet: Pick<DecodedParquet, 'fields'>): void {
  const spec = TABLES[table].columns;
  const names = parquet.fields.map((f) => f.name);
  const missing = spec.filter((c) => !names.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) throw new ContractLoadError(file, 'columns', `columns missing / 缺少列: ${missing.join(', ')}`);
  if (names.join('\u0000') !== spec.map((c) => c.name).join('\u0000')) {
    throw new ContractLoadError(file, 'columns', `columns not in contract order / 列顺序与数据契约不符: ${names.join(', ')}`);
  }
  const wrong = spec.filter((c, i) => !ARROW_TYPES[c.type].includes(parquet.fields[i]?.type ?? ''));
  if (wrong.length > 0) {
    const detail = wrong.map((c) => `${c.name} ${parquet.fields.find((f) => f.name === c.name)?.type} ≠ ${c.type}`).join('; ');
    throw new ContractLoadError(file, 'types', `column types differ from the contract / 列类型与数据契约不符: ${detail}`);
  }
}

/** Opens a contract file, naming it in the error when it is missing or not Parquet. */
async function openContractFile(open: OpenParquet, file: string): Promise<DecodedParquet> {
  let parquet: DecodedParquet | null;
  try {
    parquet = await open(file);
  } catch (e) {
    throw new ContractLoadError(file, 'read', `not a readable Parquet file / 不是可读的 Parquet 文件 (${String(e)})`);
  }
  if (!parquet) throw new ContractLoadError(file, 'missing', 'file not found / 文件不存在');
  return parquet;
}

/** Creates every contract table, empty, with its contract types (the files are then appended to them). */
export async function createContractTables(conn: SqlConnection): Promise<void> {
  for (const table of TABLE_NAMES) await conn.run(createTableSql(table));
}

/** A manifest's files of every table in LOAD_ORDER, narrowed to the partitions of the years and regions (empty: all). */
export const filesInLoadOrder = (manifest: DatasetManifest, years: readonly number[] = [], regions: readonly string[] = []): TableFile[] =>
  LOAD_ORDER.flatMap((table) => filesFor(manifest, table, years, regions).map((file) => ({ table, file })));

/**
 * Appends the files to their contract tables (made by `createContractTables`), in the
 * order given, one row group at a time: each decoded group (Arrow IPC) goes straight
 * into the table. The next file is fetched while one is inserted, and the first before
 * the connection is even there (it may be a promise: the page starts fetching while
 * DuckDB-WASM boots). `onFile` hears of each file once its rows are all in; `onProgress`
 * of every row group.
 */
export async function loadFiles(
  connection: ArrowIngestConnection | Promise<ArrowIngestConnection>,
  open: OpenParquet,
  files: readonly TableFile[],
  onProgress: (p: LoadProgress) => void = () => {},
  onFile: (f: TableFile) => void = () => {},
): Promise<void> {
  let bytes = 0;
  const opening = (i: number) => {
    const next = files[i] ? openContractFile(open, files[i].file.path) : null;
    next?.catch(() => undefined); // awaited (and so reported) in its turn
    return next;
  };
  let next = opening(0);
  for (const [done, entry] of files.entries()) {
    const parquet = (await next)!;
    next = opening(done + 1);
    const conn = await connection;
    const path = entry.file.path;
    bytes += parquet.bytes;
    try {
      checkContract(entry.table, path, parquet);
      for (let i = 0; i < parquet.rowGroups; i++) {
        onProgress({ file: path, done, total: files.length, group: i, groups: parquet.rowGroups, bytes });
        const ipc = await parquet.readRowGroup(i);
        try {
          await conn.insertIpc(entry.table, ipc, false);
        } catch (e) {
          throw new ContractLoadError(path, 'types', `column types differ from the contract / 列类型与数据契约不符 (${String(e)})`);
        }
      }
    } finally {
      parquet.free();
    }
    onProgress({ file: path, done: done + 1, total: files.length, group: parquet.rowGroups, groups: parquet.rowGroups, bytes });
    onFile(entry);
  }
}

/** Creates every contract table and loads every file of the manifest into it (Node tests; the page loads by partitions). */
export async function loadContractTables(conn: ArrowIngestConnection, open: OpenParquet, manifest: DatasetManifest): Promise<Record<TableName, number>> {
  await createContractTables(conn);
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  await loadFiles(conn, open, filesInLoadOrder(manifest));
  for (const table of TABLE_NAMES) counts[table] = (await conn.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${table}"`))[0]?.n ?? 0;
  return counts;
}
