import { useEffect, useRef, useState } from 'react';
import type { Columns } from '../db/arrowValues';
import type { ArrowSqlConnection } from '../db/connection';
import { runColumns, type NamedQuery } from './namedQuery';

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

const rowCount = (data: Columns) => Object.values(data)[0]?.length ?? 0;

/** The performance measure of a batch: `evallens:batch:<query names>` (the bench reads a view's by its names). */
export const batchMeasureName = (queries: readonly NamedQuery[]) => `evallens:batch:${queries.map((q) => q.name).join(',')}`;

/**
 * Runs a view's named queries as one batch whenever their SQL, parameters or the data
 * version change (the query objects are rebuilt on every render, so their content is
 * the effect's key): sent together, each a prepared statement the connection keeps (one
 * round trip, no re-planning for a filter change of the same shape), answered together
 * and shown in one render. At most one batch per view is in flight: a change made
 * meanwhile waits, and only the latest waiting one runs when it is done — stale batches
 * are never sent, and answers that arrive after the queries moved on are dropped. One
 * state per query, in order (none for no query). (One statement holding every query as
 * lists of structs measured slower than this in DuckDB-WASM: see the README.)
 */
export function useQueries(conn: ArrowSqlConnection, queries: readonly NamedQuery[], dataVersion: number): QueryState[] {
  const [state, setState] = useState<BatchState>({ status: 'loading' });
  const key = JSON.stringify([queries.map((q) => [q.sql, q.params]), dataVersion]);
  const latest = useRef({ key, queries });
  latest.current = { key, queries };
  const running = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    const run = () => {
      const { key: sent, queries: batch } = latest.current;
      running.current = true;
      const started = performance.now();
      const done = (next: BatchState) => {
        running.current = false;
        if (!mounted.current) return;
        if (latest.current.key !== sent) return run();
        performance.measure(batchMeasureName(batch), { start: started });
        setState(next);
      };
      Promise.all(batch.map((q) => runColumns(conn, q))).then(
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

  // Answers to other queries than the current ones (the render that changed them) show as refreshing at once.
  return queries.map((_, i): QueryState => {
    if (state.status === 'loading') return state;
    if (state.status === 'error') return state.key === key ? state : { status: 'loading' };
    const data = state.results[i] ?? {};
    return { status: 'ready', data, rows: rowCount(data), refreshing: state.key !== key };
  });
}
