import type { Lang, Localized } from './lang';

/**
 * UI texts of the app shell and the shared components; a module's own texts are its `const L = { … }`
 * beside it. A text that shows values is a function of them in both languages.
 */
export const DICT = {
  appName: { zh: '绩效透视', en: 'EvalLens' },
  appTagline: { zh: '项目支出绩效自评分析', en: 'Project-expenditure performance analytics' },
  loading: { zh: '正在加载数据', en: 'Loading data' },
  loadingSources: { zh: (n: string) => `正在载入 ${n} 份文件的数据`, en: (n: string) => `Loading the data of ${n} files` },
  loadingData: { zh: '正在载入数据', en: 'Loading the data' },
  rulesUpdating: { zh: '更新中', en: 'updating' },
  loadError: { zh: '数据加载失败', en: 'The data could not be loaded' },
  loadErrorHint: {
    zh: '请先运行 npm run ingest 生成 data/parquet/ 下的数据文件，再重新构建。',
    en: 'Run npm run ingest to write the files under data/parquet/, then build again.',
  },
  file: { zh: '文件', en: 'File' },
  filters: { zh: '筛选', en: 'Filters' },
  year: { zh: '年度', en: 'Year' },
  region: { zh: '地区', en: 'Region' },
  department: { zh: '主管部门', en: 'Department' },
  implementingUnit: { zh: '实施单位', en: 'Implementing unit' },
  search: { zh: '项目名称搜索', en: 'Search projects' },
  rateRange: { zh: '执行率 %', en: 'Execution %' },
  rateMin: { zh: '最低', en: 'min' },
  rateMax: { zh: '最高', en: 'max' },
  flaggedOnly: { zh: '风险线索', en: 'Findings' },
  flaggedAny: { zh: '全部项目', en: 'All projects' },
  flaggedLow: { zh: '仅看有线索的', en: 'Flagged only' },
  flaggedMedium: { zh: '有中及以上线索', en: 'Medium or high' },
  flaggedHigh: { zh: '有高风险线索', en: 'High only' },
  flaggedChip: { zh: '仅看有风险线索', en: 'Flagged only' },
  flaggedChipMin: { zh: '风险线索至少', en: 'Findings at least' },
  hideDamaged: { zh: '隐藏损坏表', en: 'Hide damaged forms' },
  hideDamagedHint: {
    zh: '不计入名称或关键数字无法读出的表（数据质量为“损坏”）',
    en: 'Leave out forms whose name or a key figure could not be read (data quality “damaged”)',
  },
  all: { zh: '全部', en: 'All' },
  selectedMany: { zh: (n: number) => `已选 ${n} 项`, en: (n: number) => `${n} selected` },
  multiSelect: { zh: '多选', en: 'Several' },
  multiSelectHint: { zh: '勾选多个取值；直接在左侧选择则只看一个', en: 'Tick several values; a pick on the left shows only that one' },
  clearAll: { zh: '清除全部', en: 'Clear all' },
  removeFilter: { zh: '移除筛选', en: 'Remove filter' },
  noData: { zh: '当前筛选下没有数据', en: 'No data for the current filters' },
  queryError: { zh: '查询出错', en: 'Query failed' },
  exportPng: { zh: '导出 PNG', en: 'PNG' },
  moreItems: { zh: (n: string) => `另有 ${n} 项未列出`, en: (n: string) => `and ${n} more, not listed` },
  exportSvg: { zh: '导出 SVG', en: 'SVG' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportXlsx: { zh: '导出 XLSX', en: 'Export XLSX' },
  noFilter: { zh: '全部数据', en: 'All data' },
  language: { zh: 'English', en: '中文' },
  close: { zh: '关闭', en: 'Close' },
  print: { zh: '打印', en: 'Print' },
  projects: { zh: '项目', en: 'projects' },
} satisfies Record<string, Localized | Localized<(...values: never[]) => string>>;

export type DictKey = keyof typeof DICT;

/** The keys of the plain texts (the others are functions of the values they show). */
export type TextKey = { [K in DictKey]: (typeof DICT)[K][Lang] extends string ? K : never }[DictKey];

/** The flagged-only filter's settings in words: every project, then each least severity a finding must have. */
export const FLAGGED_TEXT = { '': 'flaggedAny', low: 'flaggedLow', medium: 'flaggedMedium', high: 'flaggedHigh' } as const satisfies Record<string, TextKey>;

/** A text in the UI language: a string, or the function of a text that shows values (`t(lang, 'selectedMany')(3)`). */
export const t = <K extends DictKey>(lang: Lang, key: K): (typeof DICT)[K][Lang] => DICT[key][lang];

