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
const PREPARED_KEPT = 128;

/**
 * ArrowSqlConnection over DuckDB-WASM (the browser). Reads and statements with `?`
 * parameters go through prepared statements, so user values never become SQL text;
 * the last PREPARED_KEPT are kept by their SQL text, so the next filter change of the
 * same shape is one round trip to the worker and skips parsing and planning (DuckDB
 * re-plans one itself when a table it reads was replaced).
 * Calls are serialized: one DuckDB-WASM connection runs one statement at a time, in the order
 * they were made (`serialized`).
 */
export class WasmConnection implements ArrowSqlConnection {
  /** Settles once every statement queued so far is answered. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Resolves once every statement queued so far has been sent to the worker. */
  private sending: Promise<void> = Promise.resolve();
  private readonly prepared = new Map<string, AsyncPreparedStatement>();

  constructor(readonly raw: AsyncDuckDBConnection) {}

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.arrow(sql, params);
  }

  async rows<T = Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return arrowRows<T>(await this.arrow(sql, params));
  }

  arrow(sql: string, params: readonly SqlParam[] = []): Promise<Table> {
    const read = readOnly(sql);
    if (!read) writes++;
    return this.serialized(async () => {
      // A read is prepared even without parameters (a view under no filter): planned once, like the others.
      if (params.length === 0 && !read) return { answer: this.raw.query(sql) };
      const statement = await this.statement(sql);
      const answer = statement.query(...params).catch(async (error: unknown) => {
        if (this.prepared.get(sql) === statement) this.prepared.delete(sql);
        await statement.close();
        throw error;
      });
      return { answer };
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
    return this.serialized(async () => ({ answer: this.raw.insertArrowFromIPCStream(ipc, { name, create }) }));
  }

  /** Resolves once every statement queued here has been answered, including those queued while waiting. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  /**
   * Hands `post`'s statement to the worker once the one before it was handed over (not answered):
   * the worker runs a connection's messages one after another, so the order holds, and a batch's
   * statements reach it together instead of each waiting for the page to receive the answer
   * before it and send the next (two thread hand-overs per statement, each a wait for a core
   * when the machine is busy). `post` resolves once its statement is sent, with its answer.
   */
  private serialized<T>(post: () => Promise<{ answer: Promise<T> }>): Promise<T> {
    const sent = this.sending.then(post);
    this.sending = sent.then(
      () => undefined,
      () => undefined,
    );
    const answer = sent.then((s) => s.answer);
    // Settled to nothing: the queue must not hold the answers.
    this.queue = Promise.allSettled([this.queue, answer]).then(() => undefined);
    return answer;
  }
}
