import { MANIFEST_FILE } from '../contract/manifest';
import { fetchManifest } from '../db/fetchManifest';
import { sha256Hex } from '../sources/sha256';
import { RAW_DIR } from '../sources/sourceText';

/** A file the page used, as fetched now: its size and SHA-256 (and, for a source document, the SHA-256 ingest recorded). */
export interface FileHash {
  kind: 'parquet' | 'source';
  file: string;
  /** The path beside the app it was fetched from. */
  path: string;
  bytes: number | null;
  sha256: string | null;
  /** ingest_report.sha256 of a source document. */
  recorded: string | null;
  error: string | null;
}

async function hashOf(kind: FileHash['kind'], file: string, path: string, recorded: string | null): Promise<FileHash> {
  try {
    const response = await fetch(new URL(path, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { kind, file, path, bytes: bytes.length, sha256: await sha256Hex(bytes), recorded, error: null };
  } catch (e) {
    return { kind, file, path, bytes: null, sha256: null, recorded, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * SHA-256 (over the fetched bytes) of every contract Parquet file the page loads
 * and of every source document ingest read, fetched again from beside the app, so an auditor can
 * check them with `sha256sum` against the files the figures came from.
 */
export async function fileHashes(sources: readonly { source_file: string; sha256: string | null }[]): Promise<FileHash[]> {
  const out: FileHash[] = [];
  // The dataset's manifest and every file it lists, snapshots too (a partition's path percent-encoded once more for the URL, as the page fetches it).
  const manifest = await fetchManifest(new URL('data/parquet/', document.baseURI).href);
  out.push(await hashOf('parquet', MANIFEST_FILE, `data/parquet/${MANIFEST_FILE}`, null));
  for (const file of [...Object.values(manifest.tables).flat(), ...(manifest.snapshots ?? [])]) {
    out.push(await hashOf('parquet', file.path, `data/parquet/${file.path.split('/').map(encodeURIComponent).join('/')}`, null));
  }
  for (const s of sources) out.push(await hashOf('source', s.source_file, `${RAW_DIR}/${encodeURIComponent(s.source_file)}`, s.sha256));
  return out;
}
