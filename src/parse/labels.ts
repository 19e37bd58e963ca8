/**
 * The label vocabulary of the performance forms: every label and column role the recognizer knows,
 * as synonyms in data. Another province's template is a few synonyms away: add them here (see
 * README, "Adding a synonym"), never as a branch in the recognizer.
 *
 * Labels are compared by `labelKey`: in simplified characters, whitespace and line breaks removed,
 * full-width brackets and colons folded, a trailing colon dropped; a synonym also matches a label that adds a bracketed
 * suffix (`全年预算数（A）`, `执行率（B/A)`, `预算金额（单位：万元）`).
 */

import { simplifiedChars } from '../normalize/simplifiedChars';
import { tableTextMemo, textMemo } from '../normalize/textMemo';

/**
 * The marks a web form prints before a required field's label: `*` (the EasyUI internal-control system's edit page), `✶`
 * (the debt management system's ExtJS windows, w-05) and their look-alikes.
 */
const REQUIRED_MARK = '[*＊∗⁎✱✳✶★]';

/** What `labelKey` changes: whitespace, full-width brackets and colons, a trailing colon, a required field's leading mark. */
const FOLDED = new RegExp(`[\\s（［【）］】：]|:$|^${REQUIRED_MARK}`, 'u');
const LEADING_REQUIRED_MARKS = new RegExp(`^${REQUIRED_MARK}+(?!${REQUIRED_MARK}|$)`, 'u');

/** The comparable form of a label cell (kept by text: forms repeat the same labels, see `textMemo`). */
export const labelKey: (printed: string) => string = textMemo((printed) => {
  // Labels are matched in simplified characters (a traditional document's `項目名稱` is the label 项目名称).
  const text = simplifiedChars(printed);
  // Most cells (names, figures, labels as printed) have nothing to fold: their key is their text.
  if (!FOLDED.test(text)) return text;
  return text
    .replace(/\s+/gu, '')
    .replace(/[（［【]/g, '(')
    .replace(/[）］】]/g, ')')
    .replace(/：/g, ':')
    .replace(/:+$/, '')
    // A web form's mark of a required field (`*全年执行数`, `✶项目名称`) is no part of its label.
    .replace(LEADING_REQUIRED_MARKS, '');
});

/** The key without a trailing bracketed note: `全年预算数(A)` → `全年预算数`. */
function stripSuffix(key: string): string {
  return key.replace(/\([^()]*\)$/, '').replace(/:+$/, '');
}

/**
 * A column's circled number and the formula it enters (Fujian's 部门整体支出 header: `年中调整金额②`,
 * `支出实现率(%)⑤=④/③`): a note after the label, like a bracketed one.
 */
const CIRCLED_NOTE = /[①-⑳](?:=[①-⑳+\-−/×*]+)?$|^[①-⑳]/u;

/** Label cells are short; longer text (a goal, a note) is never compared. */
export const MAX_LABEL_KEY = 40;

/** Roles by key, computed once per role table. */
const roleMaps = new WeakMap<object, Map<string, string>>();

function roleMap<Role extends string>(roles: Readonly<Record<Role, readonly string[]>>): Map<string, Role> {
  let map = roleMaps.get(roles);
  if (!map) {
    map = new Map();
    for (const role of Object.keys(roles) as Role[]) for (const synonym of roles[role]) if (!map.has(labelKey(synonym))) map.set(labelKey(synonym), role);
    roleMaps.set(roles, map);
  }
  return map as Map<string, Role>;
}

const ITEM_NUMBER = /^(?:\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、)/u;

type RoleTable = Readonly<Record<string, readonly string[]>>;

/** The role a label key names in a role table (exactly, or with a bracketed suffix), or null. */
export function roleOfKey<Role extends string>(key: string, roles: Readonly<Record<Role, readonly string[]>>): Role | null {
  return rolesByKey(key, roles) as Role | null;
}

/** Roles by key and table, kept (see `textMemo`). */
const rolesByKey = tableTextMemo((key: string, roles: RoleTable): string | null => {
  if (key === '' || key.length > MAX_LABEL_KEY) return null;
  const map = roleMap(roles);
  const exact = map.get(key);
  if (exact !== undefined) return exact;
  // `(一)财政拨款小计`, `一、项目名称`: a row label numbered as an item of its block.
  const item = ITEM_NUMBER.exec(key);
  if (item) return roleOfKey(key.slice(item[0].length), roles);
  if (CIRCLED_NOTE.test(key)) return roleOfKey(key.replace(CIRCLED_NOTE, ''), roles);
  if (!key.endsWith(')')) return null;
  const stripped = stripSuffix(key);
  // `预算执行情况(10分)(万元)`: up to two bracketed notes, the inner one kept where it makes a synonym (`全年执行数(其他)(元)`).
  return map.get(stripped) ?? (stripped.endsWith(')') ? map.get(stripSuffix(stripped)) : undefined) ?? null;
});

/** The role whose synonyms match the cell text, or null. */
export function matchRole<Role extends string>(text: string, roles: Readonly<Record<Role, readonly string[]>>): Role | null {
  return roleOfKey(labelKey(text), roles);
}

const listTables = new WeakMap<readonly string[], Record<'label', readonly string[]>>();

