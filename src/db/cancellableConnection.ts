import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC, type Table } from 'apache-arrow';
import { arrowRows } from './arrowValues';

/**
 * How long one slice of a pending query works before the worker answers other messages
 * (the database's `queryPollingInterval`; DuckDB-WASM's default is 100 ms). It bounds how
 * long a cancel, or a view's statement, waits for a running statement to make way.
 */
export const QUERY_SLICE_MS = 20;

/** The SQL view's time limit: a statement of the person's own SQL still running after this long is stopped. */
export const SQL_TIME_LIMIT_MS = 60_000;

/** Why a statement did not finish: `cancel()` (the Cancel button) or the time limit. */
export type StopReason = 'cancelled' | 'timeout';

/** A statement that `cancel()` or the time limit stopped, `afterMs` after it started. */
export class QueryStoppedError extends Error {
  constructor(
    readonly reason: StopReason,
    readonly afterMs: number,
  ) {
    super(`${reason === 'cancelled' ? 'query cancelled' : 'query stopped at the time limit'} after ${(afterMs / 1000).toFixed(1)} s`);
    this.name = 'QueryStoppedError';
  }
}

export interface CancellableOptions {
  /** A statement still running after this long is stopped. */
  timeLimitMs: number;
  /** Awaited before every slice of work, so that other work goes first (the views' connection going idle). */
  yieldTo: () => Promise<void>;
}

/**
 * SQL text on its own DuckDB-WASM connection, cancellable and time-limited. DuckDB-WASM runs
 * every connection in one worker, which answers one message at a time, so a plain query keeps
 * the worker (and every other connection) until it ends. Here a statement runs as a pending
 * query in slices instead: each `pollPendingQuery` works for up to the database's
 * `queryPollingInterval` and returns, the worker then answers whatever else was posted, and
 * between two slices the statement can be cancelled (`cancelPendingQuery`), stopped at the time
 * limit, or held back while `yieldTo` says other work comes first.
 *
 * Text only, no `?` parameters: prepared statements run to the end in one message. DuckDB
 * prepares each statement once first, which refuses more than one ("Cannot prepare multiple
 * statements at once"), since a pending query would run them all. Statements run one at a
 * time, in order; `cancel()` stops the running one and those queued behind it.
 */
export class CancellableConnection {
  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped by `cancel()`: a statement queued under an older generation stops. */
  private generation = 0;

  constructor(
    private readonly raw: AsyncDuckDBConnection,
    readonly options: CancellableOptions,
  ) {}

  async rows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    return arrowRows<T>(await this.arrow(sql));
  }

  arrow(sql: string): Promise<Table> {
    const generation = this.generation;
    const next = this.queue.then(() => this.execute(sql, generation));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Stops the running statement (within one slice) and every queued one; each rejects with `QueryStoppedError`. */
  cancel(): void {
    this.generation++;
  }

  private execute(sql: string, generation: number): Promise<Table> {
    const started = performance.now();
    const stopReason = (): StopReason | null =>
      generation !== this.generation ? 'cancelled' : performance.now() - started > this.options.timeLimitMs ? 'timeout' : null;
    const stop = (reason: StopReason) => new QueryStoppedError(reason, performance.now() - started);
    return this.raw.useUnsafe(async (db, conn) => {
      await this.options.yieldTo();
      const before = stopReason();
      if (before) throw stop(before);
      await db.closePrepared(conn, await db.createPrepared(conn, sql));
      let header = await db.startPendingQuery(conn, sql);
      while (header === null) {
        await this.options.yieldTo();
        const reason = stopReason();
        if (reason) {
          await db.cancelPendingQuery(conn);
          throw stop(reason);
        }
        header = await db.pollPendingQuery(conn);
      }
      // The result is ready (materialized while polling): its record batches follow, then an empty chunk.
      const chunks = [header];
      for (;;) {
        const chunk = await db.fetchQueryResults(conn);
        if (chunk === null) continue;
        if (chunk.length === 0) break;
        chunks.push(chunk);
      }
      return tableFromIPC(chunks);
    });
  }
}
