/**
 * A dataset exported from the page (every contract table as Parquet + dataset.json in a zip)
 * reads back, source by source, into the rows that were exported; datasets of another contract
 * version or schema are refused with a message saying what to do.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { Table as ParquetTable, WriterPropertiesBuilder, initSync, writeParquet } from 'parquet-wasm/esm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, TABLE_NAMES, type TableName } from '../../src/contract/tables';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { contractIpc } from '../../src/imports/contractArrow';
import { readContractDataset, type DatasetEntry } from '../../src/imports/contractDataset';
import { datasetZip } from '../../src/imports/datasetExport';
import { decodeParquet, encodeParquet } from '../../src/imports/parquetCodec';
import { NodeConnection } from '../../src/db/nodeConnection';
import { openContractDb } from '../query/contractDb';

const require = createRequire(import.meta.url);
const FORMATS = join(import.meta.dirname, '../fixtures/formats');

const entriesOf = (zip: Uint8Array): DatasetEntry[] => Object.entries(unzipSync(zip)).map(([path, bytes]) => ({ path, bytes }));

/** The corpus's contract tables (as ingest wrote them) exported the way the page exports them. */
async function corpusZip(): Promise<Uint8Array> {
  const db = await openContractDb();
  const tables = [];
  for (const table of TABLE_NAMES) tables.push({ table, ipc: contractIpc(table, await db.rows(`SELECT * FROM "${table}"`)) });
  db.close();
  return datasetZip(tables, encodeParquet);
}

