import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/read/text/decodeText';
import { encodeGb18030, encodeGbk } from '../../ingest/gbk';

const corpus = (file: string) => new Uint8Array(readFileSync(`data/raw/${file}`));

describe('decodeText', () => {
  it('decodes a UTF-8 corpus file as UTF-8', () => {
    const result = decodeText(corpus('000_82397be2bbd94de5.txt'));
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(result.ok && result.text.startsWith('一、2024年度项目支出绩效自评表清单')).toBe(true);
  });
  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('项目名称\n')]);
    const result = decodeText(bytes);
    expect(result.ok && result.text).toBe('项目名称\n');
  });
  it('decodes a GBK copy of a corpus file to the same text and names the encoding', () => {
    const original = new TextDecoder().decode(corpus('004_77a491ca9b0fee99.txt'));
    const result = decodeText(encodeGbk(original));
    expect(result.ok && result.encoding).toBe('gb18030');
    expect(result.ok && result.text).toBe(original);
  });
  it('rejects empty files and files of whitespace only', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'empty file' });
    expect(decodeText(new TextEncoder().encode(' \n\t\n'))).toEqual({ ok: false, error: 'empty file (only whitespace)' });
  });
  it('rejects binary junk', () => {
    const withNul = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(decodeText(withNul)).toEqual({ ok: false, error: 'not a text document (contains NUL bytes)' });
    const noNul = Uint8Array.from({ length: 4096 }, (_, i) => 1 + ((i * 7919) % 255));
    const result = decodeText(noNul);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^not a text document/);
  });
});

describe('decodeText on a file cut inside a character', () => {
  it('stays UTF-8, drops the partial character and says so', () => {
    const bytes = new TextEncoder().encode('项目名称\n市本级因公出国');
    const result = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(result.ok && result.text).toBe('项目名称\n市本级因公出');
    expect(result.ok && result.note).toMatch(/partial character was dropped/);
  });
});

describe('decodeText on GB18030 four-byte sequences', () => {
  it('decodes OCR characters outside GBK', () => {
    const result = decodeText(encodeGb18030('上年结转资金\t0.00\tı\t•\n'));
    expect(result.ok && result.encoding).toBe('gb18030');
    expect(result.ok && result.text).toBe('上年结转资金\t0.00\tı\t•\n');
  });
});

describe('decodeText on UTF-16 with a byte-order mark', () => {
  it('decodes UTF-16LE (Windows Notepad "Unicode") and UTF-16BE', () => {
    const text = '项目名称\t会议经费\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(decodeText(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, ...new Uint8Array(Buffer.from(text, 'utf16le').swap16())]);
    expect(decodeText(be)).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });
});

describe('decodeText on a UTF-8 file with a damaged byte', () => {
  it('stays UTF-8, shows the damage as U+FFFD and says so', () => {
    const bytes = new TextEncoder().encode('项目名称\n政务公开工作专项经费\n主管部门\n淮南市人民政府办公室\n'.repeat(20));
    bytes[30] = 0xff;
    const result = decodeText(bytes);
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(result.ok && result.text.includes('\uFFFD')).toBe(true);
    expect(result.ok && result.note).toBe('1 damaged UTF-8 byte sequence(s) shown as �');
  });
});
