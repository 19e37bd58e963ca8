import { commonSubsequenceToPrefixes, distancesToPrefixes } from './editDistance';
import { cutSimplifiedSuffix, simplifiedChars } from './simplifiedChars';
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

/**
 * How a whole agency's name ends (政府, 办公室, 局, 委员会, 档案馆…), as a pattern's source. Not 办: `…人民政府办` is
 * 人民政府办公室 cut short by OCR as often as a 政府办's name.
 */
export const AGENCY_ENDING = '(?:政府|办公室|局|委员会|委|厅|中心|处|所|院|站|队|会|部|馆)';

/** `009-淮南市…`, `009001-…`, `[009]…`, `【009】…`, `009 …`, `337省农业农村厅`: a numeric code before the name. */
const CODE_PREFIX = /^(?:\[(\d{2,})\]|【(\d{2,})】|(\d{2,})\s*[-－—_.、\s]\s*|(\d{3,})(?=[\u4e00-\u9fff]))/u;

/**
 * `…旅游厅335301302`, `…局 409001`: a code of six digits or more after a name that ends like a whole agency's; in brackets
 * (`湖州市教育局(401001)`, `…局[318]`, as a 部门名称及代码 cell prints it), three digits or more.
 */
const CODE_SUFFIX = new RegExp(`(?<=${AGENCY_ENDING})\\s*(?:[-－—_]?\\s*(\\d{6,})|[(\\[【](\\d{3,})[)\\]】])$`, 'u');

/**
 * A 主管部门 / 实施单位 cell → code (`009`, `009001`, else null) and canonical
 * name (whitespace collapsed, a `本级` suffix dropped, aliases resolved). The name is null-free: an
 * empty cell gives an empty name, for the caller to turn into NULL.
 */
export function parseAgency(text: string): AgencyName {
  const t = agencyText(toHalfWidth(text));
  const m = CODE_PREFIX.exec(t);
  // `福建省文化和旅游厅335301302` (a 名称及预算编码 cell): the code run onto the end of a whole agency name.
  // (The agency's words are matched in simplified characters: `…聯合會335301302`, `…局本級`.)
  const suffix = m ? null : CODE_SUFFIX.exec(simplifiedChars(t));
  const code = m ? ((m[1] ?? m[2] ?? m[3] ?? m[4]) as string) : (suffix?.[1] ?? suffix?.[2] ?? null);
  const bare = m ? t.slice(m[0].length) : suffix ? t.slice(0, suffix.index) : t;
  // `丹棱县自然资源局本级`, `…（本级）`: the agency's own budget, the agency all the same. A full stop typed after the name is none of it.
  const name = cutSimplifiedSuffix(agencyText(bare).replace(TRAILING_STOP, ''), OWN_BUDGET);
  return { code, name: AGENCY_ALIASES[name] ?? name };
}

/** Sentence marks after a name (`青禾县水利局。`). */
const TRAILING_STOP = /[。．.，,；;、]+$/u;

/** `本级`, `（本级）` after an agency's name: its own budget. */
const OWN_BUDGET = /\s*[(（]?本级[)）]?$/u;

/** Agencies named one after the other in a cell are whole names of six characters or more each. */
const MIN_LISTED_AGENCY = 6;

/**
 * The cell's text with whitespace collapsed (OCR and line breaks split names anywhere), except
 * between agencies named one after the other (`安徽省人力资源和社会保障厅 淮南市人力资源和社会保障局`,
 * the province's and the city's), which keep one space. A piece that does not end like a whole agency is
 * the start of one that a space or a line break split, and is joined to the pieces after it (`安徽省残疾人联合` /
 * `会 淮南市残疾人联合会`: a cell's name broken over two lines, then the second agency).
 */
function agencyText(text: string): string {
  const parts: string[] = [];
  let open = '';
  for (const piece of text.trim().split(/[\s\u3000\u00a0]+/u)) {
    open += piece;
    if (COMPLETE_AGENCY.test(simplifiedChars(open))) {
      parts.push(open);
      open = '';
    }
  }
  if (open !== '') parts.push(open);
  const listed = parts.length >= 2 && parts.every((part) => part.length >= MIN_LISTED_AGENCY && COMPLETE_AGENCY.test(simplifiedChars(part)));
  return listed ? parts.join(' ') : collapseName(text);
}

/** Largest edit distance at which an OCR-garbled name is taken for a known one: one character in six, at least 1. */
function maxOcrDistance(name: string): number {
  return Math.max(1, Math.floor(name.length / 6));
}

/** How much of a known name an OCR'd name must cover when OCR cut its end off. */
const MIN_COVERED = 0.75;

/** Endings of a complete agency name: a name ending so was not cut short (`上海市普陀区人民政府` is the government, not its office). */
const COMPLETE_AGENCY = new RegExp(`${AGENCY_ENDING}$`, 'u');

/**
 * Distance from an OCR'd name to a known name, or Infinity when OCR cannot
 * explain the difference. The name may add or misread characters but lose at
 * most one character of the known name (two misread characters are another
 * name: `上海市静安区…` is not `上海市普陀区…`). When the name may have lost its
 * end (it does not end like a complete agency name), it is compared with the
 * known name's prefixes covering at least three quarters of it
 * (`上海市普幹陀区人民政府力` → `上海市普陀区人民政府办`: distance 2, one character lost).
 */
function ocrDistance(name: string, known: string): number {
  const distances = distancesToPrefixes(name, known);
  const common = commonSubsequenceToPrefixes(name, known);
  const from = COMPLETE_AGENCY.test(simplifiedChars(name)) ? known.length : Math.ceil(known.length * MIN_COVERED);
  let best = Infinity;
  for (let length = from; length <= known.length; length++) {
    const lost = length - (common[length] as number);
    if (lost <= 1) best = Math.min(best, distances[length] as number);
  }
  return best;
}

/**
 * An OCR-garbled agency name (`上海市普萨区人民政府办公室`, `立上海市普陀区人民政府守办公室`,
 * `上海市普幹陀区人民政府力`) → the known name of the same document it is within a
 * small edit distance of (`上海市普陀区人民政府办公室`); null when there is
 * nothing to correct (the name is known, or no known name is close enough, or
 * two are equally close). Callers record a correction with a warning code.
 */
export function correctOcrAgency(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of known) {
    if (candidate === name) return null;
    const d = ocrDistance(name, candidate);
    if (d < bestDistance) {
      [best, bestDistance, tie] = [candidate, d, false];
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  if (best === null || tie || bestDistance > maxOcrDistance(best)) return null;
  return best;
}
