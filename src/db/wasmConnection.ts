import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { arrowRows } from './arrowValues';
import type { ArrowSqlConnection, SqlParam } from './connection';

/**
 * How many statements that may change data (anything but a SELECT or WITH query, and every
 * Arrow append) any WasmConnection of the page has run: answers kept for a generation
 * (`useQueries`' cache) are valid until it moves on.
 */
let writes = 0;
export const dataGeneration = (): number => writes;
const READ_START = /^\s*(SELECT|WITH)\b/i;
const WRITE_WORD = /\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ATTACH|DETACH|USE|SET|TRUNCATE|MERGE|CHECKPOINT|COMMIT|ROLLBACK)\b/i;
/** A statement that cannot change data (conservatively: a SELECT or WITH without any word of a statement that can, outside string literals). */
const readOnly = (sql: string) => READ_START.test(sql) && !WRITE_WORD.test(sql.replace(/'(?:[^']|'')*'/g, "''"));

/** Prepared statements kept per connection: a view's query of the same shape is planned once. */
const PREPARED_KEPT = 64;

/**
 * ArrowSqlConnection over DuckDB-WASM (the browser). Statements with `?`
 * parameters go through prepared statements, so user values never become SQL text;
 * the last PREPARED_KEPT are kept by their SQL text, so the next filter change of the
 * same shape is one round trip to the worker and skips parsing and planning (DuckDB
 * re-plans one itself when a table it reads was replaced).
 * Calls are serialized: one DuckDB-WASM connection runs one statement at a time.
 */
export class WasmConnection implements ArrowSqlConnection {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly prepared = new Map<string, AsyncPreparedStatement>();

  constructor(readonly raw: AsyncDuckDBConnection) {}

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.arrow(sql, params);
  }

  async rows<T = Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return arrowRows<T>(await this.arrow(sql, params));
  }

  arrow(sql: string, params: readonly SqlParam[] = []): Promise<Table> {
    if (!readOnly(sql)) writes++;
    return this.serialized(async () => {
      if (params.length === 0) return this.raw.query(sql);
      const statement = await this.statement(sql);
      try {
        return await statement.query(...params);
      } catch (error) {
        this.prepared.delete(sql);
        await statement.close();
        throw error;
      }
    });
  }

  /** The kept prepared statement of `sql` (most recently used last), or a new one; the least recently used beyond PREPARED_KEPT is closed. */
  private async statement(sql: string): Promise<AsyncPreparedStatement> {
    const kept = this.prepared.get(sql);
    this.prepared.delete(sql);
    const statement = kept ?? (await this.raw.prepare(sql));
    this.prepared.set(sql, statement);
    for (const [old, stale] of this.prepared) {
      if (this.prepared.size <= PREPARED_KEPT) break;
      this.prepared.delete(old);
      await stale.close();
    }
    return statement;
  }

  /** Appends one Arrow IPC stream (a decoded Parquet row group) to a table, creating it when asked. */
  insertIpc(name: string, ipc: Uint8Array, create: boolean): Promise<void> {
    writes++;
    return this.serialized(() => this.raw.insertArrowFromIPCStream(ipc, { name, create }));
  }

  /** Resolves once every statement queued here has finished, including those queued while waiting. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
