/// <reference lib="webworker" />
/**
 * The import worker: documents read and recognised off the page's thread with the CLI's own
 * code (`ingestDocument` → `readDocument` + `recognize`; pdf.js and SheetJS load as their own
 * chunks on first use, pdf.js's CMaps fetched from the app's own `cmaps/` on demand), other
 * reviewers' datasets decoded with parquet-wasm, accepted sources written to and read from the
 * browser's store (IndexedDB), and the export zip written. Protocol: importProtocol.ts.
 */
import initParquetWasm from 'parquet-wasm/esm';
import { ingestDocument, type IngestedDocument } from '../ingest/ingestDocument';
import { recognize } from '../parse/recognize';
import { MAX_FILE_BYTES, MAX_UNZIPPED_BYTES } from '../read/limits';
import { readDocument } from '../read/readDocument';
import { tooLargeError } from '../read/readErrors';
import { unzipEntries, zipEntries } from '../read/unzip';
import { readContractDataset, type DatasetEntry, type DatasetSource } from './contractDataset';
import { datasetZip } from './datasetExport';
import type { ImportReply, ImportRequest, Phase, StagedSource } from './importProtocol';
import { decodeParquet, encodeParquet } from './parquetCodec';
import { combineSources, documentMeta, packSource, type SourceMeta } from './sourceBundle';
import { allStored, changeStored, rememberContext, rememberedContext, storedFingerprint, storedSources, type SourceContext, type StoredSource } from './sourceStore';
import { summarizeSource } from './sourceSummary';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ImportReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const progress = (id: number, phase: Phase, fraction: number, bytes?: number) => reply({ type: 'progress', id, phase, fraction, ...(bytes === undefined ? {} : { bytes }) });

/** A dataset may be larger than one document (all of a province's tables), within reason for a browser tab. */
export const MAX_DATASET_BYTES = 1024 * 1024 * 1024;

let parquet: Promise<unknown> | null = null;
const parquetReady = (wasmUrl: string) => (parquet ??= initParquetWasm({ module_or_path: wasmUrl }));

/** Sources held between `prepare` and `commit` (or `forget`). */
const prepared = new Map<number, { meta: SourceMeta; bundle: Uint8Array }[]>();

