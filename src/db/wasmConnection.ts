import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { arrowRows } from './arrowValues';
import type { ArrowSqlConnection, SqlParam } from './connection';

/**
 * ArrowSqlConnection over DuckDB-WASM (the browser). Statements with `?`
 * parameters go through prepared statements, so user values never become SQL text.
 * Calls are serialized: one DuckDB-WASM connection runs one statement at a time.
 */
export class WasmConnection implements ArrowSqlConnection {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly raw: AsyncDuckDBConnection) {}

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.arrow(sql, params);
  }

  async rows<T = Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return arrowRows<T>(await this.arrow(sql, params));
  }

  arrow(sql: string, params: readonly SqlParam[] = []): Promise<Table> {
    return this.serialized(async () => {
      if (params.length === 0) return this.raw.query(sql);
      const statement = await this.raw.prepare(sql);
      try {
        return await statement.query(...params);
      } finally {
        await statement.close();
      }
    });
  }

  /** Appends one Arrow IPC stream (a decoded Parquet row group) to a table, creating it when asked. */
  insertIpc(name: string, ipc: Uint8Array, create: boolean): Promise<void> {
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
