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
  TOTAL_LABELS,
  labelKey,
} from './labels';

/** Labels too generic to cut a text at (they occur inside names and sentences). */
const NOT_SPLIT_AT = new Set(['年度', '其他', '完成情况', '备注', '评分', '分数', '原因', '满分', '预算资金', '绩效目标', '年度目标', '实际完成', '总计']);

/** The 二级指标 labels as printed (`数量指标`, `社会效益指标`…) and the 一级 ones: indicator rows start at them. */
const LEVEL_LABELS = [
  ...Object.keys(LEVEL1_FAMILIES),
  ...Object.values(LEVEL1_FAMILIES).flatMap((labels) => labels.map((label) => `${label}指标`)),
  '服务对象满意度指标',
];

function splitVocabulary(): Map<string, string[]> {
  const labels = new Set<string>();
  const add = (list: readonly string[]): void => {
    for (const label of list) {
      const key = labelKey(label);
      if (key.length >= 2 && !NOT_SPLIT_AT.has(key) && !key.includes('(')) labels.add(key);
    }
  };
  for (const [field, list] of Object.entries(HEADER_FIELD_LABELS)) if (field !== 'year' && field !== 'responsible') add(list);
  add(FUNDS_BLOCK_LABELS);
  for (const list of Object.values(FUNDS_COLUMN_ROLES)) add(list);
  for (const list of Object.values(FUNDS_ROW_LABELS)) add(list);
  add(GOAL_BLOCK_LABELS);
  for (const list of Object.values(GOAL_COLUMN_ROLES)) add(list);
  add(INDICATOR_BLOCK_LABELS);
  for (const list of Object.values(INDICATOR_COLUMN_ROLES)) add(list);
  add(TOTAL_LABELS);
  add(LEVEL_LABELS);
  // By first character, longest first: at each place the longest label wins.
  const byFirst = new Map<string, string[]>();
  for (const label of labels) {
    const first = label[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), label]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

let vocabulary: Map<string, string[]> | null = null;

/** A piece of a cell's text: a label (with its bracketed note and colon) or the text between labels. */
export interface TextPiece {
  readonly text: string;
  readonly label: boolean;
}

const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);

/**
 * Cuts a text where the form's labels stand in it: `项目名称演出服装购置经费主管部门某剧团` →
 * 项目名称 | 演出服装购置经费 | 主管部门 | 某剧团. Labels are found in the text without whitespace
 * (`分 值得 分` holds 分值 and 得分), longest first; a label keeps a bracketed note right after it
 * (`全年预算数（A）`, `项目资金 (万元)`) and a colon. The pieces are the text as printed, trimmed.
 * Returns the text whole (one piece) when it holds no label.
 */
export function splitAtLabels(text: string): TextPiece[] {
  vocabulary ??= splitVocabulary();
  // Non-whitespace characters and where each stands in the text.
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch.trim() === '') continue;
    chars.push(ch);
    at.push(i);
  }
  const compact = chars.join('');
  const cuts: { start: number; end: number }[] = [];
  for (let i = 0; i < compact.length; ) {
    const candidates = vocabulary.get(compact[i]!);
    const label = candidates?.find((candidate) => compact.startsWith(candidate, i));
    if (label === undefined) {
      i++;
      continue;
    }
    let end = i + label.length;
    if (OPENING.has(compact[end] ?? '')) {
      const close = [...compact.slice(end, end + 14)].findIndex((ch) => CLOSING.has(ch));
      if (close > 0) end += close + 1;
    }
    if (compact[end] === ':' || compact[end] === '：') end++;
    cuts.push({ start: i, end });
    i = end;
  }
  if (cuts.length === 0) return [{ text: text.trim(), label: false }];
  const pieces: TextPiece[] = [];
  const slice = (from: number, to: number): string => (from >= to ? '' : text.slice(at[from], (at[to - 1] ?? 0) + 1).trim());
  let position = 0;
  for (const cut of cuts) {
    const between = slice(position, cut.start);
    if (between !== '') pieces.push({ text: between, label: false });
    pieces.push({ text: slice(cut.start, cut.end), label: true });
    position = cut.end;
  }
  const rest = slice(position, compact.length);
  if (rest !== '') pieces.push({ text: rest, label: false });
  return pieces;
}
