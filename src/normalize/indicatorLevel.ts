import { simplifiedChars } from './simplifiedChars';
import { stripSpaces, toHalfWidth } from './text';

/** Canonical 一级指标 names of the contract. */
export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标'] as const;
export type Level1Name = (typeof LEVEL1_NAMES)[number];

/** Canonical 二级指标 names of the contract, each with the 一级指标 it belongs to. */
export const LEVEL2_PARENT = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
} as const satisfies Record<string, Level1Name>;
export type Level2Name = keyof typeof LEVEL2_PARENT;
export const LEVEL2_NAMES = Object.keys(LEVEL2_PARENT) as Level2Name[];

/** Spellings that are not an abbreviation of a canonical name (older wording, other templates). */
const LEVEL1_SYNONYMS: Readonly<Record<string, Level1Name>> = {
  效果指标: '效益指标',
};
const LEVEL2_SYNONYMS: Readonly<Record<string, Level2Name>> = {
  可持续发展指标: '可持续影响指标',
  社会公众或服务对象满意度指标: '服务对象满意度指标',
  满意度指标: '服务对象满意度指标',
};

/**
 * A 一级指标 label cell → its canonical name, or null when it is none of them.
 * Line breaks, spaces and the points in parentheses go first
 * (`产\n出\n指\n标\n(50分)` → `产出指标`).
 */
export function canonicalLevel1(text: string | null | undefined): Level1Name | null {
  return canonical(text, LEVEL1_NAMES, LEVEL1_SYNONYMS);
}

/**
 * A 二级指标 label cell → its canonical name, or null. Beyond exact names and
 * synonyms, a label whose characters all appear, in order, in exactly one
 * canonical name is that name: `经济效益` → `经济效益指标`, and OCR's split,
 * half-lost `服 对 满 度 标` → `服务对象满意度指标`. Ambiguous labels (`效益指标`) stay null.
 */
export function canonicalLevel2(text: string | null | undefined): Level2Name | null {
  return canonical(text, LEVEL2_NAMES, LEVEL2_SYNONYMS);
}

/** The 一级指标 a canonical 二级指标 belongs to (to fill a blank 一级 cell). */
export function level1Of(level2: Level2Name): Level1Name {
  return LEVEL2_PARENT[level2];
}

function canonical<N extends string>(
  text: string | null | undefined,
  names: readonly N[],
  synonyms: Readonly<Record<string, N>>,
): N | null {
  if (text == null) return null;
  // Read in simplified characters: a traditional `產出指標` is the level 产出指标.
  const label = simplifiedChars(stripSpaces(toHalfWidth(text))).replace(/\(\d+(?:\.\d+)?分\)$/, '');
  if (label.length < 2) return null;
  const exact = names.find((n) => n === label) ?? synonyms[label];
  if (exact) return exact;
  const candidates = names.filter((n) => isSubsequence(label, n));
  return candidates.length === 1 ? (candidates[0] as N) : null;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (i < needle.length && ch === needle[i]) i++;
  return i === needle.length;
}
