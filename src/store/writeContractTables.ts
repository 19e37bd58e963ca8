import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { INGEST_TABLES, TABLES, createTableSql, type TableName } from '../contract/tables';
import { NodeConnection } from '../db/nodeConnection';
import { TARGET_LINKS_SQL } from '../rules/targetLinks';
import type { ContractRows, IngestedTable } from '../ingest/contractRows';
import { appendRows } from './appendRows';
import { AGG_DEPARTMENT_YEAR_SQL, DERIVED_EVALUATIONS_SQL, PARSED_EVALUATIONS } from './derivedSql';

/** Rows per Parquet row group: the browser decodes one row group at a time, and filters skip whole groups. */
export const ROW_GROUP_SIZE = 122_880;

/**
 * Writes every contract table that ingestion owns (all but `flags`) as
 * `<table>.parquet` (ZSTD) into `outDir`, each sorted by its contract sort
 * order, even when empty. Native DuckDB (@duckdb/node-api) does the work: it
 * writes Parquet itself, where DuckDB-WASM would have to fetch its parquet
 * extension from the internet.
 *
 * Atomic: the files are written into a temporary directory next to `outDir`
 * and renamed into place only after every table was written, so a crash never
 * leaves half a table (each rename replaces one whole file).
 */
export async function writeContractTables(rows: ContractRows, outDir: string): Promise<{ table: TableName; rows: number }[]> {
  const out = resolve(outDir);
  await mkdir(dirname(out), { recursive: true });
  const tmp = await mkdtemp(join(dirname(out), `.${basename(out)}.tmp-`));
  const db = await NodeConnection.open();
  try {
    await loadTables(db, rows);
    const written: { table: TableName; rows: number }[] = [];
    for (const table of INGEST_TABLES) {
      const file = join(tmp, `${table}.parquet`);
      const order = TABLES[table].sortBy.map((c) => `"${c}"`).join(', ');
      await db.run(
        `COPY (SELECT * FROM "${table}" ORDER BY ${order}) TO '${file.replace(/'/g, "''")}' ` +
          `(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
      );
      const [count] = await db.rows<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`);
      written.push({ table, rows: count?.n ?? 0 });
    }
    await mkdir(out, { recursive: true });
    for (const table of INGEST_TABLES) await rename(join(tmp, `${table}.parquet`), join(out, `${table}.parquet`));
    return written;
  } finally {
    db.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Creates the contract tables in `db`, appends the rows, and derives columns and tables in SQL. */
export async function loadTables(db: NodeConnection, rows: ContractRows): Promise<void> {
  for (const table of INGEST_TABLES) await db.run(createTableSql(table));
  await db.run(createTableSql('evaluations', PARSED_EVALUATIONS));
  for (const table of Object.keys(rows) as IngestedTable[]) {
    await appendRows(db, table, rows[table], table === 'evaluations' ? PARSED_EVALUATIONS : table);
  }
  await db.run(`INSERT INTO evaluations BY NAME (${DERIVED_EVALUATIONS_SQL})`);
  await db.run(`DROP TABLE ${PARSED_EVALUATIONS}`);
  await db.run(`INSERT INTO agg_department_year BY NAME (${AGG_DEPARTMENT_YEAR_SQL})`);
  await db.run(`INSERT INTO target_links BY NAME (${TARGET_LINKS_SQL})`);
}
