import type { ReadResult } from './grid';
import { loadKeepingBuiltins } from './keptBuiltins';
import { pdfRulings } from './pdfRulings';
import { type PdfPage, type PlacedText, pdfTextRows, textItems } from './pdfTextRows';
import { cMapsMissingError, corruptError, encryptedPdfError, scannedPdfError, unmappedPdfTextError } from './readErrors';
import { renderedGrid } from './renderedGrid';

export interface PdfOptions {
  /**
   * Reads one of pdf.js's packed CMap files (e.g. `UniGB-UCS2-H.bcmap`, shipped in
   * `pdfjs-dist/cmaps/`), for PDFs whose Chinese fonts are not embedded (Adobe's STSong-Light).
   * Without it such a PDF is refused with a message naming the CMaps (its text would come out
   * empty or wrong); the reader itself never fetches anything.
   */
  readonly cMaps?: (fileName: string) => Promise<Uint8Array>;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | null = null;

/**
 * pdf.js, loaded on first use. Its worker module is imported first: it registers itself as
 * `globalThis.pdfjsWorker`, so pdf.js runs it in this thread (its "fake worker") instead of
 * starting a Worker, in Node and inside the app's own Web Worker alike. Inside a Web Worker that
 * module also answers on the worker's own port: it posts one
 * `{ sourceName: 'worker', targetName: 'main', action: 'ready' }` to the page when loaded, which
 * the app's worker protocol must ignore.
 */
function loadPdfjs(): Promise<Pdfjs> {
  // Its bundled core-js would replace built-ins every later document is read with (see `keptBuiltins`).
  pdfjs ??= loadKeepingBuiltins(() => import('pdfjs-dist/legacy/build/pdf.worker.mjs').then(() => import('pdfjs-dist/legacy/build/pdf.mjs')));
  return pdfjs;
}

/**
 * A PDF's bytes → its grid, from its text layer (see `pdfTextRows` for how lines and cells are
 * told). A PDF without any text (a scan) is refused: OCR is not this reader's job. Nothing is
 * fetched: no fonts, no CMaps (unless `options.cMaps` supplies them), no wasm.
 */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ReadResult> {
  const { getDocument, OPS } = await loadPdfjs();
  const missingCMaps = new Set<string>();
  class LocalData {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind === 'cMapUrl' && options.cMaps) return options.cMaps(filename);
      if (kind === 'cMapUrl') missingCMaps.add(filename.replace(/\.bcmap$/, ''));
      throw new Error(`${filename} is not available: the PDF reader fetches nothing`);
    }
  }
  const task = getDocument({
    data: bytes.slice(),
    BinaryDataFactory: LocalData,
    cMapUrl: options.cMaps ? 'local/' : undefined,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const viewport = upright(page, content.items);
      const placed: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        const [left = 0, top = 0] = viewport.convertToViewportPoint(x, y);
        placed.push({ text: item.str, x: left, y: top, width: item.width, height: item.height || Math.hypot(c, d) });
      }
      const items = textItems(placed);
      const toPage = (px: number, py: number) => viewport.convertToViewportPoint(px, py);
      pages.push({ width: viewport.width, items, rulings: pdfRulings(await page.getOperatorList(), OPS, toPage) });
      page.cleanup();
    }
    if (missingCMaps.size > 0) return { ok: false, error: cMapsMissingError([...missingCMaps]) };
    if (pages.every((page) => page.items.length === 0)) return { ok: false, error: scannedPdfError() };
    if (unmappedText(pages)) return { ok: false, error: unmappedPdfTextError() };
    return { ok: true, grid: renderedGrid('pdf', 'pdf-text', pdfTextRows(pages)) };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { ok: false, error: encryptedPdfError() };
    return { ok: false, error: corruptError('PDF', error instanceof Error ? error.message : String(error)) };
  } finally {
    await task.destroy();
  }
}

/** Characters of text a PDF must hold before its lack of any Chinese character says its fonts map none. */
const MIN_UNMAPPED_TEXT = 50;

/**
 * A text layer whose fonts map their glyphs to no Unicode characters (a PDF printed to PostScript
 * and distilled again, some print drivers): pdf.js gives the glyph codes as Latin letters and
 * punctuation (`!"#$%&'()*+,`). A form of this genre holds Chinese on every page, so a text layer
 * of some length with no Han character at all is such a one.
 */
function unmappedText(pages: readonly PdfPage[]): boolean {
  let length = 0;
  for (const page of pages) {
    for (const item of page.items) {
      if (/\p{Script=Han}/u.test(item.text)) return false;
      length += item.text.replace(/\s+/g, '').length;
    }
  }
  return length >= MIN_UNMAPPED_TEXT;
}

type PdfPageProxy = Awaited<ReturnType<Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>['getPage']>>;
type PageViewport = ReturnType<PdfPageProxy['getViewport']>;

/**
 * The page's view turned so its text runs left to right. A page is shown as its /Rotate says,
 * and most pages' text then runs left to right; but a page whose /Rotate turns horizontal text
 * on its side (or whose text is set sideways on an unturned page: a landscape sheet printed
 * onto a portrait page) would give lines running down the view. The baseline of most of the
 * page's text (each item weighted by its length) decides the quarter turn.
 */
function upright(page: PdfPageProxy, items: readonly unknown[]): PageViewport {
  const shown = page.getViewport({ scale: 1 });
  const weight = new Map<number, number>();
  const [va = 1, vb = 0, vc = 0, vd = 1] = shown.transform as number[];
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item) || !('transform' in item)) continue;
    const [a = 1, b = 0] = item.transform as number[];
    // The baseline's direction in the view (y down): the view's matrix applied to the text's x axis.
    const quarter = (Math.round(Math.atan2(vb * a + vd * b, va * a + vc * b) / (Math.PI / 2)) + 4) % 4;
    weight.set(quarter, (weight.get(quarter) ?? 0) + String(item.str).length);
  }
  const [quarter] = [...weight].sort((x, y) => y[1] - x[1])[0] ?? [0];
  return quarter === 0 ? shown : page.getViewport({ scale: 1, rotation: (shown.rotation + 360 - 90 * quarter) % 360 });
}
