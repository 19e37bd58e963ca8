import type { TableName } from './tables';

/**
 * How a dataset's contract tables are laid out in its directory, written beside them as
 * `dataset.json` by whatever writes the tables (ingest, synth; audit updates the flags'
 * entries). `files`: one `<table>.parquet` per table. `partitioned`: the large tables that
 * views filter by year and region (PARTITIONED_TABLES) as a Hive layout,
 * `<table>/year=<y>/region=<r>/data_0.parquet` (values percent-encoded by DuckDB, the columns
 * kept inside the files too), the others as single files. Readers take the file list from
 * here (a plain static server cannot list a directory), and a partition's year and region
 * tell the page which files its filters need.
 */
export interface DatasetManifest {
  contract: number;
  layout: 'files' | 'partitioned';
  tables: Record<TableName, ManifestFile[]>;
  /** Answers to queries of the page's first view, computed when the tables were written (see `snapshotKey`). */
  snapshots?: ManifestSnapshot[];
}

/**
 * The answer to one query, computed by native DuckDB over the tables just written, as a
 * Parquet file: the page shows it while DuckDB-WASM still boots, for exactly that query
 * (`key`: its SQL text and parameters), until the tables it reads are loaded.
 */
export interface ManifestSnapshot {
  key: string;
  path: string;
  rows: number;
}

/** What identifies a query's answer: its SQL text and parameters, exactly. */
export const snapshotKey = (sql: string, params: readonly unknown[]): string => JSON.stringify([sql, params]);

export interface ManifestFile {
  /** Relative to the dataset directory, `/`-separated, as on disk. */
  path: string;
  bytes: number;
  rows: number;
  /** The partition's keys (partitioned tables only; null where the rows have none). */
  year?: number | null;
  region?: string | null;
}

export const MANIFEST_FILE = 'dataset.json';

/** The tables a partitioned layout splits by year and region. */
export const PARTITIONED_TABLES: readonly TableName[] = ['evaluations', 'indicators', 'indicator_issues'];

/** The files of `table` whose partition matches the years and regions (empty: any). Unpartitioned tables: all their files. */
export function filesFor(manifest: DatasetManifest, table: TableName, years: readonly number[], regions: readonly string[]): ManifestFile[] {
  return manifest.tables[table].filter(
    (f) => f.year === undefined || ((years.length === 0 || years.includes(f.year as number)) && (regions.length === 0 || regions.includes(f.region as string))),
  );
}

/**
 * The manifest of a directory that has none: every table as `<table>.parquet` (what
 * ingest wrote before manifests, or a hand-made set of files). `size` gives a file's
 * bytes, or null when it does not exist (the table then has no file).
 */
export function filesLayout(tables: readonly TableName[], size: (file: string) => number | null, contract: number): DatasetManifest {
  const entries = tables.map((table): [TableName, ManifestFile[]] => {
    const bytes = size(`${table}.parquet`);
    return [table, bytes === null ? [] : [{ path: `${table}.parquet`, bytes, rows: -1 }]];
  });
  return { contract, layout: 'files', tables: Object.fromEntries(entries) as DatasetManifest['tables'] };
}
