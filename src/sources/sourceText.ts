import { decodeText } from '../read/text/decodeText';
import { splitSourceLines, type SourceLine } from '../read/text/sourceLines';

/** Where the build puts the source documents beside the app (see the data-assets plugin in vite.config.ts). */
export const RAW_DIR = 'data/raw';

/** Lines first..last (1-based, inclusive) of a document's text, numbered as the parser numbers them. */
export function sliceLines(text: string, first: number, last: number): SourceLine[] {
  return splitSourceLines(text).slice(Math.max(1, first) - 1, Math.max(0, last));
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
