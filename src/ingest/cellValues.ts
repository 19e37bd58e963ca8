import type { Cell } from '../parse/forms';
import { isMissingMark } from '../normalize/text';

/** A cell's text as printed (trimmed by the parser), or null for an absent or empty cell. */
export function rawText(cell: Cell | null): string | null {
  if (cell === null) return null;
  const t = cell.text.trim();
  return t === '' ? null : t;
}

/** A cell's text, or null when it is absent or prints a missing mark (`—`, `-`, empty). */
export function valueText(cell: Cell | null): string | null {
  return cell === null || isMissingMark(cell.text) ? null : cell.text.trim();
}

/**
 * Reads a cell with a normalizer; a cell that shows something yet does not
 * read as a value adds the warning `<field>_unreadable` (the raw text stays in
 * the source line for review).
 */
export function readCell(
  cell: Cell | null,
  parse: (text: string) => number | null,
  field: string,
  warnings: string[],
): number | null {
  const text = valueText(cell);
  if (text === null) return null;
  const value = parse(text);
  if (value === null) warnings.push(`${field}_unreadable`);
  return value;
}

/** Warnings without repeats, in first-seen order. */
export function uniqueWarnings(warnings: readonly string[]): string[] {
  return [...new Set(warnings)];
}
