import { describe, expect, it } from 'vitest';
import { utf8Slice } from '../../src/read/utf8Slice';

const bytes = (...values: number[]) => Uint8Array.from(values);
/** The slice between two bytes that are not part of it (a lead byte before, a continuation after), as in a document. */
const inside = (slice: Uint8Array) => utf8Slice(Uint8Array.from([0xe4, ...slice, 0x80]), 1, slice.length + 1);

describe('utf8Slice: a slice of UTF-8 decoded as TextDecoder decodes it', () => {
  it('decodes ASCII, two-, three- and four-byte sequences and a byte order mark in place', () => {
    expect(inside(new TextEncoder().encode('A1 é 表2 第5行 😀'))).toBe('A1 é 表2 第5行 😀');
    expect(inside(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('\ufeffA');
    expect(inside(bytes())).toBe('');
  });

  it('reads only the slice, not the bytes around it', () => {
    const text = new TextEncoder().encode('预算执行率93.39%');
    expect(utf8Slice(text, 3, 12)).toBe('算执行');
  });

  it('gives what TextDecoder gives for malformed sequences: overlong, surrogate, past U+10FFFF, cut short, stray continuation', () => {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const malformed = [
      bytes(0xc0, 0x80),
      bytes(0xe0, 0x80, 0x80),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0xf0, 0x8f, 0xbf, 0xbf),
      bytes(0x41, 0xe8, 0xa1),
      bytes(0x80, 0x41),
      bytes(0xff),
    ];
    for (const slice of malformed) expect(inside(slice)).toBe(decoder.decode(slice));
    expect(malformed.map(inside)).toEqual(['\ufffd\ufffd', '\ufffd\ufffd\ufffd', '\ufffd\ufffd\ufffd', '\ufffd\ufffd\ufffd\ufffd', '\ufffd\ufffd\ufffd\ufffd', 'A\ufffd', '\ufffdA', '\ufffd']);
  });

  it('decodes a long slice whole', () => {
    const text = '绩效自评'.repeat(100) + '𠀀';
    expect(inside(new TextEncoder().encode(text))).toBe(text);
  });
});
