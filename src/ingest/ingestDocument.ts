import type { IngestReportRow, ProjectListRow } from '../contract/tables';
import type { ParsedDocument } from '../parse/forms';
import { recognize } from '../parse/recognize';
import type { Grid, ReadResult } from '../read/grid';
import { gridLines } from '../read/text/sourceLines';
import { readDocument } from '../read/readDocument';
import { parseAmount } from '../normalize/amount';
import { collapseName } from '../normalize/text';
import { emptyRows, type ContractRows } from './contractRows';
import { fitToContract } from './contractValues';
import { documentContext } from './documentContext';
import { evaluationRows } from './evaluationRows';
import { sha256Hex } from '../sources/sha256';
import { NO_SIDECAR, parseSidecar } from './sidecar';
import { sourceRefs } from './sourceRefs';
import { targetTableRows } from './targetTableRows';

/** What the CLI prints about one ingested document. */
export interface IngestSummary {
  readonly report: IngestReportRow;
  /** How the reader saw the document (`cell-per-line`, `word-tables`, `sheets`…); null when it failed before that. */
  readonly layout: string | null;
  /** The character encoding a text document was decoded from; null for other formats and failures. */
  readonly encoding: string | null;
  readonly indicators: number;
  readonly listEntries: number;
  /** Warning codes raised on its forms and target tables (each code counted once per record). */
  readonly warnings: number;
}

/** One document ingested: its contract rows (its ingest_report row included) and its summary. */
export interface IngestedDocument extends IngestSummary {
  readonly rows: ContractRows;
}

/** A document's bytes → its cell grid, or why it cannot be read (the format's reader). */
export type ReadFn = (bytes: Uint8Array, sourceFile: string) => ReadResult | Promise<ReadResult>;
/** A grid → the forms in it (the recognizer; replaceable in tests). */
export type RecognizeFn = (grid: Grid, sourceFile: string) => ParsedDocument;
/** A document's bytes → their SHA-256 as lowercase hex. */
export type HashFn = (bytes: Uint8Array) => string | Promise<string>;

const anyFormat: ReadFn = (bytes, sourceFile) => readDocument(bytes, sourceFile);

/**
 * Bytes of one source document (text, HTML, Word, Excel, CSV or PDF) → its contract rows and
 * ingest_report row. Pure (no Node APIs): read (the format's reader gives the cell grid), recognize
 * the forms, normalize. `read` defaults to `readDocument`; the CLI passes one that also finds
 * pdf.js's character maps on disk. `hash` defaults to `sha256Hex` (Web Crypto, or @noble/hashes where a page has none); the CLI passes Node's
 * (synchronous, and several times cheaper for a small file than a Web Crypto job). A file that
 * fails entirely — unreadable, empty, a bad sidecar, a recognizer crash, nothing recognisable in
 * it — gives a `failed` report row whose message names the file and why, and no other rows.
 * `sidecarJson` is the text of the document's optional `<name>.meta.json`.
 */