describe('contract datasets in and out', () => {
  let zip: Uint8Array;
  beforeAll(async () => {
    initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
    zip = await corpusZip();
  });

  it('exports every contract table and a manifest that native DuckDB reads as the contract', async () => {
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([...TABLE_NAMES.map((t) => `${t}.parquet`), 'dataset.json'].sort());
    const manifest = JSON.parse(strFromU8(files['dataset.json']!)) as { contract: number; tables: Record<TableName, { rows: number }[]> };
    expect(manifest.contract).toBe(CONTRACT_VERSION);
    expect(manifest.tables.evaluations[0]?.rows).toBe(51);
    const dir = mkdtempSync(join(tmpdir(), 'evallens-export-'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const native = await NodeConnection.open();
    const [row] = await native.rows<{ n: number; t: string }>(`SELECT count(*)::INTEGER AS n, any_value(typeof(warnings)) AS t FROM read_parquet('${join(dir, 'evaluations.parquet')}')`);
    expect(row).toEqual({ n: 51, t: 'VARCHAR[]' });
    const [flags] = await native.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(dir, 'flags.parquet')}')`);
    expect(flags?.n).toBe(268);
    native.close();
  });

  it('reads an exported dataset back into its five sources with all their rows', async () => {
    const read = await readContractDataset(entriesOf(zip), decodeParquet);
    if (!read.ok) throw new Error(read.error);
    expect(read.sources.map((s) => s.report.source_file)).toEqual(['000_82397be2bbd94de5.txt', '001_099530ba672a4441.txt', '002_ddff5fd3e69ced26.txt', '003_c9a193166346a5e1.txt', '004_77a491ca9b0fee99.txt']);
    const sum = (table: 'evaluations' | 'indicators' | 'target_indicators' | 'unparsed_lines') => read.sources.reduce((n, s) => n + s.rows[table].length, 0);
    expect([sum('evaluations'), sum('indicators'), sum('target_indicators'), sum('unparsed_lines')]).toEqual([51, 397, 94, 12]);
    expect(read.notes).toEqual([]);
    const trip = read.sources[0]!.rows.evaluations.find((e) => e.project === '市本级因公出国(境)经费');
    expect(trip).toMatchObject({ budget_full_year: 140, executed: 43.31, total_score: 93.09 });
  });

  it('reads the same files dropped as a folder, with or without the manifest', async () => {
    const inFolder = entriesOf(zip).map((e) => ({ ...e, path: `parquet/${e.path}` }));
    const withManifest = await readContractDataset(inFolder, decodeParquet);
    const without = await readContractDataset(inFolder.filter((e) => !e.path.endsWith('dataset.json')), decodeParquet);
    expect(withManifest.ok && withManifest.sources.length).toBe(5);
    expect(without.ok && without.sources.length).toBe(5);
  });

  it('refuses another contract version, stated by the manifest or by a file', async () => {
    const entries = entriesOf(zip).map((e) => (e.path === 'dataset.json' ? { ...e, bytes: strToU8(strFromU8(e.bytes).replace(`"contract": ${CONTRACT_VERSION}`, '"contract": 2')) } : e));
    const read = await readContractDataset(entries, decodeParquet);
    expect(read).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^数据集的数据契约版本为 2，本页读取版本 ${CONTRACT_VERSION}；.* / The dataset is data contract version 2; this page reads version ${CONTRACT_VERSION}\\.`)) });
    // A file whose metadata says the next version (as a later EvalLens would write it), dropped alone.
    const next = CONTRACT_VERSION + 1;
    const props = new WriterPropertiesBuilder().setKeyValueMetadata(new Map([['evallens:contract', String(next)]])).build();
    const later = writeParquet(ParquetTable.fromIPCStream(contractIpc('ingest_report', [])), props);
    expect(await readContractDataset([{ path: 'ingest_report.parquet', bytes: later }], decodeParquet)).toEqual({
      ok: false,
      error: expect.stringMatching(new RegExp(`^“ingest_report\\.parquet”的数据契约版本为 ${next}，本页读取版本 ${CONTRACT_VERSION}；请用绩效透视（数据契约版本 ${CONTRACT_VERSION}）重新导出后再导入。 / "ingest_report\\.parquet" is data contract version ${next}`)),
    });
  });

  it('refuses a Parquet file of another schema, naming its columns', async () => {
    const native = await NodeConnection.open();
    const dir = mkdtempSync(join(tmpdir(), 'evallens-other-'));
    await native.run(`COPY (SELECT 'x' AS customer, 1 AS amount) TO '${join(dir, 'sales.parquet')}' (FORMAT parquet)`);
    native.close();
    const read = await readContractDataset([{ path: 'sales.parquet', bytes: new Uint8Array(readFileSync(join(dir, 'sales.parquet'))) }], decodeParquet);
    expect(read).toEqual({ ok: false, error: expect.stringMatching(/^“sales\.parquet”不是绩效透视数据契约中的表（它的列：customer, amount）.* \/ "sales\.parquet" is no table of the EvalLens data contract/) });
  });

  it('refuses a contract table without ingest_report, and a table with other columns', async () => {
    const evaluationsOnly = entriesOf(zip).filter((e) => e.path === 'evaluations.parquet');
    expect(await readContractDataset(evaluationsOnly, decodeParquet)).toEqual({ ok: false, error: expect.stringContaining('ingest_report.parquet') });
    const native = await NodeConnection.open();
    const dir = mkdtempSync(join(tmpdir(), 'evallens-narrow-'));
    await native.run(`COPY (SELECT 'x' AS eval_id, 'a.txt' AS source_file) TO '${join(dir, 'evaluations.parquet')}' (FORMAT parquet)`);
    native.close();
    const narrow = entriesOf(zip).map((e) => (e.path === 'evaluations.parquet' ? { ...e, bytes: new Uint8Array(readFileSync(join(dir, 'evaluations.parquet'))) } : e));
    expect(await readContractDataset(narrow, decodeParquet)).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^“evaluations\\.parquet”与数据契约（版本 ${CONTRACT_VERSION}）不符：columns missing / 缺少列: form_index`)) });
  });

  it('takes a document ingested here through the same path (form.txt exported and read back)', async () => {
    const doc = await ingestDocument(new Uint8Array(readFileSync(join(FORMATS, 'form.txt'))), 'form.txt');
    const tables = TABLE_NAMES.map((table) => ({ table, ipc: contractIpc(table, table in doc.rows ? (doc.rows as unknown as Record<string, object[]>)[table]! : []) }));
    const read = await readContractDataset(entriesOf(datasetZip(tables, encodeParquet)), decodeParquet);
    if (!read.ok) throw new Error(read.error);
    expect(read.sources).toHaveLength(1);
    expect(read.sources[0]!.rows.evaluations).toEqual(doc.rows.evaluations);
    expect(read.sources[0]!.rows.indicators).toEqual(doc.rows.indicators);
  });
});
