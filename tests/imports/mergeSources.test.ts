/**
 * Documents imported in the browser join the built-in dataset through the same code as the CLI:
 * `ingestDocument` → a source bundle → `applySourceChange` in DuckDB-WASM (the derived tables and
 * the flags rebuilt over everything with the shared SQL) gives the tables `npm run ingest` writes
 * for the built-in documents and the imported ones together.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES, TABLES, type TableName } from '../../src/contract/tables';
import { loadContractTables } from '../../src/db/contractLoader';
import { NodeConnection } from '../../src/db/nodeConnection';
import { openParquet, type OpenParquet } from '../../src/db/parquetDecoder';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { applySourceChange } from '../../src/imports/mergeSources';
import { combineSources, documentMeta, packSource } from '../../src/imports/sourceBundle';
import { runRules } from '../../src/rules/runRules';
import { defaultSettings } from '../../src/rules/settings';
import { ContractTableWriter } from '../../src/store/contractTableWriter';
import { readManifest } from '../../src/store/readManifest';
import { PARQUET_DIR } from '../query/contractDb';
import { openWasmNode } from '../support/wasmNodeConnection';

const RAW = join(import.meta.dirname, '../../data/raw');
const FORMATS = join(import.meta.dirname, '../fixtures/formats');
const IMPORTED = ['form.txt', 'target.html'];

const fromDir =
  (dir: string): OpenParquet =>
  async (name) =>
    existsSync(join(dir, name)) ? openParquet(new Blob([readFileSync(join(dir, name))])) : null;

const bundleOf = async (dir: string, name: string) => {
  const doc = await ingestDocument(new Uint8Array(readFileSync(join(dir, name))), name);
  return packSource(doc.rows, documentMeta(doc, name, null));
};

/** Every row of a table in a stable order, doubles rounded (native and WASM may differ in the last bit of a sum). */
async function tableRows(conn: { rows<T>(sql: string): Promise<T[]> }, table: TableName, from = `"${table}"`): Promise<string[]> {
  const cols = TABLES[table].columns.map((c) => (c.type === 'DOUBLE' ? `round("${c.name}", 9) AS "${c.name}"` : `"${c.name}"`)).join(', ');
  const rows = await conn.rows<Record<string, unknown>>(`SELECT ${cols} FROM ${from}`);
  return rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))).sort();
}

describe('imported documents merged in DuckDB-WASM = the CLI ingest of the same documents', () => {
  let cliDir: string;
  beforeAll(async () => {
    // The CLI's path in-process: every document through ingestDocument into the contract writer, flags by the rules.
    cliDir = mkdtempSync(join(tmpdir(), 'evallens-merge-cli-'));
    const writer = await ContractTableWriter.open();
    for (const name of readdirSync(RAW).filter((n) => n.endsWith('.txt')).sort()) {
      await writer.add((await ingestDocument(new Uint8Array(readFileSync(join(RAW, name))), name)).rows);
    }
    for (const name of IMPORTED) await writer.add((await ingestDocument(new Uint8Array(readFileSync(join(FORMATS, name))), name)).rows);
    await writer.write(cliDir, (db) => runRules(db));
    writer.close();
  }, 120_000);

  it('gives every contract table the CLI writes, row for row, flags included', async () => {
    const wasm = await openWasmNode();
    await loadContractTables(wasm, fromDir(PARQUET_DIR), readManifest(PARQUET_DIR));
    const bundles = await Promise.all(IMPORTED.map((n) => bundleOf(FORMATS, n)));
    const result = await applySourceChange(wasm, { remove: [], insert: combineSources(bundles) }, defaultSettings());
    const native = await NodeConnection.open();
    for (const table of TABLE_NAMES) {
      const expected = await tableRows(native, table, `read_parquet('${join(cliDir, `${table}.parquet`)}')`);
      expect(await tableRows(wasm, table), table).toEqual(expected);
    }
    const [flags] = await native.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(cliDir, 'flags.parquet')}')`);
    expect(result.total).toBe(flags?.n);
    native.close();
  }, 120_000);

  it('removing the imported sources gives back the built-in tables; a failure rolls everything back', async () => {
    const wasm = await openWasmNode();
    await loadContractTables(wasm, fromDir(PARQUET_DIR), readManifest(PARQUET_DIR));
    const before = Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await tableRows(wasm, t)] as const)));
    const bundles = await Promise.all(IMPORTED.map((n) => bundleOf(FORMATS, n)));
    await applySourceChange(wasm, { remove: [], insert: combineSources(bundles) }, defaultSettings());
    const merged = (await wasm.rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM evaluations'))[0]?.n;
    expect(merged).toBe(52);

    // A store write that fails inside the transaction: the removal is undone.
    await expect(
      applySourceChange(wasm, { remove: IMPORTED, insert: [] }, defaultSettings(), async () => {
        throw new Error('store full');
      }),
    ).rejects.toThrow('store full');
    expect((await wasm.rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM evaluations'))[0]?.n).toBe(52);

    await applySourceChange(wasm, { remove: IMPORTED, insert: [] }, defaultSettings());
    for (const table of TABLE_NAMES) expect(await tableRows(wasm, table), table).toEqual(before[table]);
  }, 120_000);
});
