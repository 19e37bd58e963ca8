import { decodeText } from './text/decodeText';

/** How far into a page its `<meta charset>` is looked for (browsers look at least 1024 bytes; CMS pages often put long comments first). */
const CHARSET_SCAN_BYTES = 4096;
/**
 * A page stating UTF-8 with at most this share of invalid bytes is a UTF-8 page with a few
 * damaged characters (shown as U+FFFD, as a browser does); more, and it is another encoding.
 */
const MAX_DAMAGED_SHARE = 0.01;

export type DecodedHtml =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly note?: string }
  | { readonly ok: false; readonly error: string };

/**
 * A web page's bytes → its text. A byte-order mark wins, then the charset the page states in
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` (gb2312 and gbk
 * decode as GBK, a UTF-16 label as UTF-8, as browsers do); a page that states none, or a
 * charset TextDecoder does not know, is judged like a text file: UTF-8, else GB18030. A page
 * that states UTF-8 but is far from valid UTF-8 (a GBK page with a copied template head) is
 * judged too; one with a few damaged bytes stays UTF-8 with those characters replaced.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const label = hasBom ? null : declaredCharset(bytes);
  const decoder = label === null ? null : decoderFor(label);
  if (decoder === null || decoder.encoding !== 'utf-8') {
    if (decoder !== null) return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
    const judged = decodeText(bytes);
    return judged.ok ? { ok: true, text: judged.text, encoding: judged.encoding } : judged;
  }
  const text = decoder.decode(bytes);
  const replaced = [...text.matchAll(/\ufffd/g)].length;
  if (replaced === 0) return { ok: true, text, encoding: 'utf-8' };
  if (replaced <= MAX_DAMAGED_SHARE * text.length) return { ok: true, text, encoding: 'utf-8', note: `${replaced} bytes not valid UTF-8 were replaced` };
  const judged = decodeText(bytes);
  return judged.ok ? { ok: true, text: judged.text, encoding: judged.encoding, note: `the page states ${label} but is not; read as ${judged.encoding}` } : judged;
}

/** The charset label a page's head states, read from its first bytes as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (charset?.[1]) return charset[1].toLowerCase();
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.startsWith('utf-16') || label === 'unicode' ? 'utf-8' : label);
  } catch {
    return null;
  }
}
