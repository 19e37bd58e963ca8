import {
  CHROME_PREFIXES,
  FUNDS_BLOCK_LABELS,
  FUNDS_COLUMN_ROLES,
  FUNDS_ROW_LABELS,
  GOAL_BLOCK_LABELS,
  GOAL_COLUMN_ROLES,
  HEADER_FIELD_LABELS,
  INDICATOR_ASIDE_LABELS,
  INDICATOR_BLOCK_LABELS,
  INDICATOR_COLUMN_ROLES,
  LIST_COLUMN_ROLES,
  MAX_LABEL_KEY,
  NARRATIVE_PREFIXES,
  TITLE_PATTERNS,
  TOTAL_LABELS,
  WHOLE_YEAR_IN_BRACKETS,
  keyMatches,
  roleOfKey,
  startsWithAny,
} from './labels';

/**
 * What part of a form a label cell belongs to. Header groups name columns (their labels stand in
 * a run); the others start a row of their own.
 */
export type LabelGroup =
  | 'title'
  | 'year'
  | 'project'
  | 'headField'
  | 'fundsHeader'
  | 'fundsRow'
  | 'goalHeader'
  | 'indicatorHeader'
  | 'total'
  | 'grade'
  | 'narrative'
  | 'chrome'
  | 'listHeader';

export const HEADER_GROUPS: ReadonlySet<LabelGroup> = new Set(['fundsHeader', 'goalHeader', 'indicatorHeader', 'listHeader']);


const groups = new Map<string, LabelGroup | null>();

/**
 * The group a cell's label key names, or null for a cell that is no label (data, a name, a
 * blank). Labels shared by two groups (`分值`, `得分`, `权重` in the funds and the indicator
 * header) give the indicator header here; a run of header labels keeps the group it started with.
 */
export function labelGroup(key: string): LabelGroup | null {
  if (key === '' || key.length > MAX_GROUP_KEY) return null;
  const known = groups.get(key);
  if (known !== undefined) return known;
  const group = computeGroup(key);
  if (groups.size > 20_000) groups.clear();
  groups.set(key, group);
  return group;
}

/** Longer keys are text, not labels: no group (and no lookup, which would hash them). */
const MAX_GROUP_KEY = 60;

function computeGroup(key: string): LabelGroup | null {
  if (TITLE_PATTERNS.selfEvaluation.test(key) || TITLE_PATTERNS.targetTable.test(key) || (TITLE_PATTERNS.list.test(key) && key.length <= MAX_LABEL_KEY)) return 'title';
  if (WHOLE_YEAR_IN_BRACKETS.test(key)) return 'year';
  if (key.length > MAX_LABEL_KEY) return null;
  const field = roleOfKey(key, HEADER_FIELD_LABELS);
  if (field === 'project') return 'project';
  if (field === 'grade') return 'grade';
  if (field !== null) return 'headField';
  if (keyMatches(key, TOTAL_LABELS) && key !== '自评得分') return 'total';
  if (roleOfKey(key, FUNDS_ROW_LABELS) !== null) return 'fundsRow';
  if (keyMatches(key, INDICATOR_BLOCK_LABELS) || roleOfKey(key, INDICATOR_COLUMN_ROLES) !== null || keyMatches(key, INDICATOR_ASIDE_LABELS)) return 'indicatorHeader';
  if (keyMatches(key, FUNDS_BLOCK_LABELS) || roleOfKey(key, FUNDS_COLUMN_ROLES) !== null) return 'fundsHeader';
  if (keyMatches(key, GOAL_BLOCK_LABELS) || roleOfKey(key, GOAL_COLUMN_ROLES) !== null) return 'goalHeader';
  if (roleOfKey(key, LIST_COLUMN_ROLES) === 'seq') return 'listHeader';
  if (startsWithAny(key, NARRATIVE_PREFIXES)) return 'narrative';
  if (startsWithAny(key, CHROME_PREFIXES)) return 'chrome';
  return null;
}

/** Whether a label of `group` may continue a header run of `run` (labels both headers share). */
export function continuesHeader(run: LabelGroup, key: string, group: LabelGroup): boolean {
  if (group === run) return true;
  if (run === 'fundsHeader') return roleOfKey(key, FUNDS_COLUMN_ROLES) !== null || keyMatches(key, FUNDS_BLOCK_LABELS);
  if (run === 'listHeader') return roleOfKey(key, LIST_COLUMN_ROLES) !== null;
  return false;
}
