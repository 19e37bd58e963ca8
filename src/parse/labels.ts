/**
 * Label synonyms and column roles of the performance forms, shared by every layout parser.
 * Labels are compared by `labelKey`: whitespace and line breaks removed, full-width brackets
 * and colons folded, a trailing colon dropped; a synonym also matches a label that adds a
 * bracketed suffix (`全年预算数（A）`, `执行率（B/A)`, `预算金额（单位：万元）`).
 * Another province's template is a few synonyms away: add them here, not in the parsers.
 */

/** Keys of recently seen cell texts: forms repeat the same labels, so most lookups hit. */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 4096;

/** The comparable form of a label cell. */
export function labelKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = text
    .replace(/\s+/gu, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/:+$/, '');
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

/** The key without a trailing bracketed note: `全年预算数(A)` → `全年预算数`. */
function stripSuffix(key: string): string {
  return key.replace(/\([^()]*\)$/, '').replace(/:+$/, '');
}

/** Label cells are short; longer text (a goal, a note) is never compared. */
const MAX_LABEL_TEXT = 60;

/** Synonym keys, computed once per synonym list. */
const synonymKeys = new WeakMap<readonly string[], Set<string>>();

function keysOf(synonyms: readonly string[]): Set<string> {
  let keys = synonymKeys.get(synonyms);
  if (!keys) {
    keys = new Set(synonyms.map(labelKey));
    synonymKeys.set(synonyms, keys);
  }
  return keys;
}

function matchesKey(key: string, synonyms: readonly string[]): boolean {
  const keys = keysOf(synonyms);
  return keys.has(key) || (key.endsWith(')') && keys.has(stripSuffix(key)));
}

/** True when the cell text is one of the synonyms (exactly, or with a bracketed suffix). */
export function matchesLabel(text: string, synonyms: readonly string[]): boolean {
  if (text === '' || text.length > MAX_LABEL_TEXT) return false;
  const key = labelKey(text);
  return key !== '' && matchesKey(key, synonyms);
}

/** The role whose synonyms match the text, or null. */
export function matchRole<Role extends string>(text: string, roles: Readonly<Record<Role, readonly string[]>>): Role | null {
  if (text === '' || text.length > MAX_LABEL_TEXT) return null;
  const key = labelKey(text);
  if (key === '') return null;
  for (const role of Object.keys(roles) as Role[]) {
    if (matchesKey(key, roles[role])) return role;
  }
  return null;
}

/** Header fields given as label → value pairs. */
export const HEADER_FIELD_LABELS = {
  project: ['项目名称', '项目支出名称'],
  department: ['主管部门', '主管部门及代码', '主管单位', '主管部门(单位)'],
  implementingUnit: ['实施单位', '项目实施单位'],
  projectSource: ['项目来源'],
  projectPeriod: ['项目期', '项目周期'],
  grade: ['评分等级', '自评等级', '绩效等级'],
  responsible: ['项目责任人', '项目负责人', '单位(盖章)', '填列单位(公章)'],
} as const;
export type HeaderField = keyof typeof HEADER_FIELD_LABELS;

/** The first cell of the funds block (`项目资金（万元）`). */
export const FUNDS_BLOCK_LABELS = ['项目资金', '项目资金(万元)', '资金(万元)'] as const;

/** Columns of a self-evaluation's funds block. */
export const FUNDS_COLUMN_ROLES = {
  budgetInitial: ['年初预算数', '年初预算'],
  budgetFullYear: ['全年预算数', '调整后预算数', '调整后预算', '全年预算'],
  executed: ['全年执行数', '预算执行数', '执行数'],
  weight: ['分值', '分数', '权重'],
  rate: ['执行率', '预算执行率', '执行率(%)'],
  score: ['得分'],
} as const;
export type FundsColumn = keyof typeof FUNDS_COLUMN_ROLES;

/** Row labels of the funds block. */
export const FUNDS_ROW_LABELS = {
  total: ['年度资金总额', '资金总额', '年度资金总额(万元)'],
  fiscal: ['其中:本年财政拨款', '其中:当年财政拨款', '其中:财政拨款', '本年财政拨款', '当年财政拨款', '财政拨款'],
  carryOver: ['上年结转资金', '其中:上年结转资金'],
  other: ['其他资金', '其中:其他资金'],
} as const;
export type FundsRowKind = keyof typeof FUNDS_ROW_LABELS;

