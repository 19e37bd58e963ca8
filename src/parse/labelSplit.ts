import { isWhitespace } from './cellText';
import {
  FUNDS_BLOCK_LABELS,
  FUNDS_COLUMN_ROLES,
  FUNDS_ROW_LABELS,
  GOAL_BLOCK_LABELS,
  GOAL_COLUMN_ROLES,
  HEADER_FIELD_LABELS,
  INDICATOR_BLOCK_LABELS,
  INDICATOR_COLUMN_ROLES,
  LEVEL1_FAMILIES,
  LIST_COLUMN_ROLES,
  TOTAL_LABELS,
  labelKey,
} from './labels';

/** Labels too generic to cut a text at (they occur inside names and sentences). */
const NOT_SPLIT_AT = new Set([
  '年度', '其他', '完成情况', '备注', '评分', '分数', '原因', '满分', '预算资金', '绩效目标', '年度目标', '实际完成', '总计',
  // Funds rows of transfer payments that also end project names (`车辆购置税收入补助地方资金`).
  '地方资金', '中央资金', '中央补助', '中央财政资金', '地方财政资金',
  // `…奖补项目主管部门…`: names end in 项目 more often than a label starts with it; 主管部门 alone cuts there.
  '项目主管部门', '项目主管单位',
]);

/** The 二级指标 labels as printed (`数量指标`, `社会效益指标`…) and the 一级 ones: indicator rows start at them. */
const LEVEL_LABELS = [
  ...Object.keys(LEVEL1_FAMILIES),
  ...Object.values(LEVEL1_FAMILIES).flatMap((labels) => labels.map((label) => `${label}指标`)),
  '服务对象满意度指标',
];

function splitVocabulary(): Map<number, string[]> {
  const labels = new Set<string>();
  const add = (list: readonly string[]): void => {
    for (const label of list) {
      const key = labelKey(label);
      if (key.length >= 2 && !NOT_SPLIT_AT.has(key) && !key.endsWith(')')) labels.add(key);
    }
  };
  for (const [field, list] of Object.entries(HEADER_FIELD_LABELS)) if (field !== 'year') add(list);
  add(FUNDS_BLOCK_LABELS);
  for (const list of Object.values(FUNDS_COLUMN_ROLES)) add(list);
  for (const list of Object.values(FUNDS_ROW_LABELS)) add(list);
  add(GOAL_BLOCK_LABELS);
  for (const list of Object.values(GOAL_COLUMN_ROLES)) add(list);
  add(INDICATOR_BLOCK_LABELS);
  for (const list of Object.values(INDICATOR_COLUMN_ROLES)) add(list);
  add(TOTAL_LABELS);
  add(LEVEL_LABELS);
  add([...LIST_COLUMN_ROLES.seq, ...LIST_COLUMN_ROLES.place]);
  // By first character, longest first: at each place the longest label wins.
  const byFirst = new Map<number, string[]>();
  for (const label of labels) {
    const first = label.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), label]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

/** The labels to cut at, by the UTF-16 code of their first character (no string made per place looked at). */
let vocabulary: Map<number, string[]> | null = null;

/**
 * A form's title inside run-together text (`…附件: 项目支出绩效自评表 (2022年度)项目名称…`, `…附件22023年省级财政林业草原专项资金
 * (第一批)区域绩效目标表资金名称…`): cut out as a piece of its own so that it reads as the title it is. After its year a title
 * may name the funds (Chinese text and brackets only: a figure or a stop ends it).
 */
const TITLE_IN_TEXT = /(?:[\u4e00-\u9fff]{2,8}(?=(?:19|20)\d{2}年))?(?:(?:19|20)\d{2}年度?[\u4e00-\u9fff()（）]{0,30}?)?(?:部门预算|财政|部门整体)?(?:项目支出|支出|项目)?绩效(?:自评|目标(?:申报|审批)?)表(?:[(（](?:19|20)\d{2}年度?[)）])?/gu;

/** A piece of a cell's text: a label (with its bracketed note and colon) or the text between labels. */
export interface TextPiece {
  readonly text: string;
  readonly label: boolean;
  /** The label it stands for, when OCR misread one of its characters (`年初预匏数` → 年初预算数). */
  readonly reads?: string;
}

/** Run-together text this long is OCR'd or flattened: there a label with one misread character is still the label. */
const MIN_TEXT_FOR_MISREADS = 40;
const MIN_LABEL_FOR_MISREADS = 4;

/** Words of the forms that differ from a label by one character and are no misreading of it (`绩效目标`, `绩效指标`). */
const WORDS = new Set(['绩效目标', '项目绩效目标', '年度目标', '总体目标', '实际完成', '完成情况', '预期目标', '年度指标', '项目支出', '项目资金', '项目单位']);

/** A label the text at `i` spells with exactly one character misread (not its first), or undefined. */
function misreadLabel(compact: string, i: number, candidates: readonly string[] | undefined): string | undefined {
  return candidates?.find((label) => {
    if (label.length < MIN_LABEL_FOR_MISREADS || i + label.length > compact.length) return false;
    // Exactly one character differs (counted first: it rules out nearly every place without making a string).
    let misread = 0;
    for (let k = 1; k < label.length && misread <= 1; k++) if (compact.charCodeAt(i + k) !== label.charCodeAt(k)) misread++;
    if (misread !== 1) return false;
    const spelled = compact.slice(i, i + label.length);
    return !(WORDS.has(spelled) || vocabulary?.get(spelled.charCodeAt(0))?.includes(spelled) || !/^[\u4e00-\u9fff]+$/.test(spelled.replace(/[A-Za-z,、]/g, '字')) || endsInLabel(compact, i, label.length));
  });
}

