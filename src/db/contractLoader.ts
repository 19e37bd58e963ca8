import { TABLES, createTableSql, type ColumnType, type TableName } from '../contract/tables';
import type { SqlConnection } from './connection';
import type { DecodedParquet, OpenParquet } from './parquetDecoder';

/** A connection that can also append Arrow IPC (DuckDB-WASM's insertArrowFromIPCStream). */
export interface ArrowIngestConnection extends SqlConnection {
  insertIpc(name: string, ipc: Uint8Array, create: boolean): Promise<void>;
}

export interface LoadProgress {
  /** The table being loaded, or the last one loaded. */
  table: TableName;
  /** Tables finished so far, of `total`. */
  done: number;
  total: number;
  /** Row groups of `table` inserted so far, of `groups`. */
  group: number;
  groups: number;
  /** Bytes of Parquet fetched so far, over every table. */
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
 * then all indicators (records, drill-down), then the rest. Each view renders as soon as the tables it reads are in.
 * Lists every contract table once.
 */
export const LOAD_ORDER: readonly TableName[] = [
  'agg_department_year',
  'agg_flagged_evaluations',
  'agg_flags',
  'evaluations',
  'flags',
  'indicator_issues',
  'indicators',
  'target_links',
  'target_tables',
  'target_indicators',
  'project_lists',
  'ingest_report',
  'unparsed_lines',
];

export const parquetFileName = (table: TableName) => `${table}.parquet`;

/** Arrow types of a Parquet column that DuckDB inserts into each contract type. */
const ARROW_TYPES: Record<ColumnType, readonly string[]> = {
  VARCHAR: ['Utf8', 'LargeUtf8'],
  INTEGER: ['Int8', 'Int16', 'Int32', 'Int64'],
  DOUBLE: ['Float32', 'Float64', 'Int32', 'Int64'],
  'VARCHAR[]': ['List<Utf8>', 'List<LargeUtf8>'],
};

/** Throws, naming the file, unless its columns are the contract's, in contract order, with types DuckDB inserts as the contract's. */
function checkContract(table: TableName, file: string, parquet: DecodedParquet): void {
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

/**
 * Creates every contract table with its contract types and fills it from
 * `<table>.parquet`, in LOAD_ORDER, one row group at a time: each decoded group
 * (Arrow IPC) is appended straight to the contract table. The next file is fetched
 * while one is inserted, and the first before the connection is even there (it may
 * be a promise: the page starts fetching while DuckDB-WASM boots). `onTable` hears of
 * each table once its rows are all in; `onProgress` of every row group.
 */
export async function loadContractTables(
  connection: ArrowIngestConnection | Promise<ArrowIngestConnection>,
  open: OpenParquet,
  onProgress: (p: LoadProgress) => void = () => {},
  onTable: (table: TableName, rows: number) => void = () => {},
): Promise<Record<TableName, number>> {
  const counts = {} as Record<TableName, number>;
  let bytes = 0;
  let next = openContractFile(open, parquetFileName(LOAD_ORDER[0]!));
  next.catch(() => undefined);
  for (const [done, table] of LOAD_ORDER.entries()) {
    const file = parquetFileName(table);
    const parquet = await next;
    const following = LOAD_ORDER[done + 1];
    if (following) {
      next = openContractFile(open, parquetFileName(following));
      next.catch(() => undefined); // awaited (and so reported) in its turn
    }
    const conn = await connection;
    bytes += parquet.bytes;
    try {
      checkContract(table, file, parquet);
      await conn.run(`DROP TABLE IF EXISTS "${table}"`);
      await conn.run(createTableSql(table));
      for (let i = 0; i < parquet.rowGroups; i++) {
        onProgress({ table, done, total: LOAD_ORDER.length, group: i, groups: parquet.rowGroups, bytes });
        const ipc = await parquet.readRowGroup(i);
        try {
          await conn.insertIpc(table, ipc, false);
        } catch (e) {
          throw new ContractLoadError(file, 'types', `column types differ from the contract / 列类型与数据契约不符 (${String(e)})`);
        }
      }
      counts[table] = parquet.rows;
    } finally {
      parquet.free();
    }
    onProgress({ table, done: done + 1, total: LOAD_ORDER.length, group: parquet.rowGroups, groups: parquet.rowGroups, bytes });
    onTable(table, parquet.rows);
  }
  return counts;
}