/** True when the label key is one of the synonyms (exactly, or with a bracketed suffix). */
export function keyMatches(key: string, synonyms: readonly string[]): boolean {
  let table = listTables.get(synonyms);
  if (!table) {
    table = { label: synonyms };
    listTables.set(synonyms, table);
  }
  return roleOfKey(key, table) !== null;
}

/** True when the cell text is one of the synonyms (exactly, or with a bracketed suffix). */
export function matchesLabel(text: string, synonyms: readonly string[]): boolean {
  return keyMatches(labelKey(text), synonyms);
}

const prefixPatterns = new WeakMap<readonly string[], RegExp>();

/** Whether the key starts with one of the prefixes: one pattern per list, not one test per prefix. */
export function startsWithAny(key: string, prefixes: readonly string[]): boolean {
  let pattern = prefixPatterns.get(prefixes);
  if (pattern === undefined) {
    pattern = new RegExp(`^(?:${prefixes.map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
    prefixPatterns.set(prefixes, pattern);
  }
  return pattern.test(key);
}

/** Header fields given as label → value pairs. */
export const HEADER_FIELD_LABELS = {
  project: [
    '项目名称', '项目支出名称', '项目全称', '二级项目名称', '专项名称', '专项资金名称', '项目(名称)', '转移支付(项目)名称', '转移支付名称',
    '转移支付项目名称', '资金名称', '专项(项目)名称', '政策(项目)名称',
    // Sichuan's transfer-payment self-evaluation as a county page printed it, 支付 lost: `转移(项目)名称 基本药物制度补助资金`.
    '转移(项目)名称',
  ],
  department: ['主管部门', '主管部门及代码', '主管部门及编码', '主管单位', '主管部门(单位)', '主管部门名称', '预算部门', '一级预算单位', '主管部门(盖章)', '业务主管部门', '预算部门、单位名称', '部门(单位)名称', '部门名称', '预算单位名称',
    // Transfer-payment forms (转移支付区域绩效自评表): the local supervisor is the department; the central one is structure (`other`).
    '地方主管部门', '区县主管部门', '市县主管部门', '项目主管部门', '项目主管单位', '实施(主管)单位', '主管部门(单位)名称及部门预算编码',
    '主管部门(单位)名称', '主管部门及预算编码', '主管部门(单位)名称及预算编码', '区级主管部门', '县级主管部门', '主管部门及其编码',
    // The budget system's templates (pmkpi): Tianjin's 主管预算部门, a department's own forms by name and code (部门名称及代码,
    // 部门（单位）及代码, Shanxi's 主管部门（单位）及代码), Jiangxi's 部门整体 self-evaluation (评价部门名称).
    '主管预算部门', '部门名称及代码', '部门(单位)及代码', '主管部门(单位)及代码', '评价部门名称',
    // The SASAC budget system's 预算项目立项 page.
    '主管单位及代码',
  ],
  /** The city's supervisor on a district's or county's copy (`市级主管部门 | 区级主管部门`): the department only where no local one is printed. */
  upperDepartment: ['市级主管部门'],
  implementingUnit: ['实施单位', '项目实施单位', '实施单位(盖章)', '实施单位名称', '项目单位', '实施单位及代码', '资金使用单位', '项目执行单位', '执行单位'],
  /** The agency whose budget it is: the department where no 主管部门 is printed, the implementing unit where no 实施单位 is. */
  budgetUnit: ['预算单位',
    // Shanghai's 上海市财政支出项目绩效目标申报表 opens with the applicant: 申报单位名称：….
    '申报单位名称', '申报单位',
    // The unit that fills the form in (Hubei's `单位名称：襄阳市中心医院 … 主管部门 | 襄阳市卫生健康委`): the department only
    // where no 主管部门 is printed (a 部门整体支出 form's `单位名称 | 塘湖镇人民政府`).
    '单位名称',
    // The 中央预算内投资计划绩效目标表: the place or unit the investment is handed down to (`下达地方或单位 | 宝坻区人民政府`).
    '下达地方或单位',
    // A research project's budget book: the institution that undertakes the project and asks for its money (`承担单位 | … |
    // 项目负责人 | …`, w-03).
    '承担单位'],
  projectSource: ['项目来源'],
  projectPeriod: ['项目期', '项目周期', '项目实施期', '实施期限', '项目支出实施期', '项目期限'],
  grade: ['评分等级', '自评等级', '绩效等级', '评价等级', '自评结果等级'],
  year: ['年度', '填报年度', '评价年度', '预算年度', '项目年度', '所属年度', '自评年度',
    // A JeeSite admin system's 项目支出绩效目标申报 page: `年份： | 2025` above 项目名称.
    '年份'],
  /** The project's dates: when they start and end in one year and the form states no year, that is its fiscal year. */
  projectDates: ['项目起止时间', '项目实施时间', '起止时间',
    // The two ends given as two labels (`开始时间2019/1/1结束时间2019/12/31`, `起始日期：… 结束日期：…`): both are read.
    '开始时间', '结束时间', '起始日期', '结束日期', '项目开始日期', '项目完成日期', '项目起始时间', '项目终止时间'],
  responsible: [
    '项目责任人', '项目负责人', '单位(盖章)', '填列单位(公章)', '填报单位', '填报单位(盖章)', '填表单位', '联系人', '联系电话', '部门联系人', '单位联系人',
    '财务负责人', '单位负责人', '填表人', '填报人', '项目负责人及联系电话',
  ],
  /** Other fields of a form's head: read as structure, their values are not part of the form model. */
  other: [
    '项目类型', '项目属性', '资金性质', '项目类别', '项目性质', '项目分类', '项目负责人及电话', '建设周期', '立项依据', '项目编码', '项目代码',
    '资金来源', '项目总预算', '项目总投资', '联系人及电话', '实施周期', '项目实施地点', '评价方式', '评价机构',
    '填报日期', '负责人及电话', '项目联系人', '报告日期', '专项实施期', '中央主管部门', '自治区主管部门',
    '省级主管部门', '省主管部门', '中央财政部门', '省级财政部门', '地方财政部门', '市县财政部门', '区县财政部门', '情况说明', '是否为专项资金',
    '补助项目/区域', '金额单位', '财政处室', '评价时间', '项目指标类型', '评价机构名称', '部门预算编码', '预算编码',
    '市级财政部门', '区级财政部门', '县级财政部门',
    // Hunan's 项目支出绩效目标申报表: the project's goal over its whole 实施期 (the form's goal is the 本年度 one).
    '实施期绩效目标',
    // The budget system's project heads: 项目期限 | … | 其中：建设期限 | … | 运营期限, 资金投向领域, a department's 部门编码.
    '其中:建设期限', '建设期限', '运营期限', '资金投向领域', '部门编码',
    // Its 部门整体 heads: Jiangxi's self-evaluation (评价部门名称 | … | 下属单位个数 | 56), Shanxi's target table (内设职能部门数 |
    // 所属预算单位数 | 核定的人员编制数 | 实际在职人员总数).
    '下属单位个数', '内设职能部门数', '所属预算单位数', '核定的人员编制数', '实际在职人员总数',
    // A project's office in its department (the EasyUI internal-control system's `主管部门及代码 | … | 承担处室 | …`).
    '承担处室',
    // The SASAC budget system's 预算项目立项 page: 项目开始年份 (a project's first year, no form's year: n-10), 实施方案及可行性.
    '项目开始年份', '实施方案及可行性',
    // The mid-term money a target table prints before the year's (a JeeSite admin system's 项目支出绩效目标申报 page: 中期资金总额 |
    // 中期其他资金 | 中期财政拨款, then 年度资金总额 …): another period's, no part of the form model.
    '中期资金总额', '中期其他资金', '中期财政拨款',
    // 东莞's 财政项目支出绩效目标批复表: `<project> | 中期市财政预算(万元) | 36820.00 | 本年度申请市财政预算资金(万元) | 1265.40`,
    // the three years' money beside the year's.
    '中期市财政预算',
    // Hubei's 部门整体 申报表 lists its projects (项目支出情况 | 项目名称 | 支出项目类别 | 项目总预算 | 项目本年度预算 | 项目主要支出方向和用途):
    // the list's column labels, so that its 项目名称 is followed by a label, not read as the form's project.
    '支出项目类别', '项目本年度预算', '项目主要支出方向和用途',
    // A unit statement run into the head (`项目名称: … 单位:万元 资金申报计划 …`): it ends the value before it.
    '单位:万元', '单位:元',
    // Hunan's 专项资金绩效目标表: the head's other rows.
    '部门相应职能职责概述', '专项立项依据', '专项实施进度计划', '专项长期绩效目标', '专项年度绩效目标', '专项属性',
  ],
} as const;
export type HeaderField = keyof typeof HEADER_FIELD_LABELS;

/** The head fields that name the form's agencies: the 主管部门, the 实施单位, the 预算单位. */
export const AGENCY_FIELDS: ReadonlySet<HeaderField> = new Set(['department', 'implementingUnit', 'budgetUnit']);

/** The head fields that name the project or one of the form's agencies. */
export const NAME_FIELDS: ReadonlySet<HeaderField> = new Set(['project', ...AGENCY_FIELDS]);

/**
 * Labels that are labels only as the first cell of a table row — in text they are words of other labels
 * (`部门` ends 主管部门, 财政部门…), and after another cell the tail of a label split over cells (`主管 | 部门`) —
 * and the synonym each stands for there (a 部门整体支出 form's `部门 | 金寨县…中心`).
 */
export const CELL_ONLY_LABELS: Readonly<Record<string, string>> = {
  部门: '部门名称',
};

/**
 * A web form's section headings (a saved page's panel titles: the EasyUI internal-control system's 项目支出信息 above its head and
 * funds, 绩效指标信息 above its indicator grid, 年度绩效信息 / 中期绩效信息 on its target tab): parts of the form they stand in, no
 * paragraph that ends it.
 */
export const SECTION_HEADINGS = ['项目支出信息', '绩效指标信息'] as const;

/**
 * A web form's section headings that name the period of what follows (a saved page's headings, paragraphs, never table cells:
 * in a table `中期目标` labels a goal). The SASAC budget system's 预算项目立项 page prints 中期目标 (中期资金总额, its goal, 中期绩效指标)
 * before 年度目标 (年度资金总额, its goal, 年度绩效指标); the EasyUI internal-control system's target tab 年度绩效信息 before
 * 中期绩效信息. Another period's section is passed over, up to the year's.
 */
export const PERIOD_HEADINGS = {
  otherPeriod: ['中期目标', '中期绩效指标', '中期绩效信息', '长期目标', '长期绩效指标'],
  year: ['年度目标', '年度绩效指标', '年度绩效信息'],
} as const;

/** The first cell of the funds block (`项目资金（万元）`, Sichuan's `预算执行情况（10分）`). */
export const FUNDS_BLOCK_LABELS = [
  '项目资金', '项目资金(万元)', '资金(万元)', '资金情况', '项目资金情况', '年度预算数(万元)', '年度预算数', '预算执行情况',
  '预算执行', '资金投入情况', '项目资金(元)', '预算资金', '预算执行情况(万元)', '年度预算申请', '年度预算申请(万元)', '资金申报计划',
  // The budget system's 部门整体 self-evaluations (Guangxi, Guizhou, Tianjin, Anhui, Jiangxi, Shanxi) and Shanxi's project one.
  '部门预算安排资金', '部门(单位)总体资金', '部门预算金额', '部门预算情况', '整体支出规模', '预算安排及执行进度', '项目资金预算安排及执行进度',
  // Hefei's 部门整体支出绩效自评表 (hfdeptperfself: 年度主要任务 | 任务名称 | 完成情况 | 部门预算情况（万元）, a row of money per task) and its
  // 部门绩效目标申报表 (hfbmjxmbsbb): the block's label, merged down beside the task rows.
  '年度主要任务',
] as const;

/** Columns of a self-evaluation's funds block. */
export const FUNDS_COLUMN_ROLES = {
  budgetInitial: ['年初预算数', '年初预算', '年初预算金额', '年初批复预算数', '年初批复预算', '年初预算资金', '年初计划数',
    // Fujian's 部门整体支出绩效自评表: 年初部门预算安排金额① | 年中调整金额② | 小计③=①+② | 年度拨付金额④ | 支出实现率⑤=④/③.
    '年初部门预算安排金额',
    // A shared-services platform's 绩效自评单 gives its money field by field (年初资金总额 | 年初财政拨款 | 年初其他经费, then
    // 全年资金总额 …, 全年执行总额 …, 总额分值 …, 总额执行率 …, 总额得分 …, w-02): the 总额 fields are the funds' total row.
    '年初资金总额'],
  budgetFullYear: [
    '全年预算数', '调整后预算数', '调整后预算', '全年预算', '预算数', '全年预算金额', '调整预算数', '全年批复预算数', '批复预算数',
    '年度预算数调整后', '全年调整后预算数', '预算调整数', '全年预算资金', '调整后预算金额', '计划投资额', '计划投资', '转移支付预算数',
    // Hunan's 财政支出项目绩效评价自评报告: 计划安排资金 / 实际到位资金 / 实际支出 (万元).
    '计划安排资金', '小计',
    // Hunan's 项目支出预算绩效目标申报表: 项目资金申请 | 上年度安排资金 | 本年度申请资金, then `合 计 | 40 | 40`.
    '本年度申请资金',
    // The budget system's funds grid (pmkpi `bdgpay`: 年初预算 | 年度预算调整 | 调整后的预算 | 全年执行数 | 预算执行率%), and
    // Jiangxi's export with the column letter unbracketed (全年预算数A | 全年执行数B).
    '调整后的预算', '调整后的预算数', '全年预算数A',
    // The shared-services platform's 绩效自评单 (with 年初资金总额).
    '全年资金总额',
  ],
  executed: [
    '全年执行数', '全年执行', '预算执行数', '执行数', '实际执行数', '全年实际支出', '实际支出数', '实际支出', '支出数', '全年执行金额', '执行金额', '决算数',
    '全年支出数', '实际使用情况', '实际使用资金', '全年执行资金', '转移支付执行数', '年度拨付金额', '全年执行数B',
    // The shared-services platform's 绩效自评单 (with 年初资金总额).
    '全年执行总额',
  ],
  weight: ['分值', '分数', '权重', '满分'],
  rate: ['执行率', '预算执行率', '资金执行率', '执行率(%)', '预算执行进度', '支出实现率', '预算执行率%', '执行率%',
    // The shared-services platform's 绩效自评单 (with 年初资金总额).
    '总额执行率'],
  score: ['得分', '自评得分', '评分'],
  /** The score's scale (`分制 | 百分制`, the EasyUI internal-control system's edit page): no weight, no figure of the form model. */
  scale: ['分制'],
  note: ['原因', '偏差原因', '未完成原因', '备注', '执行偏差原因', '偏差原因分析及改进措施'],
  /**
   * Columns that hold their place in the header but are not part of the form model (Fujian's 部门整体支出 block; the budget
   * system's mid-year change, which the adjusted budget already holds: 年度预算调整, 年中预算调整数, 追加预算数).
   */
  adjustment: ['年中调整金额', '年度预算调整', '年中预算调整数', '年中预算调整', '追加预算数'],
  /** Zhejiang's 全年执行数(其他) beside 全年执行数: what other funds paid, not the executed amount. */
  executedOther: ['全年执行数(其他)'],
  balance: ['本年度结余金额', '资金结(转)余'],
  balanceRate: ['资金结余率'],
  priorYear: ['上年度安排资金'],
  /** The money that reached the project (计划投资额 / 实际到位资金 / 实际使用情况; Sichuan's 全年到位资金(D)). */
  received: ['实际到位资金', '全年到位资金'],
  pooled: ['统筹整合资金数'],
  netBudget: ['扣除统筹整合资金后预算金额'],
  receivedRate: ['预算到位'],
  rowNumber: ['行次'],
} as const;
export type FundsColumn = keyof typeof FUNDS_COLUMN_ROLES;

/**
 * Budget columns read by the header they stand in: a bare 预算数 is the full-year budget, but beside an adjusted budget
 * (Hubei's `预算数 | 调整预算数（A） | 执行数（B）`) it is the budget before the adjustment, the initial one.
 */
export const UNADJUSTED_BUDGET_LABELS = ['预算数'] as const;
/**
 * A budget column's sub-column, on the funds header's second line, that holds the budget itself: Shanxi's 项目支出绩效自评表
 * prints 年初预算数 over 目标申报数 (the amount declared with the targets) | 预算编制数 (the budget as compiled, which its
 * 备注 says the year's budget starts from).
 */
export const BUDGET_SUB_COLUMN_LABELS = ['预算编制数', '年初预算编制数'] as const;
/** The adjusted budget's columns (full-year budgets that say they are adjusted). */
export const ADJUSTED_BUDGET_LABELS = ['调整预算数', '调整后预算数', '调整后预算', '调整后的预算', '调整后的预算数', '全年调整后预算数', '年度预算数调整后', '调整后预算金额'] as const;

/**
 * A funds header's column over the rows' labels (Guizhou's 部门整体支出 block: `部门(单位)总体资金(万元) | 资金来源 |
 * 年初预算数(A) | …`, the block's label merged down beside the rows, whose labels stand under 资金来源).
 */
export const FUNDS_ROW_LABEL_HEADERS = ['资金来源', '资金分类'] as const;

/** Budget columns: a funds header names at least one of them. */
export const BUDGET_COLUMNS: readonly FundsColumn[] = ['budgetInitial', 'budgetFullYear', 'executed'];

/** Row labels of the funds block. */
export const FUNDS_ROW_LABELS = {
  total: [
    '年度资金总额', '资金总额', '年度资金总额(万元)', '年度资金总额及构成', '总额', '项目资金总额', '年度资金合计', '资金合计', '年度总额', '当年年度预算', '当年预算',
    '本年度预算', '年度预算金额', '年度金额', '项目金额', '预算申报数', '年度总金额', '财政资金小计',
    // A 部门整体支出 form's row (Anhui: `部门整体支出总额 | 864.2 | 100% | 20`).
    '部门整体支出总额',
    // The 中央预算内投资计划绩效目标表's one money row: `下达中央预算内投资(万元) | 2350`.
    '下达中央预算内投资',
    // Hubei's 项目自评表: 年度财政资金总额 under 预算数 | 调整预算数（A） | 执行数（B） | 执行率（B/A）.
    '年度财政资金总额',
    // Guangxi's funds table under 资金来源 (合计, then 其中：一般公共预算拨款 …).
    '合计',
    // Hubei's 项目申报表: 项目总预算 (all years) | … | 项目当年预算 (the year's).
    '项目当年预算',
    // Jiangxi's 部门整体支出绩效目标表: 收入预算合计, then 支出预算合计 (a department's budget balances: the two are equal).
    '收入预算合计', '支出预算合计',
    // Hefei's 部门整体 target table: one row of money per task under 预算金额（万元） | 总额 | 财政拨款 | 其他资金, then 金额合计.
    '金额合计',
  ],
  fiscal: [
    '其中:本年财政拨款', '其中:当年财政拨款', '其中:财政拨款', '本年财政拨款', '当年财政拨款', '财政拨款', '其中:财政资金', '财政资金',
    '其中:一般公共预算', '一般公共预算资金', '财政专户管理资金', '其中:本级财政资金', '本级财政资金', '上级补助资金', '其中:上级补助资金',
    // The budget system's templates: 其中：当年财政资金, Guangxi's 其中：一般公共预算拨款, Hubei's 其中：上级补助, Tianjin's
    // 其中：转移支付资金, Shanxi's 市县（区）财政资金.
    '其中:当年财政资金', '其中:一般公共预算拨款', '其中:上级补助', '其中:转移支付资金', '市县(区)财政资金',
    // Transfer payments: the central subsidy and each level's own funds.
    '财政拨款小计', '其中:中央补助', '中央补助', '其中:中央财政资金', '中央财政资金', '中央资金', '地方资金', '地方财政资金', '省级财政资金', '自治区财政资金',
    '市级财政资金', '县级财政资金', '盟市财政资金', '旗县财政资金', '自治区补助', '市县资金',
    // Hunan's 项目支出绩效目标申报表: 年度本级预算金额 | 250万 | 该项目支出上级资金 | 0, the year's money in two parts. With no
    // 年度资金总额 printed, a target table takes the first (本级) as its amount: all of it where 上级资金 is 0.
    '年度本级预算金额', '该项目支出上级资金',
    // A region table's one money row: `中央补助年度金额(万元) | 158.18`.
    '中央补助年度金额',
    // The JeeSite admin system's 项目支出绩效目标申报 page: 年度资金总额 | 年度其他资金 | 年度财政拨款.
    '年度财政拨款',
  ],
  /**
   * The year's money where the form also prints the project's whole over its years (Shanghai's 财政项目支出绩效目标申报表:
   * 项目资金总额 and 其中：财政资金 for a phased project's three years, then 年度资金申请总额 and 其中：当年财政拨款): the year's
   * is the form's amount.
   */
  annual: ['年度资金申请总额',
    // 东莞's 批复表: the year's request beside 中期市财政预算 (three years).
    '本年度申请市财政预算资金'],
  carryOver: ['上年结转资金', '其中:上年结转资金', '上年结转', '结转资金'],
  other: ['其他资金', '其中:其他资金', '单位资金', '自有资金', '其他', '年度其他资金'],
} as const;
export type FundsRowKind = keyof typeof FUNDS_ROW_LABELS;

/**
 * Sources of money the budget system's templates list under the total that the form model has no place for (Guangxi's 本级 /
 * 政府性基金 / 国有资本经营预算, Shanxi's and Hefei's 单位自筹 and 专项债券, Tianjin's 区级资金). Matched only as a table row's whole
 * cell (a row of them and their figures is read as structure): as label synonyms they would cut project names in run-together
 * text.
 */
export const FUNDS_SOURCE_LABELS = ['本级', '上级', '政府性基金', '其中:政府性基金', '国有资本经营预算', '单位自筹', '专项债券', '专项债券资金', '区级资金'] as const;

/** The first cell of the goal block: a column header (self-evaluation) or a label → value pair (target table). */
export const GOAL_BLOCK_LABELS = [
  '年度总体目标', '年度总体目标完成情况', '总体目标', '年度目标', '年度绩效目标', '总体目标完成情况', '项目年度目标', '年度目标完成情况',
  '项目基本情况', '绩效目标', '年度总体目标及完成情况', '总体绩效目标', '本年度绩效目标', '项目年度绩效目标',
  // Tianjin's 部门整体 self-evaluation: 年度绩效目标完成情况 | 目标序号 | 年度绩效目标 | 实际完成情况 | 偏差原因分析及改进措施.
  '年度绩效目标完成情况',
  // Hubei's 项目申报表: 项目绩效总目标, then 名称 | 目标说明 and a row per goal (its performance part alone opens with them).
  '项目绩效总目标',
] as const;

/** Columns of a self-evaluation's goal block. */
export const GOAL_COLUMN_ROLES = {
  expected: ['预期目标', '年初设定目标', '项目年度目标', '年度目标', '年度绩效目标', '预期绩效目标', '年初预期目标'],
  actual: ['实际完成情况', '年度目标完成情况', '全年实际完成情况', '实际完成情况综述', '目标完成情况', '完成情况', '年度实际完成情况', '年度总体目标完成情况综述'],
} as const;
export type GoalColumn = keyof typeof GOAL_COLUMN_ROLES;

/** The first cell of the indicator block. */
export const INDICATOR_BLOCK_LABELS = [
  '绩效指标', '年度绩效指标完成情况', '绩效指标完成情况', '年度绩效指标', '项目绩效指标', '绩效指标完成情况(90分)', '指标完成情况', '本年度绩效指标',
  // Guangxi's templates: the indicators as the measures of the year's targets.
  '项目绩效目标衡量指标', '项目年度绩效目标衡量指标', '部门整体支出年度绩效目标衡量指标', '年度指标完成情况',
] as const;

/**
 * Columns of an indicator table (self-evaluation and target table). `nature` and `unit` are the
 * Sichuan template's split target (`指标性质` ≥ / `指标值` 90 / `度量单位` %); `direction` is
 * 正向 / 反向 (a Inner Mongolia template prints it beside 指标性质, whose cell then holds the
 * comparison in words, `大于等于`: the two are told apart by what they hold).
 */
export const INDICATOR_COLUMN_ROLES = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  // Guangxi's 指标内容 (its templates' own note: 指标内容 = 三级指标名称).
  name: ['三级指标', '绩效指标名称', '指标名称', '三级指标名称', '具体指标', '指标内容',
    // The debt management system's 专项债券 self-evaluation: 绩效目标类型 | 绩效目标名称 | 绩效目标值 | 实际完成值 | 度量单位 |
    // 指标满分值 | 得分 | 偏差原因分析及整改措施.
    '绩效目标名称'],
  // The budget system's indicator grid: 计算符号 (≥, =…) before 指标值 and 计量单位.
  nature: ['指标性质', '计算符号'],
  direction: ['指标方向'],
  target: ['年度指标值', '指标值', '目标值', '年度目标值', '预期指标值', '计划值', '年初目标值', '年度计划值', '指标目标值', '预期值', '年度目标指标值',
    // Shanxi's self-evaluation prints the target as set and as adjusted (年初指标值 | 调整后指标值; its report export
    // 年度指标 over 年初指标 | 调整后指标): the year was assessed against the adjusted one.
    '调整后指标值', '调整后指标',
    // Hubei's 项目申报表 splits 指标值 in 前年 | 上年 | 预计当年实现: the year's target is the last (its 部门整体 申报表:
    // 近两年指标值 (前年 | 上年) | 预期当年实现值).
    '预计当年实现', '预期当年实现值',
    // The EasyUI internal-control system's self-evaluation grid: 三级指标 | 预期实现值 | 实际完成值 | 分值 | 得分 | 未完成原因分析.
    '预期实现值', '预期目标值'],
  /**
   * The target's earlier values where the header prints the year's one after them (LATER_TARGET_LABELS): as first set
   * (年初指标值 before 调整后指标值), past years' (前年 | 上年 before 预计当年实现). Not read. No label names it (a lone 年初指标值
   * is the target): the header's reader (`readIndicatorColumns`) gives it the columns before a later target.
   */
  priorTarget: [],
  unit: ['度量单位', '计量单位',
    // The SASAC budget system's 预算项目立项 page: 一级指标 | 二级指标 | 三级指标 | 指标值 | 单位 (`--` where none).
    '单位'],
  actual: ['实际完成值', '完成值', '全年实际值', '实际值', '全年完成值', '实际完成指标值', '实际完成', '全年实际完成值'],
  weight: ['分值', '分数', '权重', '权重分'],
  // Guangxi's `指标值 | 分值 | 实际完成值 | 指标得分`.
  score: ['得分', '自评得分', '评分', '指标得分', '实际得分'],
  deviationNote: [
    '偏差原因分析及改进措施', '偏差原因分析', '未完成原因分析', '偏差原因及改进措施', '偏差原因', '未完成原因', '原因分析',
    '偏差原因分析及改进措施说明', '未完成原因和改进措施', '备注', '未完成的原因', '评价得分说明',
    // Sichuan's 绩效目标自评表 (a-04): 未完成原因及拟采取的改进措施.
    '未完成原因及拟采取的改进措施',
    // Shanxi's self-evaluation: a note on a qualitative actual, printed between 实际完成值 and 分值.
    '定性值情况说明',
    // Hubei's target tables: why the target is what it is, after 指标值 (it holds 指标值, and as the target's column it joined
    // its text to the target).
    '指标值确定依据',
    // A note on the target after it (`指标值 | 指标值说明`), as 指标值确定依据.
    '指标值说明',
  ],
} as const;
export type IndicatorColumn = keyof typeof INDICATOR_COLUMN_ROLES;

