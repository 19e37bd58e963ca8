/**
 * A slice of UTF-8 bytes as text, exactly as `new TextDecoder('utf-8', { ignoreBOM: true })`
 * decodes it. A document's many short runs of text (a Word cell's `w:t`, an attribute) are each a
 * call: TextDecoder costs some 400 ns a call whatever the length (a subarray made, a trip into the
 * engine), more than decoding a short run here. So a short slice of well-formed UTF-8 is decoded in
 * place; a long one, or one holding anything but well-formed sequences (where the decoder's
 * replacement rules apply), is left to TextDecoder.
 */

const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

/** Past this many bytes TextDecoder's own speed outweighs the cost of calling it. */
const LONGEST_DECODED_HERE = 256;

/** The UTF-16 code units of the slice being decoded (reused: never longer than the slice). */
const units: number[] = [];

export function utf8Slice(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > LONGEST_DECODED_HERE) return DECODER.decode(bytes.subarray(start, end));
  let count = 0;
  let at = start;
  while (at < end) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      units[count++] = lead;
      at++;
      continue;
    }
    const second = at + 1 < end ? bytes[at + 1]! : 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
      if ((second & 0xc0) !== 0x80) return DECODER.decode(bytes.subarray(start, end));
      units[count++] = ((lead & 0x1f) << 6) | (second & 0x3f);
      at += 2;
      continue;
    }
    const third = at + 2 < end ? bytes[at + 2]! : 0;
    if (lead >= 0xe0 && lead <= 0xef) {
      // Ranges of the second byte that exclude overlong forms (E0) and surrogates (ED).
      const low = lead === 0xe0 ? 0xa0 : 0x80;
      const high = lead === 0xed ? 0x9f : 0xbf;
      if (second < low || second > high || (third & 0xc0) !== 0x80) return DECODER.decode(bytes.subarray(start, end));
      units[count++] = ((lead & 0x0f) << 12) | ((second & 0x3f) << 6) | (third & 0x3f);
      at += 3;
      continue;
    }
    const fourth = at + 3 < end ? bytes[at + 3]! : 0;
    if (lead >= 0xf0 && lead <= 0xf4) {
      // Ranges of the second byte that exclude overlong forms (F0) and code points past U+10FFFF (F4).
      const low = lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high || (third & 0xc0) !== 0x80 || (fourth & 0xc0) !== 0x80) return DECODER.decode(bytes.subarray(start, end));
      const point = ((lead & 0x07) << 18) | ((second & 0x3f) << 12) | ((third & 0x3f) << 6) | (fourth & 0x3f);
      units[count++] = 0xd800 + ((point - 0x10000) >> 10);
      units[count++] = 0xdc00 + ((point - 0x10000) & 0x3ff);
      at += 4;
      continue;
    }
    return DECODER.decode(bytes.subarray(start, end));
  }
  units.length = count;
  return String.fromCharCode.apply(null, units);
}
