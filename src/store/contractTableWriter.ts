import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { INGEST_TABLES, TABLES, createTableSql, type TableName } from '../contract/tables';
import { NodeConnection } from '../db/nodeConnection';
import { appendRows as appendToRows, emptyRows, type ContractRows, type IngestedTable } from '../ingest/contractRows';
import { appendRows } from './appendRows';
import { aggDepartmentYearSql } from '../sql/aggDepartmentYear';
import { DERIVED_EVALUATIONS_SQL, PARSED_EVALUATIONS } from '../sql/derivedEvaluations';
import { TARGET_LINKS_SQL } from '../sql/targetLinks';

/** Rows per Parquet row group: the browser decodes one row group at a time, and filters skip whole groups. */
export const ROW_GROUP_SIZE = 122_880;

/** Rows (over all tables) held in JS before they are appended to DuckDB. */
const FLUSH_ROWS = 50_000;

/**
 * Collects contract rows document by document in an in-memory native DuckDB
 * (columnar, far smaller than the rows as JS objects: a province's 100k forms
 * need not sit in the JS heap), then writes every contract table that
 * ingestion owns (all but `flags`) as `<table>.parquet` (ZSTD) into a
 * directory, each sorted by its contract sort order, even when empty.
 * Native DuckDB (@duckdb/node-api) writes Parquet itself, where DuckDB-WASM
 * would have to fetch its parquet extension from the internet.
 *
 * Atomic: the files are written into a temporary directory next to the output
 * directory and renamed into place only after every table was written, so a
 * crash never leaves half a table (each rename replaces one whole file).
 */
export class ContractTableWriter {
  private pending = emptyRows();
  private pendingRows = 0;

  private constructor(private readonly db: NodeConnection) {}

  static async open(): Promise<ContractTableWriter> {
    const db = await NodeConnection.open();
    try {
      for (const table of INGEST_TABLES) await db.run(createTableSql(table));
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
   * score_sum, indicator_count; agg_department_year; target_links), then
   * writes the tables into `outDir` atomically. Call once, then `close`.
   */
  async write(outDir: string): Promise<{ table: TableName; rows: number }[]> {
    await this.derive();
    const out = resolve(outDir);
    await mkdir(dirname(out), { recursive: true });
    const tmp = await mkdtemp(join(dirname(out), `.${basename(out)}.tmp-`));
    try {
      const written: { table: TableName; rows: number }[] = [];
      for (const table of INGEST_TABLES) {
        const file = join(tmp, `${table}.parquet`);
        const order = TABLES[table].sortBy.map((c) => `"${c}"`).join(', ');
        await this.db.run(
          `COPY (SELECT * FROM "${table}" ORDER BY ${order}) TO '${file.replace(/'/g, "''")}' ` +
            `(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
        );
        const [count] = await this.db.rows<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`);
        written.push({ table, rows: count?.n ?? 0 });
      }
      await mkdir(out, { recursive: true });
      for (const table of INGEST_TABLES) await rename(join(tmp, `${table}.parquet`), join(out, `${table}.parquet`));
      return written;
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  close(): void {
    this.db.close();
  }

  private async derive(): Promise<void> {
    await this.flush();
    await this.db.run(`INSERT INTO evaluations BY NAME (${DERIVED_EVALUATIONS_SQL})`);
    await this.db.run(`DROP TABLE ${PARSED_EVALUATIONS}`);
    await this.db.run(`INSERT INTO agg_department_year BY NAME (${aggDepartmentYearSql()})`);
    await this.db.run(`INSERT INTO target_links BY NAME (${TARGET_LINKS_SQL})`);
  }
}

/** Writes the contract tables of `rows` into `outDir` (see ContractTableWriter). */
export async function writeContractTables(rows: ContractRows, outDir: string): Promise<{ table: TableName; rows: number }[]> {
  const writer = await ContractTableWriter.open();
  try {
    await writer.add(rows);
    return await writer.write(outDir);
  } finally {
    writer.close();
  }
}
