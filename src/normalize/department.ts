import { editDistance } from './editDistance';
import { collapseName, toHalfWidth } from './text';

/** An agency cell split into its code and its canonical name. */
export interface AgencyName {
  readonly code: string | null;
  readonly name: string;
}

/**
 * Names that mean the same agency → the canonical name. Add a line here when
 * a document writes an agency another way.
 */
export const AGENCY_ALIASES: Readonly<Record<string, string>> = {
  湘西自治州政府办: '湘西自治州人民政府办公室',
  湘西州人民政府办公室: '湘西自治州人民政府办公室',
  湘西州政府办: '湘西自治州人民政府办公室',
};

/** `009-淮南市…`, `009001-…`, `[009]…`, `【009】…`, `009 …`: a numeric code before the name. */
const CODE_PREFIX = /^(?:\[(\d{2,})\]|【(\d{2,})】|(\d{2,})\s*[-－—_.、\s]\s*)/;

/**
 * A 主管部门 / 实施单位 cell → code (`009`, `009001`, else null) and canonical
 * name (whitespace collapsed, aliases resolved). The name is null-free: an
 * empty cell gives an empty name, for the caller to turn into NULL.
 */
export function parseAgency(text: string): AgencyName {
  const t = collapseName(toHalfWidth(text));
  const m = CODE_PREFIX.exec(t);
  const code = m ? ((m[1] ?? m[2] ?? m[3]) as string) : null;
  const name = collapseName(m ? t.slice(m[0].length) : t);
  return { code, name: AGENCY_ALIASES[name] ?? name };
}

/** Largest edit distance at which an OCR-garbled name is taken for a known one: one character in eight, at most 2. */
function maxOcrDistance(name: string): number {
  return Math.min(2, Math.floor(name.length / 8));
}

/**
 * An OCR-garbled agency name (`上海市普萨区人民政府办公室`) → the known name of
 * the same document it is within a small edit distance of (`上海市普陀区人民政府办公室`),
 * or null when there is no such name or more than one is equally close.
 * Callers record the correction with a warning code.
 */
export function correctOcrAgency(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of known) {
    if (candidate === name) return null;
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      [best, bestDistance, tie] = [candidate, d, false];
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  if (best === null || tie || bestDistance > maxOcrDistance(best)) return null;
  return best;
}
