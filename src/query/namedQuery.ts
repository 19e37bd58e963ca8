import type { Table } from 'apache-arrow';
import type { ArrowSqlConnection, SqlParam } from '../db/connection';
import { arrowColumns, type Columns } from '../db/arrowValues';

/**
 * A named, parameterized query: fixed SQL text (identifiers only from
 * whitelists in code) and the `?` parameters that carry every user value.
 */
export interface NamedQuery {
  name: string;
  sql: string;
  params: SqlParam[];
}

export const runArrow = (conn: ArrowSqlConnection, q: NamedQuery): Promise<Table> => conn.arrow(q.sql, q.params);

export const runColumns = async (conn: ArrowSqlConnection, q: NamedQuery): Promise<Columns> => arrowColumns(await runArrow(conn, q));