/**
 * Indicator header labels of columns no indicator field is read from, each ending the column on its left (which would
 * otherwise run on over it): Zhejiang's 部门整体绩效目标表 prints 部门职责 | 一级指标 | 二级指标 | 三级指标 | 指标重要性 | 指标内容 |
 * 分值 | 赋分原则 | 计算符号 | 计量单位 | 年度指标值 | 历史指标值 | 是否与预算挂钩 (zjdeptperf.ftl); Fujian's self-evaluation a
 * 评分标准 (each indicator's scoring rule) between 实际完成值 and 指标分值, other templates after 得分. A column labelled again
 * with a role already taken after one of them (its 指标内容, a description beside the name) is read as neither.
 */
export const INDICATOR_ASIDE_LABELS = ['部门职责', '指标重要性', '赋分原则', '历史指标值', '是否与预算挂钩', '评分标准'] as const;

/**
 * Captions of the indicator tables a form prints for more than its year (Hubei's 项目申报表: 长期绩效目标表, then
 * 年度绩效目标表): the rows under an other period's caption are passed over up to the year's caption.
 */
export const INDICATOR_TABLE_CAPTIONS = {
  otherPeriod: ['长期绩效目标表'],
  year: ['年度绩效目标表'],
  /**
   * The same as the block label merged down beside a table's header (Hubei's 部门整体绩效目标申报表: 长期绩效指标 | 一级指标 | …,
   * then 年度绩效指标 | …, whose label is an indicator block label).
   */
  otherPeriodBlock: ['长期绩效指标'],
} as const;

