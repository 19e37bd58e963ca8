/**
 * Bytes of a source document → its text, or a clear reason why it is not a
 * text document. Pure (TextDecoder only): runs in Node and in a browser worker.
 *
 * A UTF-16 byte-order mark selects UTF-16 (Windows Notepad's "Unicode").
 * Otherwise UTF-8 is tried first, strictly (a BOM is stripped); a UTF-8 text with a few damaged
 * bytes (at most one sequence in a thousand characters) stays UTF-8, the damage shown as U+FFFD and
 * said in a note; bytes that are not UTF-8 are decoded as GB18030 (a superset of GBK and GB2312, the encodings
 * Chinese Windows tools write). Whether the result is text is judged on the
 * decoded characters, never by sniffing magic bytes: `file` calls a GBK text
 * "DOS executable".
 */

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName; readonly note?: string }
  | { readonly ok: false; readonly error: string };

/** Share of control characters (other than tab, CR, LF, VT, FF) above which a document is not text. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of U+FFFD replacement characters (undecodable bytes) above which a GB18030 decode is not text. */
const MAX_REPLACEMENT_SHARE = 0.01;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  const utf16 = utf16ByBom(bytes);
  if (utf16 !== null) return judged(new TextDecoder(utf16).decode(bytes), utf16);
  if (bytes.includes(0)) return { ok: false, error: 'not a text document (contains NUL bytes)' };

  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  let note: string | undefined;
  const whole = strictUtf8(bytes);
  const cut = whole === null ? withoutCutCharacter(bytes) : bytes;
  const utf8 = whole ?? (cut.length < bytes.length ? strictUtf8(cut) : null);
  const damaged = utf8 === null ? laxUtf8(bytes) : null;
  if (utf8 !== null) {
    text = utf8;
    if (whole === null) note = 'file ends inside a character (truncated?); the partial character was dropped';
  } else if (damaged !== null) {
    text = damaged.text;
    note = `${damaged.replaced} damaged UTF-8 byte sequence(s) shown as �`;
  } else {
    text = new TextDecoder('gb18030').decode(bytes);
    encoding = 'gb18030';
    if (share(text, isReplacement) > MAX_REPLACEMENT_SHARE) {
      return { ok: false, error: 'not a text document (neither UTF-8 nor GBK/GB18030)' };
    }
  }
  return judged(text, encoding, note);
}

/** The decoded text, unless it holds too many control characters or nothing but whitespace. */
function judged(text: string, encoding: TextEncodingName, note?: string): DecodedText {
  if (share(text, isControl) > MAX_CONTROL_SHARE) {
    return { ok: false, error: 'not a text document (too many control characters)' };
  }
  if (text.trim() === '') return { ok: false, error: 'empty file (only whitespace)' };
  return note === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, note };
}

/** UTF-16 only with its byte-order mark (Windows Notepad's "Unicode"); without one, NUL bytes mean binary. */
function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Share of damaged sequences at most which a file that is UTF-8 otherwise stays UTF-8 (a byte or two damaged in transfer). */
const MAX_DAMAGED_UTF8 = 0.001;

/** The text as UTF-8 with its few damaged sequences replaced, or null when too many are damaged (it is another encoding). */
function laxUtf8(bytes: Uint8Array): { text: string; replaced: number } | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  // One damaged byte breaks the character it stood in: a run of replacements is one damaged place.
  let replaced = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd && text.charCodeAt(i - 1) !== 0xfffd) replaced++;
  return replaced > 0 && replaced <= Math.max(1, text.length * MAX_DAMAGED_UTF8) ? { text, replaced } : null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The bytes without an incomplete UTF-8 sequence at their very end (a file cut
 * inside a character), or unchanged when they do not end in one.
 */
function withoutCutCharacter(bytes: Uint8Array): Uint8Array {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k] as number;
    if (b >= 0xc0) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return needed > k ? bytes.subarray(0, bytes.length - k) : bytes;
    }
    if (b < 0x80) return bytes;
  }
  return bytes;
}

function share(text: string, test: (code: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) hits++;
  return hits / text.length;
}

function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d) return false; // \v: Word's manual line break
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0);
}

function isReplacement(code: number): boolean {
  return code === 0xfffd;
}