export async function ingestDocument(
  bytes: Uint8Array,
  sourceFile: string,
  sidecarJson?: string,
  recognizeGrid: RecognizeFn = recognize,
  read: ReadFn = anyFormat,
  hash: HashFn = sha256Hex,
): Promise<IngestedDocument> {
  // Hashing starts first: Web Crypto's runs on a thread of its own and is done by the time the document is read and recognized here.
  const hashing = hash(bytes);
  const hashed = async () => ({ sha256: await hashing, bytes: bytes.length });
  const failed = async (message: string, lines: number | null = null, grid: Grid | null = null) => failedDocument(sourceFile, message, { ...(await hashed()), lines }, grid);

  const sidecar = sidecarJson === undefined ? { ok: true as const, sidecar: NO_SIDECAR } : parseSidecar(sidecarJson);
  if (!sidecar.ok) return failed(sidecar.error);
  let readResult: ReadResult;
  try {
    readResult = await read(bytes, sourceFile);
  } catch (e) {
    return failed(`reader error: ${(e as Error).message}`);
  }
  if (!readResult.ok) return failed(readResult.error);
  const grid = readResult.grid;

  let parsed: ParsedDocument;
  try {
    parsed = recognizeGrid(grid, sourceFile);
  } catch (e) {
    return failed(`parser error: ${(e as Error).message}`, null, grid);
  }
  const refOf = sourceRefs(grid);
  const lines = gridLines(grid).length;
  if (parsed.selfEvaluations.length + parsed.targetTables.length + parsed.projectLists.length === 0) {
    return failed('未找到绩效自评表、绩效目标表或项目清单；请确认文件是项目支出绩效自评表或绩效目标表（含“项目名称”“年度资金总额”等栏目）。 / no self-evaluation form, target table or project list found; check that the file holds a 项目支出绩效自评表 or 绩效目标表 (with rows such as 项目名称 and 年度资金总额)', lines, grid);
  }

  const ctx = documentContext(parsed, sidecar.sidecar, refOf);
  const rows = emptyRows();
  let warnings = 0;
  for (const form of parsed.selfEvaluations) {
    const { evaluation, indicators } = evaluationRows(form, ctx);
    rows.evaluations.push(evaluation);
    rows.indicators.push(...indicators);
    warnings += evaluation.warnings?.length ?? 0;
  }
  for (const form of parsed.targetTables) {
    const { table, indicators, warnings: tableWarnings } = targetTableRows(form, ctx);
    rows.target_tables.push(table);
    rows.target_indicators.push(...indicators);
    warnings += tableWarnings.length;
  }
  rows.project_lists = parsed.projectLists.map((entry): ProjectListRow => ({
    source_file: sourceFile,
    list_kind: entry.listKind,
    seq: entry.seq,
    project: collapseName(entry.project.text),
    amount: parseAmount(entry.amount?.text),
    line: entry.project.line,
  }));
  rows.unparsed_lines = parsed.unparsed.map((entry) => ({ source_file: sourceFile, ...entry, source_ref: refOf({ text: entry.text.trim(), line: entry.line }) }));
  const nulled = fitToContract(rows);

  const unparsed = parsed.unparsed.length;
  const notes = [
    `${parsed.selfEvaluations.length} forms, ${parsed.targetTables.length} target tables, ${parsed.projectLists.length} list entries`,
    unparsed > 0 ? `${unparsed} lines unparsed` : 'every line read',
    ...(nulled > 0 ? [`${nulled} values no column can hold (a figure out of range) set to NULL`] : []),
    ...grid.notes,
  ];
  const report: IngestReportRow = {
    source_file: sourceFile,
    ...(await hashed()),
    lines,
    forms: parsed.selfEvaluations.length,
    target_tables: parsed.targetTables.length,
    lines_consumed: parsed.consumed.length,
    lines_unparsed: unparsed,
    status: unparsed > 0 ? 'partial' : 'ok',
    message: notes.join('; '),
    format: grid.format,
    layout: grid.layout,
  };
  rows.ingest_report.push(report);
  return { rows, report, layout: grid.layout, encoding: grid.encoding ?? null, indicators: rows.indicators.length, listEntries: rows.project_lists.length, warnings };
}

/**
 * The result for a file that failed entirely: one `failed` ingest_report row whose message starts
 * with the file name, and no other rows. `known` holds what could still be measured (hash, size,
 * lines); `grid` what the reader made of it, if it got that far.
 */
export function failedDocument(
  sourceFile: string,
  message: string,
  known: { sha256?: string | null; bytes?: number | null; lines?: number | null } = {},
  grid: Grid | null = null,
): IngestedDocument {
  const report: IngestReportRow = {
    source_file: sourceFile,
    sha256: known.sha256 ?? null,
    bytes: known.bytes ?? null,
    lines: known.lines ?? null,
    forms: 0,
    target_tables: 0,
    lines_consumed: 0,
    lines_unparsed: 0,
    status: 'failed',
    message: `${sourceFile}: ${message}`,
    format: grid?.format ?? null,
    layout: grid?.layout ?? null,
  };
  return { rows: { ...emptyRows(), ingest_report: [report] }, report, layout: grid?.layout ?? null, encoding: grid?.encoding ?? null, indicators: 0, listEntries: 0, warnings: 0 };
}
