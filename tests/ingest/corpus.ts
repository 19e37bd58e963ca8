import { readFileSync } from 'node:fs';
import { ingestDocument, type IngestedDocument } from '../../src/ingest/ingestDocument';

/** The five corpus files in data/raw/. */
export const CORPUS = [
  '000_82397be2bbd94de5.txt',
  '001_099530ba672a4441.txt',
  '002_ddff5fd3e69ced26.txt',
  '003_c9a193166346a5e1.txt',
  '004_77a491ca9b0fee99.txt',
] as const;

export const corpusBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(`data/raw/${file}`));

const cache = new Map<string, Promise<IngestedDocument>>();

/** A corpus file ingested once per test file. */
export function ingestCorpusFile(file: (typeof CORPUS)[number]): Promise<IngestedDocument> {
  let doc = cache.get(file);
  if (!doc) {
    doc = ingestDocument(corpusBytes(file), file);
    cache.set(file, doc);
  }
  return doc;
}