/**
 * Target columns printed after the target's earlier values (年初指标值, 前年 | 上年), which they replace, or after another
 * period's (Beijing's 申报表: 中期指标值 | 年度指标值, w-07), which is no target of the year.
 */
export const LATER_TARGET_LABELS = ['调整后指标值', '调整后指标', '预计当年实现', '预期当年实现值', '年度指标值'] as const;

/** The total row. */
export const TOTAL_LABELS = ['总分', '合计', '总计', '自评总分', '总得分', '项目总得分', '综合得分', '合计得分', '自评得分', '绩效自评得分', '自评总得分'] as const;

/** Columns of a project list (清单). */
export const LIST_COLUMN_ROLES = {
  seq: ['序号'],
  project: ['项目名称', '项目支出名称'],
  amount: ['预算金额', '金额', '资金总额', '预算数'],
  /** An allocation table's town or unit column (`序号 | 乡镇名称 | 项目名称 | 金额`). */
  place: ['乡镇名称', '乡镇', '镇(乡)名称',
    // A county notice's allocation table (`序号 镇、村 项目名称 项目内容 资金投入（万元） 补助金额（万元）`).
    '镇、村'],
  note: ['备注'],
} as const;
export type ListColumn = keyof typeof LIST_COLUMN_ROLES;

