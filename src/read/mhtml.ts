/**
 * A web archive (MHTML, `.mht`; Word's "single file web page", which agencies often publish
 * under a `.doc` name) → the bytes of its HTML part, quoted-printable or base64 decoded. The
 * page's own `<meta charset>` then says how to read them. Null when there is no HTML part.
 */

/** A MIME message starts with a header line; Word's archives with `MIME-Version:`. */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /^(?:MIME-Version:|From:|Subject:|Date:|Content-Type:\s*multipart\/related)/i.test(head) && /multipart\/related/i.test(head);
}

export function mhtmlHtml(bytes: Uint8Array): Uint8Array | null {
  const text = new TextDecoder('latin1').decode(bytes);
  const headerEnd = /\r?\n\r?\n/.exec(text);
  if (headerEnd === null) return null;
  const headers = unfold(text.slice(0, headerEnd.index));
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (boundary === undefined) return null;
  for (const part of text.slice(headerEnd.index).split(`--${boundary}`)) {
    const partEnd = /\r?\n\r?\n/.exec(part);
    if (partEnd === null) continue;
    const partHeaders = unfold(part.slice(0, partEnd.index));
    if (!/^content-type:\s*text\/html/im.test(partHeaders)) continue;
    const body = part.slice(partEnd.index + partEnd[0].length);
    const encoding = /^content-transfer-encoding:\s*([\w-]+)/im.exec(partHeaders)?.[1]?.toLowerCase();
    if (encoding === 'quoted-printable') return quotedPrintable(body);
    if (encoding === 'base64') return base64(body);
    return latin1Bytes(body);
  }
  return null;
}

/** Header lines folded onto the next (a line starting with blanks continues the one before). */
function unfold(headers: string): string {
  return headers.replace(/\r?\n[ \t]+/g, ' ');
}

function quotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      out.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return new Uint8Array(out);
}

function base64(body: string): Uint8Array {
  return latin1Bytes(atob(body.replace(/[^A-Za-z0-9+/=]/g, '')));
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}
