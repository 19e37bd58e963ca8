/**
 * Nothing lost, nothing crashes: 10,000 documents made from the corpus by damaging it the ways real
 * files are damaged, ingested in batches of 1,000 the way `npm run ingest` ingests them (each
 * document's rows into the native writer, the Parquet written once a batch). Every document gets
 * its ingest_report row, every non-blank line is consumed or unparsed, and every batch is written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { decodeText } from '../../src/read/text/decodeText';
import { splitSourceLines } from '../../src/read/text/sourceLines';
import { runRules } from '../../src/rules/runRules';
import { ContractTableWriter } from '../../src/store/contractTableWriter';
import { CORPUS, corpusBytes } from './corpus';

const DOCUMENTS = 10_000;
const BATCH = 1_000;

/** A small deterministic random source (Park–Miller). */
function randomSource(seed: number): { next: () => number; int: (n: number) => number; pick: <T>(items: readonly T[]) => T } {
  let state = seed;
  const next = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
  return { next, int: (n) => Math.floor(next() * n), pick: (items) => items[Math.floor(next() * items.length)]! };
}

const TRADITIONAL: [string, string][] = [
  ['项目名称', '項目名稱'],
  ['主管部门', '主管部門'],
  ['实施单位', '實施單位'],
  ['全年预算数', '全年預算數'],
  ['全年执行数', '全年執行數'],
  ['执行率', '執行率'],
  ['总分', '總分'],
  ['绩效指标', '績效指標'],
];

const texts = CORPUS.map((file) => new TextDecoder().decode(corpusBytes(file)));

type Mutation = (lines: string[], random: ReturnType<typeof randomSource>) => string[];

const range = (lines: readonly string[], random: ReturnType<typeof randomSource>): [number, number] => {
  const start = random.int(Math.max(1, lines.length));
  return [start, Math.min(lines.length, start + 1 + random.int(40))];
};

const MUTATIONS: Record<string, Mutation> = {
  deleteRange: (lines, random) => {
    const [a, b] = range(lines, random);
    return [...lines.slice(0, a), ...lines.slice(b)];
  },
  duplicateRange: (lines, random) => {
    const [a, b] = range(lines, random);
    return [...lines.slice(0, b), ...lines.slice(a, b), ...lines.slice(b)];
  },
  swapRanges: (lines, random) => {
    const [a, b] = range(lines, random);
    const [c, d] = range(lines, random);
    if (b > c) return lines;
    return [...lines.slice(0, a), ...lines.slice(c, d), ...lines.slice(b, c), ...lines.slice(a, b), ...lines.slice(d)];
  },
  junkNumbers: (lines, random) =>
    lines.map((line) => (random.next() < 0.2 ? line.replace(/\d+(?:\.\d+)?/g, () => random.pick(['99999999999999999999999', '1e999', 'NaN', '-0', '12.34.56', '１２３', '0x1F', '∞'])) : line)),
  traditionalLabels: (lines) => lines.map((line) => TRADITIONAL.reduce((text, [simplified, traditional]) => text.replaceAll(simplified, traditional), line)),
  crlf: (lines) => lines.map((line) => `${line}\r`),
  longLine: (lines, random) => {
    const at = random.int(lines.length + 1);
    return [...lines.slice(0, at), '长'.repeat(40_000), ...lines.slice(at)];
  },
  controlCharacters: (lines, random) => lines.map((line) => (random.next() < 0.05 ? `${line}\u0001\u0007\u001b` : line)),
};

/** One damaged document: a slice of a corpus file with one to three damages, as bytes (a BOM or a cut character now and then). */
function mutatedDocument(index: number): { name: string; bytes: Uint8Array; damages: string[] } {
  const random = randomSource(20_261_130 + index * 7919);
  const source = texts[random.int(texts.length)]!.split('\n');
  const start = random.int(source.length);
  let lines = source.slice(start, start + 30 + random.int(400));
  const damages: string[] = [];
  for (let i = 0, n = 1 + random.int(3); i < n; i++) {
    const name = random.pick(Object.keys(MUTATIONS));
    damages.push(name);
    lines = MUTATIONS[name]!(lines, random);
  }
  let bytes = new TextEncoder().encode(lines.join('\n'));
  if (random.next() < 0.1) {
    damages.push('bom');
    bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
  }
  if (random.next() < 0.1 && bytes.length > 10) {
    damages.push('cutMidCharacter');
    const cut = bytes.findIndex((byte, i) => i > bytes.length / 2 && byte >= 0xe0);
    if (cut > 0) bytes = bytes.subarray(0, cut + 1);
  }
  return { name: `m${String(index).padStart(5, '0')}.txt`, bytes, damages };
}

const out = mkdtempSync(join(tmpdir(), 'evallens-mutations-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe(`ingest on ${DOCUMENTS.toLocaleString('en-US')} damaged corpus documents`, () => {
  for (let batch = 0; batch < DOCUMENTS / BATCH; batch++) {
    it(`batch ${batch + 1}: every document reported, every line accounted for, the batch written`, async () => {
      const writer = await ContractTableWriter.open();
      const statuses = new Map<string, number>();
      try {
        for (let index = batch * BATCH; index < (batch + 1) * BATCH; index++) {
          const { name, bytes, damages } = mutatedDocument(index);
          const doc = await ingestDocument(bytes, name);
          const report = doc.report;
          expect(doc.rows.ingest_report, `${name} (${damages.join(', ')})`).toEqual([report]);
          expect(report.message ?? '', name).not.toMatch(/\bat .*:\d+:\d+|TypeError|RangeError|ReferenceError/);
          statuses.set(report.status ?? '', (statuses.get(report.status ?? '') ?? 0) + 1);
          if (report.status !== 'failed') {
            const decoded = decodeText(bytes);
            const nonBlank = decoded.ok ? splitSourceLines(decoded.text).filter((line) => line.text.trim() !== '').length : -1;
            expect((report.lines_consumed ?? 0) + (report.lines_unparsed ?? 0), `${name} (${damages.join(', ')})`).toBe(nonBlank);
          } else {
            expect(report.message, name).toMatch(new RegExp(`^${name}: `));
          }
          await writer.add(doc.rows);
        }
        const written = await writer.write(join(out, `batch${batch}`), runRules);
        const reports = written.find((table) => table.table === 'ingest_report');
        expect(reports?.rows).toBe(BATCH);
      } finally {
        writer.close();
      }
      // Damaged slices still hold forms: most documents are read, some partly.
      expect((statuses.get('ok') ?? 0) + (statuses.get('partial') ?? 0)).toBeGreaterThan(BATCH / 2);
    }, 600_000);
  }
});
