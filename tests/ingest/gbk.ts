/**
 * GBK / GB18030 encoders for tests. Node has no such encoder (TextEncoder is
 * UTF-8 only), so the maps are built by decoding every two-byte GB18030
 * sequence (that is GBK) and every four-byte sequence of the Basic
 * Multilingual Plane with TextDecoder, and inverting them.
 */
type Bytes = readonly number[];
let twoByte: Map<string, Bytes> | null = null;
let fourByte: Map<string, Bytes> | null = null;

function tables(): { twoByte: Map<string, Bytes>; fourByte: Map<string, Bytes> } {
  if (twoByte && fourByte) return { twoByte, fourByte };
  const decoder = new TextDecoder('gb18030');
  twoByte = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !twoByte.has(ch)) twoByte.set(ch, [lead, trail]);
    }
  }
  fourByte = new Map();
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const ch = decoder.decode(new Uint8Array([b1, b2, b3, b4]));
          if (ch.length === 1 && ch !== '\ufffd' && !twoByte.has(ch) && !fourByte.has(ch)) fourByte.set(ch, [b1, b2, b3, b4]);
        }
      }
    }
  }
  return { twoByte, fourByte };
}

function encode(text: string, allowFourByte: boolean): Uint8Array {
  const maps = tables();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const bytes = code < 0x80 ? [code] : (maps.twoByte.get(ch) ?? (allowFourByte ? maps.fourByte.get(ch) : undefined));
    if (!bytes) throw new Error(`cannot encode U+${code.toString(16)}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** Encodes text as GBK (one or two bytes a character); throws on a character GBK cannot hold. */
export const encodeGbk = (text: string): Uint8Array => encode(text, false);

/** Encodes text as GB18030: GBK, plus four-byte sequences for the other characters of the BMP. */
export const encodeGb18030 = (text: string): Uint8Array => encode(text, true);
