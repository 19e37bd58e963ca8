import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { TABLE_NAMES, TABLES, createTableSql } from '../../src/contract/tables';
import type { Columns } from '../../src/db/arrowValues';
import { NodeConnection } from '../../src/db/nodeConnection';
import type { NamedQuery } from '../../src/query/namedQuery';

/** The contract Parquet files `npm run ingest` wrote (the test command runs it first); EVALLENS_PARQUET_DIR overrides, as for the build. */
export const PARQUET_DIR = resolve(process.env.EVALLENS_PARQUET_DIR ?? resolve(import.meta.dirname, '../../data/parquet'));

export const parquetPath = (table: string) => resolve(PARQUET_DIR, `${table}.parquet`);

/**
 * Native DuckDB holding the real contract tables read from data/parquet/ (`flags`
 * too: the rules with default settings, as ingest wrote them), as in the browser.
 */
export async function openContractDb(): Promise<NodeConnection> {
  if (!existsSync(parquetPath('evaluations'))) throw new Error(`run npm run ingest first: ${PARQUET_DIR} has no evaluations.parquet`);
  const conn = await NodeConnection.open();
  for (const table of TABLE_NAMES) {
    await conn.run(createTableSql(table));
    const columns = TABLES[table].columns.map((c) => `"${c.name}"`).join(', ');
    await conn.run(`INSERT INTO "${table}" SELECT ${columns} FROM read_parquet('${parquetPath(table)}')`);
  }
  return conn;
}

/**
 * Call at the top of a test file or inside a `describe`: opens `openContractDb()` before
 * its tests and closes it after them. Read `.conn` inside the tests (it is set by then).
 */
export function contractDbSuite(): { readonly conn: NodeConnection } {
  const suite = {} as { conn: NodeConnection };
  beforeAll(async () => {
    suite.conn = await openContractDb();
  });
  afterAll(() => suite.conn?.close());
  return suite;
}

/** A named query's result as columns (what the browser gets from Arrow), for the spec builders. */
export async function queryColumns(conn: NodeConnection, q: NamedQuery): Promise<Columns> {
  const rows = await conn.rows(q.sql, q.params);
  const out: Record<string, unknown[]> = {};
  const names = rows[0] ? Object.keys(rows[0]) : [];
  for (const name of names) out[name] = rows.map((r) => r[name]);
  return out;
}

/** A named query's result as rows. */
export const queryRows = <T = Record<string, unknown>>(conn: NodeConnection, q: NamedQuery): Promise<T[]> => conn.rows<T>(q.sql, q.params);

/** The source file of the 2024 淮南市 self-evaluations. */
export const HUAINAN_2024 = '000_82397be2bbd94de5.txt';
