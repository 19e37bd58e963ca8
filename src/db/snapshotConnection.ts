import { tableFromIPC, type Table } from 'apache-arrow';
import { snapshotKey } from '../contract/manifest';
import { arrowRows } from './arrowValues';
import type { ArrowSqlConnection, SqlParam } from './connection';
import type { DecodedParquet } from './parquetDecoder';

/** A snapshot's answer as Arrow, from its Parquet file (every row group). */
export async function snapshotTable(parquet: DecodedParquet): Promise<Table> {
  const parts: Table[] = [];
  for (let i = 0; i < parquet.rowGroups; i++) parts.push(tableFromIPC(await parquet.readRowGroup(i)));
  parquet.free();
  return parts.reduce((all, part) => all.concat(part));
}

/**
 * The views' connection: until `live()` says the tables are loaded, a query the dataset
 * holds a snapshot answer for (its exact SQL and parameters, computed by native DuckDB
 * when the tables were written) is answered from it — the page's first view shows while
 * DuckDB-WASM still boots — and every other query waits for the database.
 */
export class SnapshotConnection implements ArrowSqlConnection {
  constructor(
    private readonly answers: ReadonlyMap<string, Table>,
    private readonly database: Promise<ArrowSqlConnection>,
    private readonly live: () => boolean,
  ) {}

  /** Whether every one of the queries is answered from a snapshot now. */
  answersAll(queries: readonly { sql: string; params: readonly SqlParam[] }[]): boolean {
    return !this.live() && queries.length > 0 && queries.every((q) => this.answers.has(snapshotKey(q.sql, q.params)));
  }

  async arrow(sql: string, params: readonly SqlParam[] = []): Promise<Table> {
    const answer = this.live() ? undefined : this.answers.get(snapshotKey(sql, params));
    return answer ?? (await this.database).arrow(sql, params);
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await (await this.database).run(sql, params);
  }

  async rows<T = Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return arrowRows<T>(await this.arrow(sql, params));
  }
}
