import type { DatasetManifest } from '../contract/manifest';
import { TABLE_NAMES, createTableSql, type TableName } from '../contract/tables';
import type { SqlConnection } from '../db/connection';
import { NodeConnection } from '../db/nodeConnection';
import { appendRows as appendToRows, emptyRows, type ContractRows, type IngestedTable } from '../ingest/contractRows';
import { appendRows } from './appendRows';
import { writeAtomically } from './atomicFiles';
import { datasetEntries, writeManifest, writeSnapshots, writeTableFiles, type SnapshotQuery } from './datasetFiles';
import { DERIVED_EVALUATIONS_SQL, PARSED_EVALUATIONS } from '../sql/derivedEvaluations';
import { DERIVED_TABLES } from '../sql/derivedTables';

/** Rows (over all tables) held in JS before they are appended to DuckDB. */
const FLUSH_ROWS = 50_000;

/**
 * Makes the `flags` table (and the pre-aggregates made from it) in the writer's
 * DuckDB once the other tables are there: the rules engine's `runRules` with
 * default settings, handed in by the caller (store/ does not depend on the rules).
 */
export type FlagsStep = (db: SqlConnection) => Promise<unknown>;

export interface WriteOptions {
  /** The large tables as year/region partitions (see contract/manifest.ts). */
  partitioned?: boolean;
  /** Queries whose answers to write beside the tables (the page's first view: shown before DuckDB-WASM is up). */
  snapshots?: readonly SnapshotQuery[];
}

/**
 * Collects contract rows document by document in an in-memory native DuckDB
 * (columnar, far smaller than the rows as JS objects: a province's 100k forms
 * need not sit in the JS heap), then writes every contract table as
 * `<table>.parquet` (ZSTD) into a directory, each sorted by its contract sort
 * order, even when empty — or, partitioned, the large tables as Hive partitions by
 * year and region — with `dataset.json` listing the files (see contract/manifest.ts).
 * Native DuckDB (@duckdb/node-api) writes Parquet itself, where DuckDB-WASM
 * would have to fetch its parquet extension from the internet.
 *
 * Atomic (`writeAtomically`): a crash never leaves half a table. `flags` and
 * its pre-aggregates are written with the rest, so the dashboard's first render
 * never waits for the rules.
 */
export class ContractTableWriter {
  private pending = emptyRows();
  private pendingRows = 0;

  private constructor(private readonly db: NodeConnection) {}

  static async open(): Promise<ContractTableWriter> {
    const db = await NodeConnection.open();
    try {
      for (const table of TABLE_NAMES) await db.run(createTableSql(table));
      await db.run(createTableSql('evaluations', PARSED_EVALUATIONS));
    } catch (e) {
      db.close();
      throw e;
    }
    return new ContractTableWriter(db);
  }

  /**
   * Adds one document's (or many documents') rows. They are appended to
   * DuckDB in batches of about FLUSH_ROWS rows (an appender per document and
   * table would cost a commit each). Evaluations wait in a staging table for
   * their derived columns.
   */
  async add(rows: ContractRows): Promise<void> {
    appendToRows(this.pending, rows);
    for (const table of Object.keys(rows) as IngestedTable[]) this.pendingRows += rows[table].length;
    if (this.pendingRows >= FLUSH_ROWS) await this.flush();
  }

  private async flush(): Promise<void> {
    const rows = this.pending;
    this.pending = emptyRows();
    this.pendingRows = 0;
    for (const table of Object.keys(rows) as IngestedTable[]) {
      await appendRows(this.db, table, rows[table], table === 'evaluations' ? PARSED_EVALUATIONS : table);
    }
  }

  /**
   * Derives in SQL what ingestion computes (evaluations' execution_rate,
   * score_sum, indicator_count; agg_department_year; indicator_issues;
   * target_links; then the flags through `flags`), then writes every contract table into `outDir`
   * atomically. Call once, then `close`.
   */
  async write(outDir: string, flags: FlagsStep, { partitioned = false, snapshots = [] }: WriteOptions = {}): Promise<{ table: TableName; rows: number }[]> {
    await this.derive();
    await flags(this.db);
    return writeAtomically(outDir, async (tmp) => {
      const files = {} as DatasetManifest['tables'];
      for (const table of TABLE_NAMES) files[table] = await writeTableFiles(this.db, tmp, table, partitioned);
      await writeManifest(tmp, partitioned ? 'partitioned' : 'files', files, await writeSnapshots(this.db, tmp, snapshots));
      return { ...datasetEntries(partitioned), result: TABLE_NAMES.map((table) => ({ table, rows: files[table].reduce((n, f) => n + f.rows, 0) })) };
    });
  }

  close(): void {
    this.db.close();
  }

  private async derive(): Promise<void> {
    await this.flush();
    await this.db.run(`INSERT INTO evaluations BY NAME (${DERIVED_EVALUATIONS_SQL})`);
    await this.db.run(`DROP TABLE ${PARSED_EVALUATIONS}`);
    for (const { table, sql } of DERIVED_TABLES) await this.db.run(`INSERT INTO ${table} BY NAME (${sql})`);
  }
}

/** Writes the contract tables of `rows` into `outDir` (see ContractTableWriter). */
export async function writeContractTables(
  rows: ContractRows,
  outDir: string,
  flags: FlagsStep,
  options: WriteOptions = {},
): Promise<{ table: TableName; rows: number }[]> {
  const writer = await ContractTableWriter.open();
  try {
    await writer.add(rows);
    return await writer.write(outDir, flags, options);
  } finally {
    writer.close();
  }
}
