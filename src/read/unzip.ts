import { unzipSync } from 'fflate';
import { MAX_UNZIPPED_BYTES } from './limits';
import { corruptError, zipTooLargeError } from './readErrors';

/** An entry of a zip as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size the directory declares. */
  readonly size: number;
}

export type Unzipped = { readonly ok: true; readonly files: Readonly<Record<string, Uint8Array>> } | { readonly ok: false; readonly error: string };

/** The entries a zip's central directory lists, read without inflating anything; null when the bytes hold no readable zip directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/**
 * The wanted entries of a zip (a .docx, an .xlsx), inflated only after their declared sizes pass
 * the cap, one by one and all together. fflate inflates each entry into a buffer of exactly its
 * declared size, so an entry that lies about its size cannot grow past it either.
 */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, kind: string): Unzipped {
  const entries = zipEntries(bytes);
  if (entries === null) return { ok: false, error: corruptError(kind, 'no zip directory / ZIP 目录缺失，文件可能被截断') };
  let total = 0;
  for (const entry of entries) {
    if (!wanted(entry.name)) continue;
    if (entry.size > MAX_UNZIPPED_BYTES) return { ok: false, error: zipTooLargeError(entry.name, entry.size) };
    total += entry.size;
  }
  if (total > MAX_UNZIPPED_BYTES) return { ok: false, error: zipTooLargeError(`${kind} (all entries)`, total) };
  try {
    return { ok: true, files: unzipSync(bytes, { filter: (file) => wanted(file.name) }) };
  } catch (error) {
    return { ok: false, error: corruptError(kind, error instanceof Error ? error.message : String(error)) };
  }
}
