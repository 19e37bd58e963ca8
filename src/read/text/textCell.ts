import type { GridCell } from '../grid';
import { withoutPinyinNotes } from '../pinyinNotes';
import { withoutStrayLetters } from './strayLetters';

/** Word field artefacts that are not printed text, e.g. `[bookmark: _GoBack]`. */
const FIELD_ARTEFACT = /\[bookmark:[^\]]*\]/g;

/** A piece of a cell as a text line prints it: field artefacts, pinyin notes and OCR's stray letters dropped, trimmed. */
export function cellText(text: string): string {
  // A field artefact starts with a bracket: most cells have none.
  const artefact = text.includes('[') ? text.replace(FIELD_ARTEFACT, '') : text;
  return withoutStrayLetters(withoutPinyinNotes(artefact)).trim();
}

/** The address of a cell of a text file: its line, and its place on the line when the line holds several. */
export function textRef(line: number, index: number | null): string {
  return index === null ? `第${line}行` : `第${line}行第${index + 1}格`;
}

/** A grid cell of a text file; `lines` only when the cell spans more than one. */
export function textCell(text: string, col: number, lines: readonly number[], index: number | null): GridCell {
  const line = lines[0] ?? 0;
  return lines.length > 1 ? { text, col, span: 1, line, lines, ref: textRef(line, index) } : { text, col, span: 1, line, ref: textRef(line, index) };
}
