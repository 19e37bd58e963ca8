import type { IngestReportRow, ProjectListRow } from '../contract/tables';
import type { ParsedDocument } from '../parse/forms';
import { decodeText, type TextEncodingName } from '../read/text/decodeText';
import { parseDocument } from '../parse/parseDocument';
import { parseAmount } from '../normalize/amount';
import { collapseName } from '../normalize/text';
import { emptyRows, type ContractRows } from './contractRows';
import { documentContext } from './documentContext';
import { evaluationRows } from './evaluationRows';
import { accountLines } from './lineAccounting';
import { sha256Hex } from './sha256';
import { NO_SIDECAR, parseSidecar } from './sidecar';
import { targetTableRows } from './targetTableRows';

/** What the CLI prints about one ingested document. */
export interface IngestSummary {
  readonly report: IngestReportRow;
  /** Layout parser that read it; null when the file failed before parsing. */
  readonly layout: string | null;
  readonly encoding: TextEncodingName | null;
  readonly indicators: number;
  readonly listEntries: number;
  /** Warning codes raised on its forms and target tables (each code counted once per record). */
  readonly warnings: number;
}

/** One document ingested: its contract rows (its ingest_report row included) and its summary. */
export interface IngestedDocument extends IngestSummary {
  readonly rows: ContractRows;
}

export type ParseFn = (text: string, sourceFile: string) => ParsedDocument;

/**
 * Bytes of one source document → its contract rows and ingest_report row.
 * Pure (no Node APIs): decode (UTF-8, else GB18030), parse, normalize.
 * A file that fails entirely — not text, empty, a bad sidecar, a parser
 * crash, nothing recognisable in it — gives a `failed` report row whose
 * message names the file and why, and no other rows.
 * `sidecarJson` is the text of the document's optional `<name>.meta.json`.
 */
export async function ingestDocument(
  bytes: Uint8Array,
  sourceFile: string,
  sidecarJson?: string,
  parse: ParseFn = parseDocument,
): Promise<IngestedDocument> {
  const base = { sha256: await sha256Hex(bytes), bytes: bytes.length };
  const failed = (message: string, lines: number | null = null, encoding: TextEncodingName | null = null) =>
    failedDocument(sourceFile, message, { ...base, lines }, encoding);

  const sidecar = sidecarJson === undefined ? { ok: true as const, sidecar: NO_SIDECAR } : parseSidecar(sidecarJson);
  if (!sidecar.ok) return failed(sidecar.error);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failed(decoded.error);

  let parsed: ParsedDocument;
  try {
    parsed = parse(decoded.text, sourceFile);
  } catch (e) {
    return failed(`parser error: ${(e as Error).message}`, null, decoded.encoding);
  }
  const account = accountLines(decoded.text, sourceFile, parsed);
  if (parsed.selfEvaluations.length + parsed.targetTables.length + parsed.projectLists.length === 0) {
    return failed('no self-evaluation form, target table or project list found', account.lines, decoded.encoding);
  }

  const ctx = documentContext(parsed, sidecar.sidecar);
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
  rows.unparsed_lines = account.unparsed;

  const unparsed = account.unparsed.length;
  const notes = [
    `${parsed.selfEvaluations.length} forms, ${parsed.targetTables.length} target tables, ${parsed.projectLists.length} list entries`,
    unparsed > 0 ? `${unparsed} lines unparsed` : 'every line read',
    ...(decoded.encoding === 'utf-8' ? [] : [`decoded as ${decoded.encoding.toUpperCase()}`]),
    ...(decoded.note === undefined ? [] : [decoded.note]),
  ];
  const report: IngestReportRow = {
    source_file: sourceFile,
    ...base,
    lines: account.lines,
    forms: parsed.selfEvaluations.length,
    target_tables: parsed.targetTables.length,
    lines_consumed: account.consumed,
    lines_unparsed: unparsed,
    status: unparsed > 0 ? 'partial' : 'ok',
    message: notes.join('; '),
  };
  rows.ingest_report.push(report);
  return {
    rows,
    report,
    layout: parsed.layout,
    encoding: decoded.encoding,
    indicators: rows.indicators.length,
    listEntries: rows.project_lists.length,
    warnings,
  };
}

/**
 * The result for a file that failed entirely: one `failed` ingest_report row
 * whose message starts with the file name, and no other rows. `known` holds
 * what could still be measured (hash, size, lines).
 */
export function failedDocument(
  sourceFile: string,
  message: string,
  known: { sha256?: string | null; bytes?: number | null; lines?: number | null } = {},
  encoding: TextEncodingName | null = null,
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
  };
  return { rows: { ...emptyRows(), ingest_report: [report] }, report, layout: null, encoding, indicators: 0, listEntries: 0, warnings: 0 };
}
