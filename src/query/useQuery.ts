import { useEffect, useState } from 'react';
import type { ArrowSqlConnection } from '../db/connection';
import type { Columns } from '../db/arrowValues';
import { runColumns, type NamedQuery } from './namedQuery';

export type QueryState = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; data: Columns; rows: number };

/**
 * Runs a named query whenever its SQL, parameters or the data version change;
 * a stale answer (the filters moved on while it ran) is dropped.
 */
export function useQuery(conn: ArrowSqlConnection, query: NamedQuery, dataVersion: number): QueryState {
  const [state, setState] = useState<QueryState>({ status: 'loading' });
  const key = JSON.stringify([query.sql, query.params, dataVersion]);
  useEffect(() => {
    let current = true;
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    runColumns(conn, query).then(
      (data) => current && setState({ status: 'ready', data, rows: Object.values(data)[0]?.length ?? 0 }),
      (e: unknown) => current && setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the query's content; the object itself is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conn, key]);
  return state;
}
