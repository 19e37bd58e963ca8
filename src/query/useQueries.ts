import { useEffect, useRef, useState } from 'react';
import type { Columns } from '../db/arrowValues';
import type { ArrowSqlConnection } from '../db/connection';
import { batchColumns, batchSql } from './batch';
import type { NamedQuery } from './namedQuery';

export type QueryState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  /** `refreshing`: the previous answer is shown while the new one runs. */
  | { status: 'ready'; data: Columns; rows: number; refreshing: boolean };

type BatchState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; results: Columns[]; refreshing: boolean };

const rowCount = (data: Columns) => Object.values(data)[0]?.length ?? 0;

/**
 * Runs a view's named queries together, in one round trip (`batchSql`), whenever
 * their SQL, parameters or the data version change (the query objects are rebuilt on
 * every render, so their content is the effect's key). At most one batch per view is
 * in flight: a change made meanwhile waits, and only the latest waiting one runs when
 * it is done — stale batches are never sent, and an answer that arrives after the
 * queries moved on is dropped. One state per query, in order (none for no query).
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
      const { sql, params } = batchSql(batch);
      const done = (next: BatchState) => {
        running.current = false;
        if (!mounted.current) return;
        if (latest.current.key !== sent) return run();
        performance.measure('evallens:batch', { start: started, detail: batch.map((q) => q.name).join(',') });
        setState(next);
      };
      conn.arrow(sql, params).then(
        (result) => done({ status: 'ready', results: batchColumns(result, batch.length), refreshing: false }),
        (e: unknown) => done({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
      );
    };
    if (latest.current.queries.length === 0) return;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    if (!running.current) run();
    return () => {
      mounted.current = false;
    };
  }, [conn, key]);

  return queries.map((_, i): QueryState => {
    if (state.status !== 'ready') return state;
    const data = state.results[i] ?? {};
    return { status: 'ready', data, rows: rowCount(data), refreshing: state.refreshing };
  });
}
