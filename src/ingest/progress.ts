import type { IngestSummary } from './ingestDocument';

/** One line per document for the ingest CLI: file, status, layout, counts, time. */
export function progressLine(doc: IngestSummary, ms: number): string {
  const r = doc.report;
  if (r.status === 'failed') return `${r.source_file}  FAILED  ${r.message}`;
  return [
    r.source_file,
    r.status,
    doc.layout ?? '-',
    `forms ${r.forms}`,
    `target tables ${r.target_tables}`,
    `indicators ${doc.indicators}`,
    `unparsed ${r.lines_unparsed}`,
    `warnings ${doc.warnings}`,
    `${Math.round(ms)} ms`,
  ].join('  ');
}

const HEADER = ['file', 'status', 'layout', 'forms', 'target tables', 'list entries', 'indicators', 'unparsed', 'warnings'];

/** The summary table printed after the last document, with a total row. */
export function summaryTable(docs: readonly IngestSummary[]): string {
  const row = (d: IngestSummary) => [
    d.report.source_file ?? '',
    d.report.status ?? '',
    d.layout ?? '-',
    d.report.forms ?? 0,
    d.report.target_tables ?? 0,
    d.listEntries,
    d.indicators,
    d.report.lines_unparsed ?? 0,
    d.warnings,
  ];
  const body = docs.map(row);
  const total = ['total', `${docs.filter((d) => d.report.status !== 'failed').length}/${docs.length} read`, ''];
  for (let c = 3; c < HEADER.length; c++) total.push(String(body.reduce((sum, r) => sum + Number(r[c]), 0)));
  const cells = [HEADER, ...body.map((r) => r.map(String)), total];
  const widths = HEADER.map((_, c) => Math.max(...cells.map((r) => displayWidth(r[c] as string))));
  const line = (r: string[]) => r.map((cell, c) => (c < 3 ? padEnd : padStart)(cell, widths[c] as number)).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADER), rule, ...cells.slice(1, -1).map(line), rule, line(total)].join('\n');
}

/** Columns a text takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}
const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
