import { createHash } from 'node:crypto';

/**
 * SHA-256 of bytes as lowercase hex, with Node's crypto: the same digest as `sha256Hex` (Web
 * Crypto), computed synchronously. A Web Crypto digest is a job on the thread pool with a promise
 * around it; for the few kilobytes of a form that machinery costs several times the hashing.
 */
export function nodeSha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
