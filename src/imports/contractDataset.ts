import { MANIFEST_FILE, PARTITIONED_TABLES, type DatasetManifest } from '../contract/manifest';
import { CONTRACT_VERSION, TABLE_NAMES, TABLES, type IngestReportRow, type TableName } from '../contract/tables';
import { ContractLoadError, checkContract } from '../db/contractLoader';
import { emptyRows, type ContractRows, type IngestedTable } from '../ingest/contractRows';
import { fitToContract } from '../ingest/contractValues';
import { SOURCE_TABLES } from './sourceBundle';

/** One file of a dataset: its path inside the zip or the dropped folder, and its bytes. */
export interface DatasetEntry {
  path: string;
  bytes: Uint8Array;
}

/** A Parquet file decoded: its columns, its key/value metadata, its rows as Arrow IPC (decoded on demand). */
export interface DecodedFile {
  fields: { name: string; type: string }[];
  metadata: ReadonlyMap<string, string>;
  rows(): Promise<Record<string, unknown>[]>;
}

export type DecodeParquet = (bytes: Uint8Array) => Promise<DecodedFile>;

/** Key/value metadata EvalLens writes into every Parquet file it exports: the contract version and the table. */
export const CONTRACT_KEY = 'evallens:contract';
export const TABLE_KEY = 'evallens:table';

/** One source of an imported dataset: its rows (the contract tables a document fills) and its ingest_report row. */
export interface DatasetSource {
  report: IngestReportRow;
  rows: ContractRows;
}

export type DatasetRead = { ok: true; sources: DatasetSource[]; notes: string[] } | { ok: false; error: string };

const fail = (error: string): DatasetRead => ({ ok: false, error });

const REEXPORT = { zh: `请用绩效透视（数据契约版本 ${CONTRACT_VERSION}）重新导出后再导入。`, en: `Export it again from EvalLens (data contract version ${CONTRACT_VERSION}) and import that.` };

/** The dataset (`file` null: its manifest says so) or one of its files states another contract version. */
export const versionError = (found: unknown, file: string | null): string =>
  `${file ? `“${file}”` : '数据集'}的数据契约版本为 ${String(found)}，本页读取版本 ${CONTRACT_VERSION}；${REEXPORT.zh} / ${file ? `"${file}"` : 'The dataset'} is data contract version ${String(found)}; this page reads version ${CONTRACT_VERSION}. ${REEXPORT.en}`;

export const schemaError = (file: string, columns: readonly string[]): string =>
  `“${file}”不是绩效透视数据契约中的表（它的列：${columns.slice(0, 12).join(', ')}${columns.length > 12 ? '…' : ''}）；请导入绩效透视导出的 zip 或 Parquet 文件。 / "${file}" is no table of the EvalLens data contract (its columns: ${columns.slice(0, 12).join(', ')}${columns.length > 12 ? '…' : ''}); import a zip or Parquet files exported by EvalLens.`;

export const contractError = (file: string, detail: string): string =>
  `“${file}”与数据契约（版本 ${CONTRACT_VERSION}）不符：${detail}；${REEXPORT.zh} / "${file}" does not match the data contract (version ${CONTRACT_VERSION}): ${detail}. ${REEXPORT.en}`;

export const noReportError = (): string =>
  '数据集缺少 ingest_report.parquet（每个来源文件一行），无法按来源文件导入；请把导出时的全部 Parquet 文件（或导出的 zip）一起导入。 / The dataset has no ingest_report.parquet (one row per source file), so its sources cannot be told apart; import all the Parquet files it was exported with (or the exported zip) together.';

export const emptyDatasetError = (): string =>
  '没有找到数据契约的 Parquet 文件（如 evaluations.parquet、ingest_report.parquet）；请导入绩效透视导出的 zip，或导出的全部 Parquet 文件。 / No Parquet file of the data contract (evaluations.parquet, ingest_report.parquet…) was found; import a zip exported by EvalLens, or all the Parquet files it exported.';

const unreadableError = (file: string, detail: string): string =>
  `“${file}”不是可读的 Parquet 文件（${detail}）；请重新导出或重新下载。 / "${file}" is not a readable Parquet file (${detail}); export or download it again.`;

const normalize = (path: string) => path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

/** The contract table a file's path names (`evaluations.parquet`, `evaluations/year=…/…parquet`), relative to the dataset's root; null when none. */
function tableOfPath(relative: string): TableName | null {
  const [first, ...rest] = relative.split('/');
  if (rest.length === 0) {
    const name = first?.replace(/\.parquet$/i, '');
    return (TABLE_NAMES as readonly string[]).includes(name ?? '') ? (name as TableName) : null;
  }
  return PARTITIONED_TABLES.includes(first as TableName) ? (first as TableName) : null;
}

/** The contract table whose columns (names, in order) a file has; null when none. */
function tableOfColumns(fields: readonly { name: string }[]): TableName | null {
  const names = fields.map((f) => f.name).join('\u0000');
  return TABLE_NAMES.find((t) => TABLES[t].columns.map((c) => c.name).join('\u0000') === names) ?? null;
}

/**
 * Another reviewer's dataset — the contract's Parquet files, from a zip EvalLens exported or a
 * folder of them (`dataset.json` beside them, or not) — checked against this page's contract and
 * split into its sources (one per `ingest_report` row that has records), each with the rows of
 * the tables a document fills; the tables made from them (pre-aggregates, flags, links) are not
 * taken: the page rebuilds them over all its documents. Refused as a whole, with a message in
 * Chinese and English saying what to do, when the manifest or a file's metadata states another
 * contract version, a file is no table of the contract or has other columns or types, a listed
 * file is missing, or there is no `ingest_report`.
 */
