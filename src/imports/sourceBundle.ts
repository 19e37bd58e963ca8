import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { emptyRows, type ContractRows, type IngestedTable } from '../ingest/contractRows';
import type { IngestedDocument } from '../ingest/ingestDocument';
import { concatIpc, contractIpc, ipcRows } from './contractArrow';

/** The contract tables one source document fills (the rest are derived from them in SQL). */
export const SOURCE_TABLES = Object.keys(emptyRows()) as IngestedTable[];

/** What is known of one source (a document, or one source of an imported dataset), kept beside its rows. */
export interface SourceMeta {
  /** The file name its records are keyed by (`source_file`). */
  name: string;
  sha256: string;
  bytes: number | null;
  format: string | null;
  layout: string | null;
  forms: number;
  targetTables: number;
  indicators: number;
  listEntries: number;
  unparsedLines: number;
  /** The dataset file (.zip, or the folder of .parquet files) it came in; null for a document. */
  origin: string | null;
  /** Year and region given for what the document does not state (its sidecar); null when none was given. */
  sidecar: { year: number | null; region: string | null } | null;
  /** When it was accepted (ISO time); absent while it is staged. */
  importedAt?: string;
}

/** The meta of a document read here (`name` is its file name), with the year and region given for it, if any. */
export function documentMeta(doc: IngestedDocument, name: string, sidecar: SourceMeta['sidecar']): SourceMeta {
  return {
    name,
    sha256: doc.report.sha256 ?? '',
    bytes: doc.report.bytes,
    format: doc.report.format,
    layout: doc.report.layout,
    forms: doc.report.forms ?? 0,
    targetTables: doc.report.target_tables ?? 0,
    indicators: doc.indicators,
    listEntries: doc.listEntries,
    unparsedLines: doc.report.lines_unparsed ?? 0,
    origin: null,
    sidecar,
  };
}

/**
 * One source's rows and its meta as a single compact value — what is staged for review, kept
 * in the browser's store and merged into the database: a zip (fflate) of `source.json` and one
 * Arrow IPC stream per table (`<table>.arrow`, the contract's columns and types), deflated.
 */
export function packSource(rows: ContractRows, meta: SourceMeta): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'source.json': strToU8(JSON.stringify(meta)) };
  for (const table of SOURCE_TABLES) if (rows[table].length > 0) entries[`${table}.arrow`] = contractIpc(table, rows[table]);
  return zipSync(entries, { level: 6 });
}

export interface UnpackedSource {
  meta: SourceMeta;
  /** The Arrow IPC stream of each table the source has rows in. */
  ipc: Partial<Record<IngestedTable, Uint8Array>>;
}

export function unpackSource(bundle: Uint8Array): UnpackedSource {
  const files = unzipSync(bundle);
  const meta = JSON.parse(strFromU8(files['source.json'] ?? strToU8('null'))) as SourceMeta | null;
  if (!meta) throw new Error('source bundle without source.json');
  const ipc: UnpackedSource['ipc'] = {};
  for (const table of SOURCE_TABLES) if (files[`${table}.arrow`]) ipc[table] = files[`${table}.arrow`];
  return { meta, ipc };
}

/** A bundle's rows as contract rows (tests, and a dataset's sources re-read). */
export function sourceRows(bundle: Uint8Array): ContractRows {
  const { ipc } = unpackSource(bundle);
  const rows = emptyRows();
  for (const table of SOURCE_TABLES) if (ipc[table]) (rows[table] as object[]) = ipcRows(ipc[table]);
  return rows;
}

/** The rows of many bundles, one Arrow IPC stream per table (tables no bundle has rows in are left out). */
export function combineSources(bundles: readonly Uint8Array[]): { table: IngestedTable; ipc: Uint8Array }[] {
  const parts = new Map<IngestedTable, Uint8Array[]>();
  for (const bundle of bundles) {
    const { ipc } = unpackSource(bundle);
    for (const table of SOURCE_TABLES) if (ipc[table]) parts.set(table, [...(parts.get(table) ?? []), ipc[table]]);
  }
  const out: { table: IngestedTable; ipc: Uint8Array }[] = [];
  for (const table of SOURCE_TABLES) {
    const ipc = concatIpc(parts.get(table) ?? []);
    if (ipc) out.push({ table, ipc });
  }
  return out;
}
