import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { unparsedReason } from '../../src/i18n/unparsedReasons';

/** Every document the tests hold: the corpus, the development set and the same form in every format. */
const DOCUMENTS = [
  ...readdirSync('data/raw').map((name) => `data/raw/${name}`),
  ...readdirSync('tests/fixtures/devset').filter((name) => !/\.(json|md)$/.test(name)).map((name) => `tests/fixtures/devset/${name}`),
  ...readdirSync('tests/fixtures/formats').filter((name) => !/\.(sh|md)$/.test(name)).map((name) => `tests/fixtures/formats/${name}`),
];

describe('unparsedReason', () => {
  it('says in Chinese every reason the recognizer gives on the documents the tests hold', async () => {
    const reasons = new Set<string>();
    for (const path of DOCUMENTS) {
      const document = await ingestDocument(new Uint8Array(readFileSync(path)), path.split('/').pop()!);
      for (const line of document.rows.unparsed_lines) if (line.reason !== null) reasons.add(line.reason);
    }
    expect(reasons.size).toBeGreaterThan(10);
    for (const reason of reasons) expect(unparsedReason(reason, 'zh'), reason).toMatch(/^[^a-z]*$/);
  }, 120_000);

  it('keeps the line numbers and figures a reason names, and the stored English for the English page', () => {
    const garbled = 'garbled OCR row, same weight/score as line 432: counting its 10.00/10.00 would push the indicators past the printed total 98.31';
    expect(unparsedReason(garbled, 'zh')).toBe('OCR 乱码行（分值/得分与第 432 行相同）：计入其 10.00/10.00 将使指标得分合计超过表上总分 98.31');
    expect(unparsedReason('a copy of the form on line 5', 'zh')).toBe('与第 5 行起的表单重复');
    expect(unparsedReason(garbled, 'en')).toBe(garbled);
    expect(unparsedReason('a reason no table knows', 'zh')).toBe('a reason no table knows');
  });
});