export async function readContractDataset(entries: readonly DatasetEntry[], decode: DecodeParquet): Promise<DatasetRead> {
  const files = entries.map((e) => ({ ...e, path: normalize(e.path) }));
  const manifests = files.filter((f) => f.path.split('/').at(-1) === MANIFEST_FILE).sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  const parquet = files.filter((f) => /\.parquet$/i.test(f.path));
  const manifestFile = manifests[0];
  let root = manifestFile ? dirOf(manifestFile.path) : '';
  const listed = new Map<string, TableName>();
  if (manifestFile) {
    let manifest: DatasetManifest;
    try {
      manifest = JSON.parse(new TextDecoder().decode(manifestFile.bytes)) as DatasetManifest;
    } catch (e) {
      return fail(`数据集清单 dataset.json 不是有效的 JSON（${(e as Error).message}）；请重新导出。 / The dataset's manifest dataset.json is not valid JSON (${(e as Error).message}); export it again.`);
    }
    if (manifest?.contract !== CONTRACT_VERSION) return fail(versionError(manifest?.contract ?? '?', null));
    for (const table of TABLE_NAMES) {
      for (const file of manifest.tables?.[table] ?? []) {
        if (!parquet.some((p) => p.path === root + file.path)) {
          return fail(`数据集清单列出的“${file.path}”不在其中；请把导出的文件一起导入（或导入导出的 zip）。 / The manifest lists "${file.path}", which is missing; import all the exported files together (or the exported zip).`);
        }
        listed.set(root + file.path, table);
      }
    }
  } else {
    const report = parquet.filter((p) => /(^|\/)ingest_report\.parquet$/i.test(p.path)).sort((a, b) => a.path.length - b.path.length)[0];
    root = report ? dirOf(report.path) : '';
  }
  if (parquet.length === 0) return fail(emptyDatasetError());

  const byTable = new Map<TableName, DecodedFile[]>();
  for (const file of parquet) {
    const name = file.path.split('/').at(-1)!;
    let decoded: DecodedFile;
    try {
      decoded = await decode(file.bytes);
    } catch (e) {
      return fail(unreadableError(name, e instanceof Error ? e.message : String(e)));
    }
    const version = decoded.metadata.get(CONTRACT_KEY);
    if (version !== undefined && version !== String(CONTRACT_VERSION)) return fail(versionError(version, name));
    const named = listed.get(file.path) ?? (file.path.startsWith(root) ? tableOfPath(file.path.slice(root.length)) : null) ?? (decoded.metadata.get(TABLE_KEY) as TableName | undefined);
    const table = named && (TABLE_NAMES as readonly string[]).includes(named) ? named : tableOfColumns(decoded.fields);
    if (!table) return fail(schemaError(name, decoded.fields.map((f) => f.name)));
    try {
      checkContract(table, name, decoded);
    } catch (e) {
      const detail = e instanceof ContractLoadError ? e.message.slice(name.length + 2) : String(e);
      return fail(contractError(name, detail));
    }
    byTable.set(table, [...(byTable.get(table) ?? []), decoded]);
  }
  if (!byTable.has('ingest_report')) return fail(noReportError());

  const all = emptyRows();
  for (const table of SOURCE_TABLES) for (const file of byTable.get(table) ?? []) for (const row of await file.rows()) (all[table] as object[]).push(row);
  const nulled = fitToContract(all);
  return { ok: true, ...splitSources(all, nulled) };
}

/** The dataset's rows, source by source (the ingest_report rows that have records); rows of no listed source are counted and left out. */
function splitSources(all: ContractRows, nulled: number): { sources: DatasetSource[]; notes: string[] } {
  const sources = new Map<string, DatasetSource>();
  let failed = 0;
  for (const report of all.ingest_report) {
    const name = report.source_file ?? '';
    if (report.status === 'failed' || sources.has(name)) {
      failed += report.status === 'failed' ? 1 : 0;
      continue;
    }
    sources.set(name, { report, rows: { ...emptyRows(), ingest_report: [report] } });
  }
  let orphans = 0;
  const place = (table: IngestedTable, row: object, name: string | null | undefined) => {
    const source = sources.get(name ?? '');
    if (source) (source.rows[table] as object[]).push(row);
    else orphans++;
  };
  const evalSource = new Map<string, string>();
  for (const e of all.evaluations) {
    evalSource.set(e.eval_id ?? '', e.source_file ?? '');
    place('evaluations', e, e.source_file);
  }
  const tableSource = new Map<string, string>();
  for (const t of all.target_tables) {
    tableSource.set(t.target_table_id ?? '', t.source_file ?? '');
    place('target_tables', t, t.source_file);
  }
  for (const i of all.indicators) place('indicators', i, evalSource.get(i.eval_id ?? ''));
  for (const i of all.target_indicators) place('target_indicators', i, tableSource.get(i.target_table_id ?? ''));
  for (const p of all.project_lists) place('project_lists', p, p.source_file);
  for (const u of all.unparsed_lines) place('unparsed_lines', u, u.source_file);
  const notes: string[] = [];
  if (failed > 0) notes.push(`${failed} 个来源文件在原数据集中读取失败，没有记录 / ${failed} source files had failed in the dataset and have no records`);
  if (orphans > 0) notes.push(`${orphans} 行不属于 ingest_report 中的任何文件，未导入 / ${orphans} rows belong to no file of ingest_report and were left out`);
  if (nulled > 0) notes.push(`${nulled} 个数值超出列的范围，已置为空 / ${nulled} values no column can hold were set to NULL`);
  return { sources: [...sources.values()], notes };
}