/**
 * A form's sign-off: who filled it in, when, how to reach them (matched as prefixes of the label key). Printed under the form,
 * or above it beside the unit's name (`单位名称：… | 填报日期：…`), where it is no end of the form's head.
 */
export const SIGN_OFF_PREFIXES = [
  '单位负责人签字', '填表人', '联系电话', '填报日期', '项目负责人:', '财务负责人:',
  // The sign-off line under a target table (Shanxi's `负责人：… | 经办人：… | 联系电话：… | 填报日期：…`): with its colon, so
  // that no head label holding 负责人 is taken.
  '负责人:', '经办人:',
  // Other templates' sign-off lines (`填报人：… 联系电话：… 填报日期：…`, `单位负责人：…`), with their colon likewise.
  '填报人:', '审核人:', '制表人:', '单位负责人:', '分管负责人:',
] as const;

/** Blocks that follow a form and are narrative or sign-off, not data. Matched as prefixes of the label key. */
export const NARRATIVE_PREFIXES = [
  '项目绩效分析', '自评结果分析', '评价结论', '存在问题', '改进措施', '填表说明',
  // The budget system's analysis after the form (Guangxi, Zhejiang, Guizhou, Hubei templates).
  '自评分析', '绩效目标偏离原因分析', '目标偏离原因分析', '整改措施及建议', '其他需说明问题', '其他需说明的问题', '自评结论', '绩效结论',
  '偏差大或目标未完成原因分析', '改进措施及结果应用方案',
  // Notes printed under a form (`备注：1.“年初预算数”项下…`, Shanxi's template), with their colon; and the 部门整体 templates'
  // closing analysis (Tianjin's 整体支出绩效自评结论, Shanxi's 整体绩效分析).
  '备注:', '整体支出绩效自评结论', '整体绩效分析',
  ...SIGN_OFF_PREFIXES,
] as const;

