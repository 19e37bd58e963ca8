import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_SLICE_MS } from '../../src/db/cancellableConnection';
import { WasmConnection, dataGeneration } from '../../src/db/wasmConnection';
import { openAsyncWasmNode } from '../support/asyncWasmNode';

describe('WasmConnection (DuckDB-WASM asynchronous API, one worker, as in the browser)', () => {
  let db: AsyncDuckDB;
  let conn: WasmConnection;
  beforeAll(async () => {
    db = await openAsyncWasmNode(QUERY_SLICE_MS);
    conn = new WasmConnection(await db.connect());
  });
  afterAll(() => db?.terminate());

  it('runs statements sent together in the order they were made, each answered with its own result', async () => {
    const created = conn.run('CREATE TABLE t AS SELECT range AS x FROM range(10)');
    const inserted = conn.run('INSERT INTO t VALUES (?)', [100]);
    const counted = conn.rows<{ n: number; s: number }>('SELECT count(*)::INTEGER AS n, sum(x)::INTEGER AS s FROM t');
    const filtered = conn.rows<{ x: number }>('SELECT x FROM t WHERE x >= ? ORDER BY x', [8]);
    await Promise.all([created, inserted]);
    expect(await counted).toEqual([{ n: 11, s: 145 }]);
    expect(await filtered).toEqual([{ x: 8 }, { x: 9 }, { x: 100 }]);
  });

  it('answers a read without parameters again after it was prepared, and only writes move the data generation', async () => {
    const before = dataGeneration();
    expect(await conn.rows('SELECT max(x)::INTEGER AS m FROM t')).toEqual([{ m: 100 }]);
    expect(await conn.rows('SELECT max(x)::INTEGER AS m FROM t')).toEqual([{ m: 100 }]);
    expect(dataGeneration()).toBe(before);
    await conn.run('DELETE FROM t WHERE x = 100');
    expect(dataGeneration()).toBe(before + 1);
    expect(await conn.rows('SELECT max(x)::INTEGER AS m FROM t')).toEqual([{ m: 9 }]);
  });

  it('fails only the statement that fails: the ones sent with it are answered', async () => {
    const bad = conn.rows('SELECT no_such_column FROM t WHERE x = ?', [1]);
    const good = conn.rows<{ x: number }>('SELECT x FROM t WHERE x = ?', [1]);
    await expect(bad).rejects.toThrow(/no_such_column/);
    expect(await good).toEqual([{ x: 1 }]);
  });
});
