import { join } from 'node:path';
import { TABLE_NAMES, TABLES, createTableSql } from '../contract/tables';
import { readManifest } from '../store/readManifest';
import { NodeConnection } from '../db/nodeConnection';
import type { DuckDBPreparedStatement, DuckDBValue } from '@duckdb/node-api';
import type { Filters } from '../query/filters';
import type { NamedQuery } from '../query/namedQuery';
import { VIEW_QUERIES, type ChartViewId } from '../views/viewQueries';
import { spread, type Spread } from './stats';

/**
 * Native DuckDB (@duckdb/node-api) over a dataset's contract tables: held in memory, as
 * the page holds them in DuckDB-WASM (the reference the browser's figures are set
 * beside), or, `lake`, as views over its Parquet files as they lie (a partitioned lake's
 * partitions; the views' SQL runs on them unchanged). Results are read to the end
 * (DuckDB's own chunks, not converted to JS rows).
 */
export async function openNative(dir: string, { lake = false }: { lake?: boolean } = {}): Promise<NodeConnection> {
  const manifest = readManifest(dir);
  const db = await NodeConnection.open();
  for (const table of TABLE_NAMES) {
    const files = manifest.tables[table].map((f) => `'${join(dir, ...f.path.split('/')).replace(/'/g, "''")}'`);
    const columns = TABLES[table].columns.map((c) => `"${c.name}"`).join(', ');
    const source = `SELECT ${columns} FROM read_parquet([${files.join(', ')}])`;
    if (lake) await db.run(`CREATE VIEW "${table}" AS ${source}`);
    else {
      await db.run(createTableSql(table));
      await db.run(`INSERT INTO "${table}" ${source}`);
    }
  }
  return db;
}

/** Runs a view's queries as the page does: prepared statements kept by SQL text, results read to the end. */
async function runBatch(db: NodeConnection, prepared: Map<string, DuckDBPreparedStatement>, queries: readonly NamedQuery[]): Promise<void> {
  for (const q of queries) {
    let statement = prepared.get(q.sql);
    if (!statement) {
      statement = await db.raw.prepare(q.sql);
      prepared.set(q.sql, statement);
    }
    statement.bind(q.params as DuckDBValue[]);
    await statement.runAndReadAll();
  }
}

/** Each view's batch (the statements the page sends for it) under each of the filters, in ms: median and p95, after one warm-up run. */
export async function nativeViewTimes(db: NodeConnection, filters: readonly Filters[]): Promise<Record<ChartViewId, Spread>> {
  const out = {} as Record<ChartViewId, Spread>;
  const prepared = new Map<string, DuckDBPreparedStatement>();
  for (const view of Object.keys(VIEW_QUERIES) as ChartViewId[]) {
    const times: number[] = [];
    for (const [i, f] of filters.entries()) {
      const queries = VIEW_QUERIES[view](f);
      if (i === 0) await runBatch(db, prepared, queries);
      const started = performance.now();
      await runBatch(db, prepared, queries);
      times.push(performance.now() - started);
    }
    out[view] = spread(times);
  }
  return out;
}