/**
 * Head labels a form also prints under its indicator table as its sign-off (the hb 部门整体 申报表: `联系人： | 周敏 | 联系电话：
 * | …`): there they end the table. Not narrative prefixes, since in a form's head the same label is a field (联系人 | 张三).
 */
export const SIGN_OFF_LABELS = ['联系人'] as const;

/** Title of a form or list, matched in the label key. */
export const TITLE_PATTERNS = {
  list: /清单$/,
  // The budget system also prints 项目支出绩效批复表 and 部门整体绩效申报表 (Guangxi). Hubei's 项目申报表 heads its two indicator
  // tables 长期绩效目标表 and 年度绩效目标表 inside the form: no titles. Its export of the performance part alone is titled
  // 项目申报表（绩效部分）.
  // A title may name its project after a double dash (a training system's `项目绩效目标申报表（培训类）--<project>`).
  targetTable: /^(?!(?:长期|年度)绩效目标表$).*(?:绩效目标表|目标申报表|目标审批表|绩效目标申报表|目标批复表|绩效项目申报表|绩效批复表|绩效申报表|项目申报表\(绩效部分\))(?:\([^()]*\))?(?:(?:--|——)[^-—]{2,})?$/,
  selfEvaluation: /(?:(?:绩效|目标)自评表|绩效评价表)(?:\([^()]*\))?(?:(?:--|——)[^-—]{2,})?$/,
  // A self-evaluation report's title (项目支出绩效自评分析报告, Shanxi's export): a heading, whatever follows it.
  report: /绩效自评(?:分析)?报告$/,
} as const;

