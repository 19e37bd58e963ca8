/**
 * Characters a document holds in place of others they look like, which no label, name or figure
 * matches: CJK radicals for ideographs (a PDF's text layer), full-width figures for ASCII ones
 * (typed or OCR'd), and a mirror site's pinyin notes (`項(xiàng)目`), which no label matches either. `readDocument`
 * applies `replace` to every cell and to the grid's text — one character for one, so lines and places stay (pinyin
 * notes and a figure's currency sign or doubled percent sign, `figureMarks.ts`, are dropped: lines stay, places after them move); a replacement that looks at the whole text it is
 * given (a full-width figure is one only as a whole cell) leaves the document's text as printed —
 * and notes how many cells it changed.
 */
export interface Lookalike {
  /** Whether the text holds any. */
  readonly holds: (text: string) => boolean;
  /** The text with each replaced by the character it stands for (the same string when none is). */
  readonly replace: (text: string) => string;
  /** The grid's note, given how many cells were changed. */
  readonly note: (cells: number) => string;
}
