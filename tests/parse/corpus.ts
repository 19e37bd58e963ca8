import { readFileSync } from 'node:fs';
import type { Cell } from '../../src/parse/forms';

/** The corpus files under data/raw/, by their number. */
export const CORPUS_FILES = {
  '000': '000_82397be2bbd94de5.txt',
  '001': '001_099530ba672a4441.txt',
  '002': '002_ddff5fd3e69ced26.txt',
  '003': '003_c9a193166346a5e1.txt',
  '004': '004_77a491ca9b0fee99.txt',
} as const;
export type CorpusId = keyof typeof CORPUS_FILES;

export function readCorpus(id: CorpusId): string {
  return readFileSync(new URL(`../../data/raw/${CORPUS_FILES[id]}`, import.meta.url), 'utf8');
}

/** A cell's text, or null. */
export function text(cell: Cell | null | undefined): string | null {
  return cell ? cell.text : null;
}