/** The words a form's title ends in, anywhere in a row's text (`…绩效目标申报表 2021年`). */
export const TITLE_WORDS = /自评表|绩效目标表|目标申报表|目标审批表|目标批复表|绩效评价表|绩效项目申报表|绩效批复表|绩效申报表/;

/** A bracketed year and nothing else (`（2024年度）`, `（2024年）`), in the label key (brackets folded, whitespace removed). */
export const WHOLE_YEAR_IN_BRACKETS = /^\((?:19|20)\d{2}年度?\)$/u;

/** A statement of the fiscal year: `（2024年度）`, `（ 2021   年度）`, `2024年度项目支出绩效自评表`. */
export const YEAR_STATEMENT = /(?:19|20)\d{2}\s*年度/u;

/** Web-page chrome before a form: 索引号, 发文字号, 来源, 点击率… (matched as prefixes of the label key). */
export const CHROME_PREFIXES = [
  '索引号', '(索引号)', '发文字号', '(发文字号)', '发布机构', '(发布机构)', '发布日期', '(发布日期)', '成文日期', '(成文日期)', '来源', '信息来源',
  '作者', '点击率', '浏览次数', '浏览量', '阅读次数', '访问量', '主题分类', '(主题分类)', '体裁分类', '(体裁分类)', '有效性', '(有效性)', '时效性',
  '文号', '发布时间', '打印', '关闭', '字体', '分享', '当前位置', '首页', '-索引号', '-发布机构', '-文号', '-发布日期', '-时效性',
  // A government page's footer after its table: `扫一扫在手机打开当前页`, `[下载] [打印] [关闭]`.
  '扫一扫', '[下载]', '[打印]', '[关闭]',
] as const;

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