/** The first cell of the goal block: a column header (self-evaluation) or a label → value pair (target table). */
export const GOAL_BLOCK_LABELS = ['年度总体目标', '年度总体目标完成情况', '总体目标', '年度目标', '年度绩效目标'] as const;

/** Columns of a self-evaluation's goal block. */
export const GOAL_COLUMN_ROLES = {
  expected: ['预期目标'],
  actual: ['实际完成情况'],
} as const;
export type GoalColumn = keyof typeof GOAL_COLUMN_ROLES;

/** The first cell of the indicator block. */
export const INDICATOR_BLOCK_LABELS = ['绩效指标', '年度绩效指标完成情况', '绩效指标完成情况', '年度绩效指标'] as const;

/**
 * Columns of an indicator table (self-evaluation and target table). `nature` and `unit` are the
 * Sichuan template's split target (`指标性质` ≥ / `指标值` 90 / `度量单位` %).
 */
export const INDICATOR_COLUMN_ROLES = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '绩效指标名称', '指标名称'],
  nature: ['指标性质'],
  target: ['年度指标值', '指标值', '目标值', '年度目标值'],
  unit: ['度量单位', '计量单位'],
  actual: ['实际完成值', '完成值', '全年实际值', '实际值'],
  weight: ['分值', '分数', '权重'],
  score: ['得分'],
  deviationNote: ['偏差原因分析及改进措施', '偏差原因分析', '未完成原因分析', '偏差原因及改进措施'],
} as const;
export type IndicatorColumn = keyof typeof INDICATOR_COLUMN_ROLES;

/** The total row. */
export const TOTAL_LABELS = ['总分', '合计', '总计'] as const;

/** Columns of a project list (清单). */
export const LIST_COLUMN_ROLES = {
  seq: ['序号'],
  project: ['项目名称', '项目支出名称'],
  amount: ['预算金额', '金额', '资金总额', '预算数'],
} as const;
export type ListColumn = keyof typeof LIST_COLUMN_ROLES;

/** Blocks that follow a form and are narrative or sign-off, not data. Matched as prefixes of the label key. */
export const NARRATIVE_PREFIXES = ['项目绩效分析', '单位负责人签字', '填表人', '联系电话', '填报日期', '自评结果分析'] as const;

/** Title of a form or list, matched in the label key. */
export const TITLE_PATTERNS = {
  list: /清单$/,
  targetTable: /绩效目标表$/,
  selfEvaluation: /绩效自评表$/,
} as const;

/** A statement of the fiscal year: `（2024年度）`, `（ 2021   年度）`, `2024年度项目支出绩效自评表`. */
export const YEAR_STATEMENT = /(?:19|20)\d{2}\s*年度/u;

/**
 * 二级指标 labels (as prefixes of the label key) and the 一级指标 family they belong to,
 * for carrying a blank 一级 cell down or inferring it.
 */
export const LEVEL1_FAMILIES = {
  产出指标: ['数量', '质量', '时效', '成本'],
  效益指标: ['经济效益', '社会效益', '生态效益', '可持续影响', '可持续'],
  满意度指标: ['服务对象满意度', '满意度'],
} as const;
export type Level1Family = keyof typeof LEVEL1_FAMILIES;

/** The family a 二级指标 label belongs to, or null. */
export function level1FamilyOfLevel2(level2: string): Level1Family | null {
  const key = labelKey(level2);
  for (const family of Object.keys(LEVEL1_FAMILIES) as Level1Family[]) {
    if (LEVEL1_FAMILIES[family].some((prefix) => key.startsWith(prefix))) return family;
  }
  return null;
}

/** The family a 一级指标 cell names (`产出指标(50分)`, `满意度\n指标`), or null. */
export function level1Family(level1: string): Level1Family | null {
  const key = labelKey(level1);
  if (key.startsWith('产出')) return '产出指标';
  if (key.startsWith('效益')) return '效益指标';
  if (key.startsWith('满意度')) return '满意度指标';
  return null;
}

/** Names that stand for "no indicator here" when the row has no values: `指标1：`, `……`, `此项目不涉及`. */
export const PLACEHOLDER_INDICATOR_NAME = /^(?:指标\d*[:：]?|[…\.。·\-—]+|此项目不涉及|不涉及|无)?$/u;