const cMapsFrom = (base: string) => async (fileName: string) => {
  const response = await fetch(new URL(`cmaps/${encodeURIComponent(fileName)}`, base));
  if (!response.ok) throw new Error(`${fileName}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/** The sidecar JSON the document is ingested with: the context given (or remembered) over the sidecar file beside it. */
function sidecarOf(sidecarJson: string | null, context: SourceContext | null): string | undefined {
  if (!context || (context.year === null && context.region === null)) return sidecarJson ?? undefined;
  let base: Record<string, unknown> = {};
  if (sidecarJson !== null) {
    try {
      base = JSON.parse(sidecarJson) as Record<string, unknown>;
    } catch {
      return sidecarJson; // ingestDocument reports the broken sidecar
    }
  }
  return JSON.stringify({ ...base, ...(context.year !== null ? { year: context.year } : {}), ...(context.region ? { region: context.region } : {}) });
}

/** What ingestDocument's failure message says after the file name it starts with. */
const reason = (doc: IngestedDocument, name: string) => (doc.report.message ?? '').replace(`${name}: `, '');

function stage(id: number, sources: StagedSource[], notes: string[] = []): void {
  reply({ type: 'staged', id, sources, notes }, sources.map((s) => s.bundle.buffer));
}

async function ingestFile(request: Extract<ImportRequest, { type: 'document' }>, bytes?: Uint8Array): Promise<void> {
  const { id, file, name } = request;
  progress(id, 'reading', 0.05, file.size);
  if (file.size > MAX_FILE_BYTES) return reply({ type: 'failed', id, message: tooLargeError(file.size), sha256: null });
  const data = bytes ?? new Uint8Array(await file.arrayBuffer());
  let context = request.context;
  let remembered = false;
  if (!context) {
    context = await rememberedContext(name).catch(() => null);
    remembered = context !== null;
  }
  progress(id, 'parsing', 0.2);
  const doc = await ingestDocument(data, name, sidecarOf(request.sidecarJson, context), recognize, (b, n) => readDocument(b, n, { cMaps: cMapsFrom(request.base) }));
  if (doc.report.status === 'failed') return reply({ type: 'failed', id, message: reason(doc, name), sha256: doc.report.sha256 });
  progress(id, 'packing', 0.9);
  const meta = documentMeta(doc, name, context && (context.year !== null || context.region !== null) ? context : null);
  stage(id, [{ meta, summary: summarizeSource(doc.rows), bundle: packSource(doc.rows, meta), remembered }]);
}

const isOfficeZip = (bytes: Uint8Array) => (zipEntries(bytes) ?? []).some((e) => e.name === 'word/document.xml' || e.name.startsWith('xl/'));

async function importDataset(request: Extract<ImportRequest, { type: 'dataset' }>): Promise<void> {
  const { id, files, name } = request;
  const entries: DatasetEntry[] = [];
  progress(id, 'reading', 0, files.reduce((n, f) => n + f.file.size, 0));
  for (const [i, { file, path }] of files.entries()) {
    if (file.size > MAX_DATASET_BYTES) return reply({ type: 'failed', id, message: tooLargeError(file.size).replace(/100 MB/g, '1024 MB'), sha256: null });
    progress(id, 'reading', (0.3 * i) / files.length);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.zip$/i.test(path)) {
      // A .docx/.xlsx named .zip is a document.
      if (files.length === 1 && isOfficeZip(bytes)) return ingestFile({ type: 'document', id, file, name, sidecarJson: null, context: null, base: request.base }, bytes);
      const wanted = (entry: string) => /\.parquet$/i.test(entry) || /(^|\/)dataset\.json$/.test(entry);
      const declared = (zipEntries(bytes) ?? []).filter((e) => wanted(e.name)).reduce((n, e) => n + e.size, 0);
      const unzipped = declared > MAX_UNZIPPED_BYTES * 16 ? null : unzipEntries(bytes, wanted, 'ZIP');
      if (!unzipped) return reply({ type: 'failed', id, message: tooLargeError(declared).replace(/100 MB/g, '1024 MB'), sha256: null });
      if (!unzipped.ok) return reply({ type: 'failed', id, message: unzipped.error, sha256: null });
      for (const [entry, data] of Object.entries(unzipped.files)) entries.push({ path: entry, bytes: data });
    } else {
      entries.push({ path, bytes });
    }
  }
  progress(id, 'parsing', 0.4);
  await parquetReady(request.wasmUrl);
  const read = await readContractDataset(entries, decodeParquet);
  if (!read.ok) return reply({ type: 'failed', id, message: read.error, sha256: null });
  progress(id, 'packing', 0.8);
  stage(id, read.sources.map((source) => datasetSource(source, name)), read.notes);
}

function datasetSource({ report, rows }: DatasetSource, origin: string): StagedSource {
  const meta: SourceMeta = {
    name: report.source_file ?? '',
    sha256: report.sha256 ?? '',
    bytes: report.bytes,
    format: report.format,
    layout: report.layout,
    forms: rows.evaluations.length,
    targetTables: rows.target_tables.length,
    indicators: rows.indicators.length,
    listEntries: rows.project_lists.length,
    unparsedLines: rows.unparsed_lines.length,
    origin,
    sidecar: null,
  };
  return { meta, summary: summarizeSource(rows), bundle: packSource(rows, meta), remembered: false };
}

async function handle(request: ImportRequest): Promise<void> {
  const { id } = request;
  switch (request.type) {
    case 'document':
      return ingestFile(request);
    case 'dataset':
      return importDataset(request);
    case 'prepare': {
      prepared.set(id, request.put);
      const rows = combineSources(request.put.map((p) => p.bundle));
      return reply({ type: 'result', id, value: rows }, rows.map((r) => r.ipc.buffer));
    }
    case 'commit': {
      const put: StoredSource[] = (request.prepared === null ? [] : (prepared.get(request.prepared) ?? [])).map((p) => ({ ...p.meta, importedAt: request.importedAt, bundle: p.bundle }));
      await changeStored(put, request.remove);
      if (request.prepared !== null) prepared.delete(request.prepared);
      return reply({ type: 'result', id, value: null });
    }
    case 'forget':
      prepared.delete(request.prepared);
      return reply({ type: 'result', id, value: null });
    case 'restore': {
      const stored = (await allStored()).filter((s) => !request.skip.includes(s.name));
      const good: StoredSource[] = [];
      const broken: string[] = [];
      for (const s of stored) {
        try {
          combineSources([s.bundle]);
          good.push(s);
        } catch {
          broken.push(s.name);
        }
      }
      const rows = combineSources(good.map((s) => s.bundle));
      const metas = good.map(({ bundle: _b, ...meta }) => meta);
      return reply({ type: 'result', id, value: { metas, rows, broken } }, rows.map((r) => r.ipc.buffer));
    }
    case 'list':
      return reply({ type: 'result', id, value: await storedSources() });
    case 'fingerprint':
      return reply({ type: 'result', id, value: await storedFingerprint() });
    case 'remember':
      await rememberContext(request.name, request.context);
      return reply({ type: 'result', id, value: null });
    case 'export': {
      await parquetReady(request.wasmUrl);
      const zip = datasetZip(request.tables, encodeParquet);
      return reply({ type: 'result', id, value: zip }, [zip.buffer]);
    }
  }
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  handle(request).catch((error: unknown) => reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }));
};
