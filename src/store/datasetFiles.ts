import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, PARTITIONED_TABLES, snapshotKey, type DatasetManifest, type ManifestFile, type ManifestSnapshot } from '../contract/manifest';
import { CONTRACT_VERSION, TABLE_NAMES, type TableName } from '../contract/tables';
import type { SqlConnection, SqlParam } from '../db/connection';
import { ROW_GROUP_SIZE, copyToParquet, sortedSql } from './parquetCopy';

/** The names a table takes in a dataset directory (a file, or a directory of partitions). */
export const tableEntry = (table: TableName, partitioned: boolean) => (partitioned && PARTITIONED_TABLES.includes(table) ? table : `${table}.parquet`);

/**
 * What writing a whole dataset puts in its directory (every table's entry and the manifest)
 * and what it removes there: a table's entry of the other layout, so a directory never holds both.
 */
export function datasetEntries(partitioned: boolean): { names: string[]; stale: string[] } {
  const names = [...TABLE_NAMES.map((t) => tableEntry(t, partitioned)), SNAPSHOT_DIR, MANIFEST_FILE];
  return { names, stale: TABLE_NAMES.map((t) => tableEntry(t, !partitioned)).filter((name) => !names.includes(name)) };
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Writes the rows of `select` (a contract table's rows, in its sort order) into `dir` as
 * the table's entry: one Parquet file, or — for the partitioned tables of a partitioned
 * layout — Hive partitions by year and region (the columns kept in the files). Returns
 * the files written, with their keys, row counts and sizes, for the manifest.
 */
export async function writeTableFiles(db: SqlConnection, dir: string, table: TableName, partitioned: boolean, select = sortedSql(table)): Promise<ManifestFile[]> {
  const entry = tableEntry(table, partitioned);
  if (entry.endsWith('.parquet')) {
    await copyToParquet(db, select, join(dir, entry));
    const [count] = await db.rows<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM read_parquet(${quote(join(dir, entry))})`);
    return [{ path: entry, bytes: (await stat(join(dir, entry))).size, rows: count?.n ?? 0 }];
  }
  const [total] = await db.rows<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM (${select})`);
  if (!total?.n) {
    // No rows, so no partition: one empty file keeps the table's columns.
    await mkdir(join(dir, entry));
    await copyToParquet(db, select, join(dir, entry, 'data_0.parquet'));
    return [{ path: `${entry}/data_0.parquet`, bytes: (await stat(join(dir, entry, 'data_0.parquet'))).size, rows: 0, year: null, region: null }];
  }
  await db.run(
    `COPY (${select}) TO ${quote(join(dir, entry))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE}, PARTITION_BY (year, region), WRITE_PARTITION_COLUMNS true)`,
  );
  const parts = await db.rows<{ file: string; year: number | null; region: string | null; n: number }>(
    `SELECT filename AS file, year, region, count(*)::BIGINT AS n
       FROM read_parquet(${quote(join(dir, entry, '**', '*.parquet'))}, filename = true, hive_partitioning = false)
      GROUP BY ALL ORDER BY year NULLS FIRST, region NULLS FIRST`,
  );
  const files: ManifestFile[] = [];
  for (const p of parts) {
    const path = p.file.slice(dir.length + 1).split(/[\\/]/).join('/');
    files.push({ path, bytes: (await stat(p.file)).size, rows: p.n, year: p.year, region: p.region });
  }
  return files;
}

/** A query whose answer is written beside the tables (structurally a NamedQuery: store/ does not import the query layer). */
export interface SnapshotQuery {
  name: string;
  sql: string;
  params: readonly SqlParam[];
}

/** The directory snapshots are written to, in a dataset directory. */
export const SNAPSHOT_DIR = 'snapshots';

/** Writes the answers to `queries` over the tables in `db` as Parquet files under `dir/snapshots/`, for the manifest. */
export async function writeSnapshots(db: SqlConnection, dir: string, queries: readonly SnapshotQuery[]): Promise<ManifestSnapshot[]> {
  await mkdir(join(dir, SNAPSHOT_DIR), { recursive: true });
  const written: ManifestSnapshot[] = [];
  for (const q of queries) {
    const path = `${SNAPSHOT_DIR}/${q.name}.parquet`;
    await db.run(`COPY (${q.sql}) TO ${quote(join(dir, SNAPSHOT_DIR, `${q.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`, q.params);
    const [count] = await db.rows<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM read_parquet(${quote(join(dir, ...path.split('/')))})`);
    written.push({ key: snapshotKey(q.sql, q.params), path, rows: count?.n ?? 0 });
  }
  return written;
}

/** Writes `dataset.json` into `dir`. */
export async function writeManifest(
  dir: string,
  layout: DatasetManifest['layout'],
  tables: DatasetManifest['tables'],
  snapshots: readonly ManifestSnapshot[] = [],
): Promise<void> {
  const manifest: DatasetManifest = { contract: CONTRACT_VERSION, layout, tables, snapshots: [...snapshots] };
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
