import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/contract/tables';
import { ContractLoadError, LOAD_ORDER, createContractTables, filesInLoadOrder, loadContractTables, loadFiles, type LoadProgress } from '../../src/db/contractLoader';
import { readManifest } from '../../src/store/readManifest';
import { STORE, useCompressedStore } from '../../src/db/compressedStore';
import { lockDatabase } from '../../src/db/lockDatabase';
import { openParquet, type OpenParquet } from '../../src/db/parquetDecoder';
import { NodeConnection } from '../../src/db/nodeConnection';
import { PARQUET_DIR } from '../query/contractDb';
import { openWasmNode } from '../support/wasmNodeConnection';

const fromDir =
  (dir: string, override: Record<string, string | null> = {}): OpenParquet =>
  async (name) => {
    const path = name in override ? override[name] : join(dir, name);
    return path && existsSync(path) ? openParquet(new Blob([readFileSync(path)])) : null;
  };

const MANIFEST = readManifest(PARQUET_DIR);

describe('contractLoader (DuckDB-WASM + parquet-wasm, as in the browser)', () => {
  let native: NodeConnection;
  let fixtures: string;
  beforeAll(async () => {
    native = await NodeConnection.open();
    fixtures = mkdtempSync(join(tmpdir(), 'evallens-loader-'));
    await native.run(`COPY (SELECT 'x' AS eval_id, 1 AS year) TO '${join(fixtures, 'narrow.parquet')}' (FORMAT parquet)`);
    await native.run(
      `COPY (SELECT * REPLACE ('not a number' AS budget_full_year) FROM read_parquet('${join(PARQUET_DIR, 'evaluations.parquet')}') LIMIT 3) TO '${join(fixtures, 'badtype.parquet')}' (FORMAT parquet)`,
    );
  });

  it('loads every contract table row group by row group, with the same rows and values as native DuckDB reads', async () => {
    const wasm = await openWasmNode();
    const progress: LoadProgress[] = [];
    const tables: string[] = [];
    await createContractTables(wasm);
    await loadFiles(wasm, fromDir(PARQUET_DIR), filesInLoadOrder(MANIFEST), (p) => progress.push(p), (f) => tables.push(f.table));
    expect(tables).toEqual(LOAD_ORDER);
    expect([...LOAD_ORDER].sort()).toEqual([...TABLE_NAMES].sort());
    expect(tables.slice(0, 3)).toEqual(['agg_department_year', 'agg_flagged_evaluations', 'agg_flags']);
    const counts = Object.fromEntries(
      await Promise.all(TABLE_NAMES.map(async (t) => [t, (await wasm.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${t}"`))[0]?.n])),
    ) as Record<string, number>;
    for (const table of TABLE_NAMES) {
      const [row] = await native.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(PARQUET_DIR, `${table}.parquet`)}')`);
      expect(counts[table], table).toBe(row?.n);
    }
    expect(counts.evaluations).toBe(51);
    expect(progress.at(-1)).toMatchObject({ file: 'unparsed_lines.parquet', done: TABLE_NAMES.length, total: TABLE_NAMES.length });
    const [trip] = await wasm.rows<{ budget_full_year: number; executed: number; execution_rate_raw: string; total_score: number; warnings: string[] }>(
      `SELECT budget_full_year, executed, execution_rate_raw, total_score, warnings FROM evaluations WHERE project = ? AND year = ?`,
      ['市本级因公出国(境)经费', 2024],
    );
    expect(trip).toMatchObject({ budget_full_year: 140, executed: 43.31, total_score: 93.09 });
    expect(Array.isArray(trip?.warnings)).toBe(true);
    const [types] = await wasm.rows<{ t: string }>(`SELECT typeof(warnings) AS t FROM evaluations LIMIT 1`);
    expect(types?.t).toBe('VARCHAR[]');
  });

  it('loads into a database already locked against files and the network (the page locks it before the first table)', async () => {
    const wasm = await openWasmNode();
    await lockDatabase(wasm);
    const counts = await loadContractTables(wasm, fromDir(PARQUET_DIR), MANIFEST);
    expect(counts.evaluations).toBe(51);
    expect((await wasm.rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM indicators'))[0]?.n).toBe(counts.indicators);
  });

  it('loads into the compressed in-memory database the page uses, locked, with the same rows', async () => {
    const wasm = await openWasmNode();
    await useCompressedStore(wasm, []);
    await lockDatabase(wasm);
    const counts = await loadContractTables(wasm, fromDir(PARQUET_DIR), MANIFEST);
    const [stored] = await wasm.rows<{ catalog: string; n: number }>(
      `SELECT table_catalog AS catalog, count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'evaluations' GROUP BY ALL`,
    );
    expect(stored).toEqual({ catalog: STORE, n: 1 });
    const [trip] = await wasm.rows<{ executed: number; total_score: number }>(`SELECT executed, total_score FROM evaluations WHERE project = ? AND year = ?`, ['市本级因公出国(境)经费', 2024]);
    expect(trip).toEqual({ executed: 43.31, total_score: 93.09 });
    expect(counts.indicators).toBe((await wasm.rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM indicators'))[0]?.n);
  });

  it('names the missing file', async () => {
    const wasm = await openWasmNode();
    const error = await loadContractTables(wasm, fromDir(PARQUET_DIR, { 'indicators.parquet': null }), MANIFEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractLoadError);
    expect(error).toMatchObject({ file: 'indicators.parquet', reason: 'missing' });
  });

  it('names a file whose columns are not the contract’s, and one whose types are not', async () => {
    const wasm = await openWasmNode();
    const narrow = await loadContractTables(wasm, fromDir(PARQUET_DIR, { 'evaluations.parquet': join(fixtures, 'narrow.parquet') }), MANIFEST).catch((e: unknown) => e);
    expect(narrow).toMatchObject({ file: 'evaluations.parquet', reason: 'columns' });
    expect(String((narrow as Error).message)).toContain('budget_full_year');
    const badType = await loadContractTables(await openWasmNode(), fromDir(PARQUET_DIR, { 'evaluations.parquet': join(fixtures, 'badtype.parquet') }), MANIFEST).catch((e: unknown) => e);
    expect(badType).toMatchObject({ file: 'evaluations.parquet', reason: 'types' });
  });

  it('rejects a file that is not Parquet at all', async () => {
    const wasm = await openWasmNode();
    const notParquet: OpenParquet = async (name) => (name === 'evaluations.parquet' ? openParquet(new Blob(['淮南市,2024\n'])) : fromDir(PARQUET_DIR)(name));
    await expect(loadContractTables(wasm, notParquet, MANIFEST)).rejects.toMatchObject({ file: 'evaluations.parquet', reason: 'read' });
  });
});
