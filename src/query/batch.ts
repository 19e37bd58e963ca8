import type { Table, Vector } from 'apache-arrow';
import { columnValues, type Columns } from '../db/arrowValues';
import type { SqlParam } from '../db/connection';
import type { NamedQuery } from './namedQuery';

/**
 * Several named queries as one statement, so a view's queries take one round trip
 * to DuckDB-WASM's worker (one message, one Arrow result) instead of one each. Each
 * query's rows come back as one list of structs in column `r<i>` of a single row,
 * numbered in the query's own order first (an empty OVER () keeps the order of
 * its input) and listed in that order; the parameters follow in the same order.
 */
export function batchSql(queries: readonly NamedQuery[]): { sql: string; params: SqlParam[] } {
  const parts = queries.map(
    (q, i) => `(SELECT list(q ORDER BY q.__row) FROM (SELECT row_number() OVER () AS __row, * FROM (${q.sql})) AS q) AS r${i}`,
  );
  return { sql: `SELECT ${parts.join(',\n')}`, params: queries.flatMap((q) => q.params) };
}

/** The columns of each query from a batch result, without reshaping rows: the struct's child vectors as they are. */
export function batchColumns(result: Table, count: number): Columns[] {
  return Array.from({ length: count }, (_, i) => {
    const rows = result.getChild(`r${i}`)?.get(0) as Vector | null | undefined;
    const out: Columns = {};
    if (!rows) return out;
    for (const field of rows.type.children as { name: string }[]) {
      if (field.name === '__row') continue;
      const child = rows.getChild(field.name);
      if (child) out[field.name] = columnValues(child);
    }
    return out;
  });
}