/**
 * Whether a label as printed starts inside the place (past its first character) and runs to its end: `…中心主管部门` is a name
 * ending in 中心 and the label 主管部门, not 中央主管部门 with one character misread.
 */
function endsInLabel(compact: string, i: number, length: number): boolean {
  for (let j = i + 1; j < i + length - 1; j++) {
    if (vocabulary?.get(compact.charCodeAt(j))?.some((label) => j + label.length >= i + length && compact.startsWith(label, j))) return true;
  }
  return false;
}

const FULL_WIDTH_MARKS = /[：（）]/gu;
const FOLDED: Readonly<Record<string, string>> = { '：': ':', '（': '(', '）': ')' };

const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);

/**
 * Cuts a text where the form's labels stand in it: `项目名称演出服装购置经费主管部门某剧团` →
 * 项目名称 | 演出服装购置经费 | 主管部门 | 某剧团. Labels are found in the text without whitespace
 * (`分 值得 分` holds 分值 and 得分), longest first; a label keeps a bracketed note right after it
 * (`全年预算数（A）`, `项目资金 (万元)`; two, `预算执行情况(万元) (20分)`) and a colon. The pieces are the text as printed, trimmed; `plain`
 * is the text in simplified characters, where the labels are looked for (traditional documents).
 * In a long run-together text (OCR'd, flattened) a label with one character misread past its first
 * (`年初预匏数`, `实施第位`) is found too, and its piece says which label it reads as.
 * Returns the text whole (one piece) when it holds no label.
 */
export function splitAtLabels(text: string, plain: string = text): TextPiece[] {
  vocabulary ??= splitVocabulary();
  // Labels are found in the simplified-character text (the same length), pieces cut from the text as printed.
  const search = plain.length === text.length ? plain : text;
  // The text without whitespace, full-width colons and brackets folded as label keys fold them (one character for one), and
  // where each of its characters stands in the text.
  const compact = search.replace(/\s+/g, '').replace(FULL_WIDTH_MARKS, (mark) => FOLDED[mark]!);
  const cuts: { start: number; end: number; reads?: string }[] = [];
  const misreads = compact.length >= MIN_TEXT_FOR_MISREADS;
  // A short text is a title as a whole; only a long run of cells has a title inside it to cut out.
  const titles = compact.length <= 60 ? [] : [...compact.matchAll(TITLE_IN_TEXT)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  // In a short text a title stays whole, and its words are no misread label (`…项目支出预算绩效目标表` after a school's name and
  // a date in one cell: `预算绩效目标` is not 预期绩效目标 misread).
  const titleWords = misreads && titles.length === 0 ? [...compact.matchAll(TITLE_IN_TEXT)].map((match) => ({ start: match.index, end: match.index + match[0].length })) : [];
  const inTitle = (i: number): boolean => titleWords.some((each) => i >= each.start && i < each.end);
  for (let i = 0; i < compact.length; ) {
    const title = titles.length === 0 ? undefined : titles.find((each) => each.start === i);
    if (title) {
      cuts.push(title);
      i = title.end;
      continue;
    }
    const candidates = vocabulary.get(compact.charCodeAt(i));
    const exact = candidates?.find((candidate) => compact.startsWith(candidate, i));
    const misread = exact === undefined && misreads && !inTitle(i) ? misreadLabel(compact, i, candidates) : undefined;
    const label = exact ?? misread;
    if (label === undefined) {
      i++;
      continue;
    }
    let end = i + label.length;
    // Up to two bracketed notes (`预算执行情况(万元)(20分)`), as a label's key allows them.
    for (let notes = 0; notes < 2 && OPENING.has(compact[end] ?? ''); notes++) {
      const close = [...compact.slice(end, end + 14)].findIndex((ch) => CLOSING.has(ch));
      if (close <= 0) break;
      end += close + 1;
    }
    if (compact[end] === ':' || compact[end] === '：') end++;
    cuts.push(misread === undefined ? { start: i, end } : { start: i, end, reads: misread + compact.slice(i + misread.length, end) });
    i = end;
  }
  if (cuts.length === 0) return [{ text: text.trim(), label: false }];
  // Where each character of the compact text stands in the text (worked out only for a text that is cut).
  const at: number[] = [];
  for (let i = 0; i < search.length; i++) if (!isWhitespace(search.charCodeAt(i))) at.push(i);
  const pieces: TextPiece[] = [];
  const slice = (from: number, to: number): string => (from >= to ? '' : text.slice(at[from], (at[to - 1] ?? 0) + 1).trim());
  let position = 0;
  for (const cut of cuts) {
    const between = slice(position, cut.start);
    if (between !== '') pieces.push({ text: between, label: false });
    pieces.push(cut.reads === undefined ? { text: slice(cut.start, cut.end), label: true } : { text: slice(cut.start, cut.end), label: true, reads: cut.reads });
    position = cut.end;
  }
  const rest = slice(position, compact.length);
  if (rest !== '') pieces.push({ text: rest, label: false });
  return pieces;
}
