import { useEffect, useState } from 'react';
import type { ArrowSqlConnection } from '../db/connection';
import type { Columns } from '../db/arrowValues';
import { runColumns, type NamedQuery } from './namedQuery';

export type QueryState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  /** `refreshing`: the previous answer is shown while the new one runs. */
  | { status: 'ready'; data: Columns; rows: number; refreshing: boolean };

/**
 * Runs a named query whenever its SQL, parameters or the data version change
 * (the query object is rebuilt on every render, so its content is the effect's
 * key and the effect reads the query of the render that changed it); an answer
 * that arrives after the query moved on is dropped.
 */
export function useQuery(conn: ArrowSqlConnection, query: NamedQuery, dataVersion: number): QueryState {
  const [state, setState] = useState<QueryState>({ status: 'loading' });
  const key = JSON.stringify([query.sql, query.params, dataVersion]);
  useEffect(() => {
    let current = true;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    runColumns(conn, query).then(
      (data) => current && setState({ status: 'ready', data, rows: Object.values(data)[0]?.length ?? 0, refreshing: false }),
      (e: unknown) => current && setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [conn, key]);
  return state;
}
