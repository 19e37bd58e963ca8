/**
 * A GBK encoder for tests. Node has no GBK encoder (TextEncoder is UTF-8 only),
 * so the map is built by decoding every two-byte GB18030 sequence with
 * TextDecoder and inverting it. GBK is the two-byte part of GB18030.
 */
let table: Map<string, [number, number]> | null = null;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030');
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** Encodes text as GBK; throws on a character GBK cannot hold. */
export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = map.get(ch);
    if (!pair) throw new Error(`GBK cannot encode U+${code.toString(16)}`);
    out.push(pair[0], pair[1]);
  }
  return Uint8Array.from(out);
}
