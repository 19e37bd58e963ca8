import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** A source document to ingest, and its optional sidecar. */
export interface SourceFile {
  readonly path: string;
  /** The name records carry in source_file (the file name, no directory). */
  readonly name: string;
  /** `<name without .txt>.meta.json` beside it, when there is one. */
  readonly sidecarPath: string | null;
}

/** What a directory held besides documents and sidecars, with the reason each was left out. */
export interface SkippedFile {
  readonly name: string;
  readonly reason: string;
}

/** Documents are `.txt` text extracted from the published Word/PDF files; sidecars are `<name>.meta.json`. */
export const DOCUMENT_EXTENSION = '.txt';
export const SIDECAR_SUFFIX = '.meta.json';

/**
 * The documents under `input`: a single file (taken whatever its name), or
 * every `.txt` file of a directory (not recursive), in name order. Sidecars
 * are attached to their documents; other files are listed as skipped.
 */
export async function listSourceFiles(input: string): Promise<{ files: SourceFile[]; skipped: SkippedFile[] }> {
  const info = await stat(input);
  if (!info.isDirectory()) {
    return { files: [{ path: input, name: basename(input), sidecarPath: await sidecarOf(input) }], skipped: [] };
  }
  const entries = (await readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const entry of entries) {
    const path = join(input, entry.name);
    if (entry.isFile() && entry.name.endsWith(DOCUMENT_EXTENSION)) {
      files.push({ path, name: entry.name, sidecarPath: await sidecarOf(path) });
    } else if (entry.isFile() && entry.name.endsWith(SIDECAR_SUFFIX)) {
      const document = `${entry.name.slice(0, -SIDECAR_SUFFIX.length)}${DOCUMENT_EXTENSION}`;
      if (!entries.some((e) => e.isFile() && e.name === document)) skipped.push({ name: entry.name, reason: `sidecar without its document ${document}` });
    } else if (!entry.name.startsWith('.')) {
      skipped.push({ name: entry.name, reason: entry.isFile() ? `not a ${DOCUMENT_EXTENSION} document` : 'not a file' });
    }
  }
  return { files, skipped };
}

async function sidecarOf(documentPath: string): Promise<string | null> {
  const stem = basename(documentPath, extname(documentPath));
  const path = join(dirname(documentPath), `${stem}${SIDECAR_SUFFIX}`);
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** A document's bytes and its sidecar's text (undefined without one). */
export async function readSourceFile(file: SourceFile): Promise<{ bytes: Uint8Array; sidecarJson: string | undefined }> {
  const bytes = new Uint8Array(await readFile(file.path));
  const sidecarJson = file.sidecarPath === null ? undefined : await readFile(file.sidecarPath, 'utf8');
  return { bytes, sidecarJson };
}
