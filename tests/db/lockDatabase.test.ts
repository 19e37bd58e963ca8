import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { loadContractTables } from '../../src/db/contractLoader';
import { lockDatabase } from '../../src/db/lockDatabase';
import { openParquet } from '../../src/db/parquetDecoder';
import { readManifest } from '../../src/store/readManifest';
import { PARQUET_DIR } from '../query/contractDb';
import { openWasmNode } from '../support/wasmNodeConnection';

const REFUSED = /Permission Error: .*disabled by configuration/;
const LOCKED = /the configuration has been locked/;

describe('lockDatabase (DuckDB-WASM, whose Node runtime can read local files)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evallens-lock-'));
  const secret = join(dir, 'secret.csv');
  writeFileSync(secret, 'a,b\n1,secret\n');

  it('after it, no statement reaches a file or an address, and none can undo it; tables, inserts and new tables still work', async () => {
    const wasm = await openWasmNode();
    await loadContractTables(
      wasm,
      async (name) => {
        const path = join(PARQUET_DIR, name);
        return existsSync(path) ? openParquet(new Blob([readFileSync(path)])) : null;
      },
      readManifest(PARQUET_DIR),
    );
    // Before: the engine reads a local file (so the refusals below come from the lock).
    expect(await wasm.rows(`SELECT b FROM read_csv('${secret}')`)).toEqual([{ b: 'secret' }]);
    expect(await wasm.rows(`SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked`)).toEqual([
      { external: true, locked: false },
    ]);

    await lockDatabase(wasm);
    expect(await wasm.rows(`SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked`)).toEqual([
      { external: false, locked: true },
    ]);
    for (const sql of [
      `SELECT * FROM read_csv('${secret}')`,
      `SELECT * FROM read_text('${secret}')`,
      `SELECT * FROM '${secret}'`,
      `SELECT * FROM read_text('http://attacker.invalid/const')`,
      `SELECT * FROM read_csv('http://attacker.invalid/x.csv')`,
      `SELECT * FROM glob('${dir}/*')`,
      `COPY (SELECT 1) TO '${join(dir, 'out.csv')}'`,
      `ATTACH '${join(dir, 'other.duckdb')}'`,
    ]) {
      await expect(wasm.run(sql), sql).rejects.toThrow(REFUSED);
    }
    for (const sql of ['SET enable_external_access = true', 'RESET enable_external_access', 'SET lock_configuration = false']) {
      await expect(wasm.run(sql), sql).rejects.toThrow(LOCKED);
    }

    // The loaded tables, new tables and Arrow inserts (the loader's path, e.g. a later import) still work.
    expect(await wasm.rows('SELECT count(*)::INTEGER AS n FROM evaluations')).toEqual([{ n: 51 }]);
    await wasm.run('CREATE TEMP TABLE t AS SELECT 1 AS x');
    await wasm.insertIpc('imported', tableToIPC(tableFromArrays({ x: Int32Array.from([2, 3]) }), 'stream'), true);
    expect(await wasm.rows('SELECT sum(x)::INTEGER AS s FROM (SELECT x FROM t UNION ALL SELECT x FROM imported)')).toEqual([{ s: 6 }]);
  });
});
