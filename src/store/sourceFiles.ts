import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** A source document to ingest, and its optional sidecar. */
export interface SourceFile {
  readonly path: string;
  /** The name records carry in source_file (the file name, no directory). */
  readonly name: string;
  /** `<name without its extension>.meta.json` beside it, when there is one. */
  readonly sidecarPath: string | null;
}

/** What a directory held besides documents and sidecars, with the reason each was left out. */
export interface SkippedFile {
  readonly name: string;
  readonly reason: string;
}

/**
 * The documents read: text, saved web pages, Word, Excel (and their single-file XML), CSV and PDF, and WPS Office's own names
 * for Word and Excel files (`.wps`, `.et`; every reader tells a file by its content, not its name); sidecars are `<name>.meta.json`.
 */
export const DOCUMENT_EXTENSIONS = ['.txt', '.htm', '.html', '.mht', '.mhtml', '.docx', '.doc', '.wps', '.xml', '.xlsx', '.xls', '.et', '.csv', '.pdf'] as const;
export const SIDECAR_SUFFIX = '.meta.json';

const isDocument = (name: string): boolean => (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/**
 * The documents under `input`: a single file (taken whatever its name), or every document of a
 * directory (not recursive; by extension, DOCUMENT_EXTENSIONS), in name order. Sidecars are
 * attached to their documents; other files are listed as skipped.
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
    if (entry.isFile() && entry.name.endsWith(SIDECAR_SUFFIX)) {
      const stem = entry.name.slice(0, -SIDECAR_SUFFIX.length);
      if (!entries.some((e) => e.isFile() && isDocument(e.name) && basename(e.name, extname(e.name)) === stem)) skipped.push({ name: entry.name, reason: `sidecar without its document ${stem}.*` });
    } else if (entry.isFile() && isDocument(entry.name)) {
      files.push({ path, name: entry.name, sidecarPath: await sidecarOf(path) });
    } else if (!entry.name.startsWith('.')) {
      skipped.push({ name: entry.name, reason: entry.isFile() ? `not a document this tool reads (${DOCUMENT_EXTENSIONS.join(' ')})` : 'not a file' });
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
