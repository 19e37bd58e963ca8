/**
 * Characters a document holds in place of others they look like, which no label, name or figure
 * matches: CJK radicals for ideographs (a PDF's text layer), full-width figures for ASCII ones
 * (typed or OCR'd). `readDocument` replaces them in the grid's text and cells alike — one
 * character for one, so lines and places stay — and notes how many cells it changed.
 */
export interface Lookalike {
  /** Whether the text holds any. */
  readonly holds: (text: string) => boolean;
  /** The text with each replaced by the character it stands for (the same string when none is). */
  readonly replace: (text: string) => string;
  /** The grid's note, given how many cells were changed. */
  readonly note: (cells: number) => string;
}
