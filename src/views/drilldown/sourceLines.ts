import { decodeText } from '../../read/text/decodeText';

/** Where the build puts the source documents beside the app (see the data-assets plugin in vite.config.ts). */
export const RAW_DIR = 'data/raw';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  text: string;
}

/** Lines first..last (1-based, inclusive) of a document's text. */
export function sliceLines(text: string, first: number, last: number): SourceLine[] {
  const lines = text.split(/\r\n|\n|\r/);
  const from = Math.max(1, first);
  const to = Math.min(lines.length, last);
  const out: SourceLine[] = [];
  for (let n = from; n <= to; n++) out.push({ n, text: lines[n - 1]! });
  return out;
}

const cache = new Map<string, Promise<string>>();

/** The text of a source document, fetched once from the folder served beside the app (relative URL: works under any sub-path). */
export function fetchSourceText(sourceFile: string): Promise<string> {
  let text = cache.get(sourceFile);
  if (!text) {
    text = fetch(`${RAW_DIR}/${encodeURIComponent(sourceFile)}`).then(async (response) => {
      if (!response.ok) throw new Error(`${sourceFile}: HTTP ${response.status}`);
      const decoded = decodeText(new Uint8Array(await response.arrayBuffer()));
      if (!decoded.ok) throw new Error(`${sourceFile}: ${decoded.error}`);
      return decoded.text;
    });
    text.catch(() => cache.delete(sourceFile));
    cache.set(sourceFile, text);
  }
  return text;
}
