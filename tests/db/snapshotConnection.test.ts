import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromArrays, type Table } from 'apache-arrow';
import { initSync } from 'parquet-wasm/esm';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotKey, type DatasetManifest } from '../../src/contract/manifest';
import { arrowColumns } from '../../src/db/arrowValues';
import type { ArrowSqlConnection } from '../../src/db/connection';
import { openParquet } from '../../src/db/parquetDecoder';
import { SnapshotConnection, snapshotTable } from '../../src/db/snapshotConnection';
import { relayout } from '../../src/store/relayout';
import { firstViewQueries } from '../../src/views/viewQueries';
import { PARQUET_DIR, openContractDb } from '../query/contractDb';

const dirs: string[] = [];
// parquet-wasm, as the page's worker has it.
initSync({ module: readFileSync(createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('snapshots of the first view', () => {
  it('ingest wrote the overview\u2019s answers, exactly what its queries give over the tables, and relayout keeps them', async () => {
    const manifest = JSON.parse(readFileSync(join(PARQUET_DIR, 'dataset.json'), 'utf8')) as DatasetManifest;
    const queries = firstViewQueries();
    expect(manifest.snapshots?.map((s) => s.key)).toEqual(queries.map((q) => snapshotKey(q.sql, q.params)));
    const db = await openContractDb();
    for (const [i, q] of queries.entries()) {
      const snapshot = manifest.snapshots![i]!;
      const stored = arrowColumns(await snapshotTable(await openParquet(new Blob([readFileSync(join(PARQUET_DIR, snapshot.path))]))));
      const live = await db.rows(q.sql, q.params);
      expect(stored[Object.keys(live[0]!)[0]!]?.length, q.name).toBe(live.length);
      expect(Object.keys(stored)).toEqual(Object.keys(live[0]!));
    }
    const [kpis] = await db.rows<{ projects: number; flagged: number }>(queries[0]!.sql, queries[0]!.params);
    const stored = arrowColumns(await snapshotTable(await openParquet(new Blob([readFileSync(join(PARQUET_DIR, manifest.snapshots![0]!.path))]))));
    expect([stored.projects?.[0], stored.flagged?.[0]]).toEqual([kpis!.projects, kpis!.flagged]);
    db.close();
    const lake = mkdtempSync(join(tmpdir(), 'evallens-snap-'));
    dirs.push(lake);
    await relayout(PARQUET_DIR, join(lake, 'p'), true);
    expect((JSON.parse(readFileSync(join(lake, 'p', 'dataset.json'), 'utf8')) as DatasetManifest).snapshots).toEqual(manifest.snapshots);
  });

  it('answers exactly the snapshotted queries until the tables are live, and sends everything else to the database', async () => {
    const answer = tableFromArrays({ projects: Int32Array.from([51]) });
    const sent: string[] = [];
    const database: ArrowSqlConnection = {
      arrow: async (sql) => (sent.push(sql), tableFromArrays({ projects: Int32Array.from([7]) }) as Table),
      run: async () => {},
      rows: async () => [],
    };
    let live = false;
    const conn = new SnapshotConnection(new Map([[snapshotKey('SELECT 51', [1]), answer as Table]]), Promise.resolve(database), () => live);
    expect(conn.answersAll([{ sql: 'SELECT 51', params: [1] }])).toBe(true);
    expect(conn.answersAll([{ sql: 'SELECT 51', params: [2] }])).toBe(false);
    expect(arrowColumns(await conn.arrow('SELECT 51', [1])).projects?.[0]).toBe(51);
    expect(arrowColumns(await conn.arrow('SELECT 51', [2])).projects?.[0]).toBe(7);
    live = true;
    expect(conn.answersAll([{ sql: 'SELECT 51', params: [1] }])).toBe(false);
    expect(arrowColumns(await conn.arrow('SELECT 51', [1])).projects?.[0]).toBe(7);
    expect(sent).toEqual(['SELECT 51', 'SELECT 51']);
  });
});
