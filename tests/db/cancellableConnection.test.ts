import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellableConnection, QUERY_SLICE_MS, QueryStoppedError } from '../../src/db/cancellableConnection';
import { WasmConnection } from '../../src/db/wasmConnection';
import { openAsyncWasmNode } from '../support/asyncWasmNode';

/** Minutes of work for one DuckDB-WASM thread (the SQL view's example of a runaway query). */
const HEAVY = 'SELECT count(*) FROM range(1000000000) a, range(100000) b';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stopped(promise: Promise<unknown>): Promise<QueryStoppedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof QueryStoppedError)) throw new Error(`expected a QueryStoppedError, got ${String(error)}`);
  return error;
}

describe('CancellableConnection (DuckDB-WASM asynchronous API, one worker, as in the browser)', () => {
  let db: AsyncDuckDB;
  let views: WasmConnection;
  let sql: CancellableConnection;
  beforeAll(async () => {
    db = await openAsyncWasmNode(QUERY_SLICE_MS);
    views = new WasmConnection(await db.connect());
    sql = new CancellableConnection(await db.connect(), { timeLimitMs: 60_000, yieldTo: () => views.idle() });
    await views.run('CREATE TABLE t AS SELECT range AS x, range % 7 AS g FROM range(100000)');
  });
  afterAll(() => db?.terminate());

  it('runs SQL text and returns every record batch of the result', async () => {
    expect(await sql.rows('SELECT 42 AS v')).toEqual([{ v: 42 }]);
    const rows = await sql.rows<{ x: number }>('SELECT x FROM t WHERE g = 3 ORDER BY x');
    expect(rows).toHaveLength(14286);
    expect(rows.at(-1)).toEqual({ x: 99998 });
    expect((await sql.arrow('SELECT sum(x)::BIGINT AS s FROM t')).getChild('s')?.get(0)).toBe(4999950000n);
  });

  it('while a heavy statement runs, the views’ statements go first; cancel stops it and the ones queued behind it', async () => {
    const started = performance.now();
    const heavy = stopped(sql.rows(HEAVY));
    const queued = stopped(sql.rows('SELECT 1 AS one'));
    await sleep(300);
    const viewStart = performance.now();
    const answers = await Promise.all([0, 1, 2].map((g) => views.rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM t WHERE g = ?', [g])));
    const viewMs = performance.now() - viewStart;
    expect(answers.map((a) => a[0]?.n)).toEqual([14286, 14286, 14286]);
    expect(viewMs).toBeLessThan(1000);

    const cancelAt = performance.now();
    sql.cancel();
    const error = await heavy;
    const cancelMs = performance.now() - cancelAt;
    expect(error.reason).toBe('cancelled');
    expect(error.afterMs).toBeGreaterThan(250);
    expect(error.afterMs).toBeLessThan(performance.now() - started);
    expect(cancelMs).toBeLessThan(500);
    expect((await queued).reason).toBe('cancelled');
    // The connection works on after a cancel.
    expect(await sql.rows('SELECT 7 AS v')).toEqual([{ v: 7 }]);
  });

  it('stops a statement at the time limit', async () => {
    const limited = new CancellableConnection(await db.connect(), { timeLimitMs: 400, yieldTo: () => views.idle() });
    const error = await stopped(limited.rows(HEAVY));
    expect(error.reason).toBe('timeout');
    expect(error.afterMs).toBeGreaterThanOrEqual(400);
    expect(error.afterMs).toBeLessThan(1500);
    expect(error.message).toMatch(/^query stopped at the time limit after 0\.\d s$/);
    expect(await limited.rows('SELECT 8 AS v')).toEqual([{ v: 8 }]);
  });

  it('refuses more than one statement before running any (a pending query would run them all)', async () => {
    await expect(sql.rows('SELECT 1; CREATE TABLE smuggled AS SELECT 1')).rejects.toThrow(/multiple statements/);
    expect(await views.rows(`SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'smuggled'`)).toEqual([{ n: 0 }]);
  });

  it('passes DuckDB’s own errors on', async () => {
    await expect(sql.rows('SELECT * FROM no_such_table')).rejects.toThrow(/Catalog Error: Table with name no_such_table does not exist/);
    expect(await sql.rows('SELECT 9 AS v')).toEqual([{ v: 9 }]);
  });
});
