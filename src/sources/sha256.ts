import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * SHA-256 of bytes as lowercase hex. Web Crypto where the page has it (Node ≥ 20; browsers only in
 * a secure context: https or this machine); on a page served over plain http from an intranet
 * host, where browsers withhold `crypto.subtle`, the same digest from @noble/hashes.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return bytesToHex(sha256(bytes));
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}
