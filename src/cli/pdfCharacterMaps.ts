import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** pdf.js's character maps on disk (for PDFs whose Chinese fonts are not embedded), as its reader asks for them by name. */
export function pdfCharacterMaps(): (fileName: string) => Promise<Uint8Array> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
  return async (fileName) => new Uint8Array(await readFile(join(dir, fileName)));
}
