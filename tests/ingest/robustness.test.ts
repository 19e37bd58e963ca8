import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { splitSourceLines } from '../../src/read/text/sourceLines';
import { CORPUS, corpusBytes, ingestCorpusFile } from './corpus';
import { encodeGb18030, encodeGbk } from './gbk';

const utf8 = (text: string) => new TextEncoder().encode(text);
const nonBlankLines = (text: string) => splitSourceLines(text).filter((l) => l.text.trim() !== '').length;

/** Deterministic shuffle (a fixed linear congruential generator), so a failure can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('ingestDocument on bad input: a failed report row naming the file, no other rows', () => {
  it('an empty file', async () => {
    const doc = await ingestDocument(new Uint8Array(), 'empty.txt');
    expect(doc.report).toMatchObject({ source_file: 'empty.txt', status: 'failed', message: 'empty.txt: 文件为空（0 字节），请检查文件是否下载完整。 / The file is empty (0 bytes); check that it was downloaded completely.', bytes: 0, forms: 0 });
    expect(doc.rows.evaluations).toHaveLength(0);
    expect(doc.rows.unparsed_lines).toHaveLength(0);
    expect(doc.rows.ingest_report).toEqual([doc.report]);
  });
  it('binary junk', async () => {
    const junk = Uint8Array.from({ length: 65536 }, (_, i) => (i * 2654435761) % 251);
    const doc = await ingestDocument(junk, 'junk.txt');
    expect(doc.report.status).toBe('failed');
    expect(doc.report.message).toMatch(/^junk\.txt: 无法识别的文件格式.*Unrecognized file format/);
    expect(Object.values(doc.rows).reduce((n, rows) => n + rows.length, 0)).toBe(1);
  });
  it('a text that holds no form, target table or list', async () => {
    const doc = await ingestDocument(utf8('会议纪要\n今天讨论了预算。\n'), 'notes.txt');
    expect(doc.report).toMatchObject({ status: 'failed', message: 'notes.txt: 未找到绩效自评表、绩效目标表或项目清单；请确认文件是项目支出绩效自评表或绩效目标表（含“项目名称”“年度资金总额”等栏目）。 / no self-evaluation form, target table or project list found; check that the file holds a 项目支出绩效自评表 or 绩效目标表 (with rows such as 项目名称 and 年度资金总额)', lines: 2 });
  });
  it('a parser crash', async () => {
    const doc = await ingestDocument(utf8('项目名称\n'), 'x.txt', undefined, () => {
      throw new Error('boom');
    });
    expect(doc.report).toMatchObject({ status: 'failed', message: 'x.txt: parser error: boom' });
  });
  it('a bad sidecar', async () => {
    const doc = await ingestDocument(corpusBytes('002_ddff5fd3e69ced26.txt'), '002_ddff5fd3e69ced26.txt', '{"province": "山西省"}');
    expect(doc.report.message).toBe('002_ddff5fd3e69ced26.txt: sidecar field "province" unknown (fields: year, region, override)');
    expect(doc.rows.evaluations).toHaveLength(0);
  });
});

describe('ingestDocument on damaged corpus files: no crash, every line accounted for', () => {
  for (const file of CORPUS) {
    it(`${file} cut in half (inside a character)`, async () => {
      const bytes = corpusBytes(file);
      const cut = bytes.subarray(0, Math.floor(bytes.length / 2) | 1);
      const doc = await ingestDocument(cut, file);
      const whole = await ingestCorpusFile(file);
      expect(doc.report.status).not.toBe('failed');
      expect(doc.encoding).toBe('utf-8'); // not mistaken for GBK because the last character is cut
      expect(doc.report.forms as number).toBeLessThanOrEqual(whole.report.forms as number);
      expect(doc.report.target_tables as number).toBeLessThanOrEqual(whole.report.target_tables as number);
      const text = new TextDecoder().decode(cut);
      expect((doc.report.lines_consumed as number) + (doc.report.lines_unparsed as number)).toBe(nonBlankLines(text));
    });
    it(`${file} with its lines shuffled`, async () => {
      const lines = new TextDecoder().decode(corpusBytes(file)).split('\n');
      const text = shuffled(lines, 20261123).join('\n');
      const doc = await ingestDocument(utf8(text), file);
      expect(['ok', 'partial', 'failed']).toContain(doc.report.status);
      if (doc.report.status !== 'failed') {
        expect((doc.report.lines_consumed as number) + (doc.report.lines_unparsed as number)).toBe(nonBlankLines(text));
      }
      for (const e of doc.rows.evaluations) expect(e.line_start as number).toBeLessThanOrEqual(e.line_end as number);
    });
  }
});

describe('ingestDocument on a GBK-encoded copy', () => {
  // 003 holds a few OCR characters GBK lacks (`ı`, `•`, `교`…): its copy uses GB18030's four-byte sequences for them.
  for (const file of CORPUS) {
    it(`${file}: decoded as GB18030, the same records as the UTF-8 original`, async () => {
      const text = new TextDecoder().decode(corpusBytes(file));
      const gbk = file.startsWith('003') ? encodeGb18030(text) : encodeGbk(text);
      const doc = await ingestDocument(gbk, file);
      const original = await ingestCorpusFile(file);
      expect(doc.encoding).toBe('gb18030');
      expect(doc.report.message).toContain('decoded as GB18030');
      const { ingest_report: _a, ...records } = doc.rows;
      const { ingest_report: _b, ...expected } = original.rows;
      expect(records).toEqual(expected);
      expect(doc.report.sha256).not.toBe(original.report.sha256);
    });
  }
});

describe('ingestDocument on a 50 MB file', () => {
  it('reads the forms at its head and lists the rest as unparsed, within memory', async () => {
    const head = new TextDecoder().decode(corpusBytes('000_82397be2bbd94de5.txt'));
    const paragraph = head.split('\n').find((l) => l.length > 300) as string;
    const parts = [head];
    let size = Buffer.byteLength(head);
    while (size < 50 * 2 ** 20) {
      parts.push(paragraph);
      size += Buffer.byteLength(paragraph) + 1;
    }
    const bytes = utf8(parts.join('\n'));
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 2 ** 20);
    const doc = await ingestDocument(bytes, 'big.txt');
    expect(doc.report).toMatchObject({ status: 'partial', forms: 10, bytes: bytes.length });
    expect(doc.report.lines_unparsed).toBe(parts.length - 1);
    expect(process.memoryUsage().rss).toBeLessThan(2 * 2 ** 30);
  }, 120_000);
});
