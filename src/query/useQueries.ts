import { useLayoutEffect, useRef, useState } from 'react';
import type { Columns } from '../db/arrowValues';
import type { ArrowSqlConnection } from '../db/connection';
import { arrowColumns } from '../db/arrowValues';
import { dataGeneration } from '../db/wasmConnection';
import { runArrow, type NamedQuery } from './namedQuery';

export type QueryState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  /** `refreshing`: the previous answer is shown while the new one runs. */
  | { status: 'ready'; data: Columns; rows: number; refreshing: boolean };

type BatchState =
  | { status: 'loading' }
  | { status: 'error'; error: string; key: string }
  /** `key`: the queries these are the answers to. */
  | { status: 'ready'; results: Columns[]; key: string };

/**
 * A query's answer as columns, with two performance measures for profiling a filter change:
 * `evallens:query:<name>` (from the batch being sent to its Arrow answer in the page: waiting
 * for the queries before it in the worker included) and `evallens:convert:<name>` (Arrow → columns).
 */
async function timedColumns(conn: ArrowSqlConnection, q: NamedQuery): Promise<Columns> {
  const started = performance.now();
  const table = await runArrow(conn, q);
  const answered = performance.now();
  performance.measure(`evallens:query:${q.name}`, { start: started, end: answered });
  const columns = arrowColumns(table);
  performance.measure(`evallens:convert:${q.name}`, { start: answered });
  return columns;
}

const rowCount = (data: Columns) => Object.values(data)[0]?.length ?? 0;

/** The performance measure of a batch: `evallens:batch:<query names>` (the bench reads a view's by its names). */
export const batchMeasureName = (queries: readonly NamedQuery[]) => `evallens:batch:${queries.map((q) => q.name).join(',')}`;

/** Answers per connection, by query (SQL, parameters, data version), most recently used last: a filter state seen again is shown from here, with no round trip. */
const ANSWERS_KEPT = 256;
const answerCache = new WeakMap<ArrowSqlConnection, Map<string, { generation: number; data: Columns }>>();

const queryKey = (q: NamedQuery, dataVersion: number) => JSON.stringify([q.sql, q.params, dataVersion]);

/** The answer of `q` on `conn`, if it was computed since the data last changed. */
function cachedAnswer(conn: ArrowSqlConnection, q: NamedQuery, dataVersion: number): Columns | null {
  const kept = answerCache.get(conn)?.get(queryKey(q, dataVersion));
  return kept && kept.generation === dataGeneration() ? kept.data : null;
}

/** Every answer of the batch from the cache, or null. */
function cachedBatch(conn: ArrowSqlConnection, queries: readonly NamedQuery[], dataVersion: number): Columns[] | null {
  const answers: Columns[] = [];
  for (const q of queries) {
    const data = cachedAnswer(conn, q, dataVersion);
    if (!data) return null;
    answers.push(data);
  }
  return answers;
}

function keepAnswer(conn: ArrowSqlConnection, q: NamedQuery, dataVersion: number, generation: number, data: Columns): void {
  // A statement that may have changed data was queued while the query ran: its answer may be from before it.
  if (generation !== dataGeneration()) return;
  let kept = answerCache.get(conn);
  if (!kept) answerCache.set(conn, (kept = new Map()));
  const key = queryKey(q, dataVersion);
  kept.delete(key);
  kept.set(key, { generation, data });
  for (const old of kept.keys()) {
    if (kept.size <= ANSWERS_KEPT) break;
    kept.delete(old);
  }
}

/**
 * Runs a view's named queries as one batch whenever their SQL, parameters or the data
 * version change (the query objects are rebuilt on every render, so their content is
 * the effect's key): sent together, each a prepared statement the connection keeps (one
 * round trip, no re-planning for a filter change of the same shape), answered together
 * and shown in one render. The batch is sent from a layout effect, in the same task as
 * the render that changed the filters (not after the next paint). At most one batch per
 * view is in flight: a change made meanwhile waits, and only the latest waiting one runs
 * when it is done — stale batches are never sent, and answers that arrive after the
 * queries moved on are dropped. Answers are kept per connection and query until data
 * changes (any write or append: `dataGeneration`): a batch answered before is shown at
 * once, as the same objects, so charts drawn from them are not redrawn, and a batch
 * sends only the queries not answered before (the print header's KPIs are the overview's). One state per query, in order
 * (none for no query). (One statement holding every query as lists of structs measured
 * slower than this in DuckDB-WASM: see the README.)
 */
export function useQueries(conn: ArrowSqlConnection, queries: readonly NamedQuery[], dataVersion: number): QueryState[] {
  const [state, setState] = useState<BatchState>({ status: 'loading' });
  const key = JSON.stringify([queries.map((q) => [q.sql, q.params]), dataVersion]);
  const latest = useRef({ key, queries, dataVersion });
  latest.current = { key, queries, dataVersion };
  const running = useRef(false);
  const mounted = useRef(true);
  const cached = queries.length > 0 ? cachedBatch(conn, queries, dataVersion) : null;

  useLayoutEffect(() => {
    mounted.current = true;
    const run = () => {
      const { key: sent, queries: batch, dataVersion: version } = latest.current;
      const hit = cachedBatch(conn, batch, version);
      if (hit) {
        setState({ status: 'ready', results: hit, key: sent });
        return;
      }
      running.current = true;
      const started = performance.now();
      const generation = dataGeneration();
      const done = (next: BatchState) => {
        running.current = false;
        if (next.status === 'ready') batch.forEach((q, i) => keepAnswer(conn, q, version, generation, next.results[i]!));
        if (!mounted.current) return;
        if (latest.current.key !== sent) return run();
        performance.measure(batchMeasureName(batch), { start: started });
        setState(next);
      };
      // Only the queries not answered before are sent.
      Promise.all(batch.map((q) => cachedAnswer(conn, q, version) ?? timedColumns(conn, q))).then(
        (results) => done({ status: 'ready', results, key: sent }),
        (e: unknown) => done({ status: 'error', error: e instanceof Error ? e.message : String(e), key: sent }),
      );
    };
    if (latest.current.queries.length === 0) return;
    if (!running.current) run();
    return () => {
      mounted.current = false;
    };
  }, [conn, key]);

  // Answers kept from before show at once; answers to other queries than the current ones (the render that changed them) show as refreshing.
  return queries.map((_, i): QueryState => {
    if (cached) return { status: 'ready', data: cached[i] ?? {}, rows: rowCount(cached[i] ?? {}), refreshing: false };
    if (state.status === 'loading') return state;
    if (state.status === 'error') return state.key === key ? state : { status: 'loading' };
    const data = state.results[i] ?? {};
    return { status: 'ready', data, rows: rowCount(data), refreshing: state.key !== key };
  });
}
