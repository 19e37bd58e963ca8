/**
 * 一级/二级 indicator labels in OCR rows. The printed label is a cell merged
 * over the rows of its group, so OCR gives it in fragments on several lines
 * (`满意`/`度指`/`标`, `可持`/`续影`/`响指`/`标`), often on lines without an
 * indicator, and sometimes with noise (`1870`, `***`). Fragments are joined
 * into labels (a label ends with 标), then each indicator row gets the label
 * of its group. Label characters are read in simplified form (`滿意`/`度指`/`標`).
 */
import type { Cell } from '../forms';
import { compact } from '../cellText';
import { simplifiedChars } from '../../normalize/simplifiedChars';
import { LEVEL_FAMILIES, LEVEL_LABEL_CHARS } from './rowLabels';

export interface LevelFragment {
  readonly line: number;
  readonly text: string;
}

export type Level = 'level1' | 'level2';

export interface LevelLabel {
  readonly cell: Cell;
  readonly firstLine: number;
  readonly lastLine: number;
}

const isLabelToken = (token: string): boolean => [...simplifiedChars(token)].some((ch) => LEVEL_LABEL_CHARS.has(ch));

/** Whether a label column's cell holds a fragment of a 一级/二级 label (not only noise such as `1870`). */
export const hasLevelLabelText = (text: string): boolean => text.split(/\s+/).some(isLabelToken);


/** The family a label (or a token of one) names, -1 if none; labels and tokens carry no whitespace that matters. */
const familyOf = (text: string, level: Level): number => {
  const simplified = simplifiedChars(text);
  return LEVEL_FAMILIES.findIndex((family) => family[level].test(simplified));
};

/** A token that is a whole label by itself (`产出指标`, `服对满度标`; not a tail such as `度指标`). */
const isWholeLabel = (token: string, level: Level): boolean =>
  [...token].length >= 3 && simplifiedChars(token).endsWith('标') && familyOf(token, level) >= 0;

/**
 * Joins fragments, in line order, into labels; tokens on one line keep a space,
 * lines join with '\n'. A label ends with a token ending in 标; a token that is
 * a whole label, or one of another family than the tokens before it
 * (`可持 续影 响指` then `服务`), starts a new label.
 */
export function assembleLevelLabels(fragments: readonly LevelFragment[], level: Level): LevelLabel[] {
  const labels: LevelLabel[] = [];
  let pending: { line: number; token: string }[] = [];
  const flush = (): void => {
    const first = pending[0];
    const last = pending[pending.length - 1];
    if (first && last && !['指标', '标'].includes(simplifiedChars(compact(pending.map((p) => p.token).join(''))))) {
      const lines: string[] = [];
      let previous = -1;
      for (const { line, token } of pending) {
        if (line === previous) lines[lines.length - 1] += ` ${token}`;
        else lines.push(token);
        previous = line;
      }
      labels.push({ cell: { text: lines.join('\n'), line: first.line }, firstLine: first.line, lastLine: last.line });
    }
    pending = [];
  };
  for (const { line, text } of fragments) {
    for (const token of text.split(/\s+/).filter(isLabelToken)) {
      const pendingFamily = familyOf(pending.map((p) => p.token).join(''), level);
      const tokenFamily = familyOf(token, level);
      if (isWholeLabel(token, level) || (pendingFamily >= 0 && tokenFamily >= 0 && pendingFamily !== tokenFamily)) flush();
      pending.push({ line, token });
      if (simplifiedChars(token).endsWith('标')) flush();
    }
  }
  flush();
  return labels;
}

/**
 * The label of the group a row belongs to: a label spanning the row (the one
 * starting on it, else the latest), else the nearest label (the earlier on a tie).
 */
function labelAt(labels: readonly LevelLabel[], line: number): LevelLabel | null {
  const spanning = labels.filter((label) => label.firstLine <= line && line <= label.lastLine);
  if (spanning.length > 0) return spanning[spanning.length - 1]!;
  let best: LevelLabel | null = null;
  let bestDistance = Infinity;
  for (const label of labels) {
    const distance = line < label.firstLine ? label.firstLine - line : line - label.lastLine;
    if (distance < bestDistance) {
      best = label;
      bestDistance = distance;
    }
  }
  return best;
}

/** The 二级 label of an indicator row. */
export const level2For = (labels: readonly LevelLabel[], line: number): LevelLabel | null => labelAt(labels, line);

/**
 * The 一级 label of an indicator row: among the 一级 labels of its 二级 label's
 * family (产出 for 数量/质量/时效/成本, …) when that family is known, else among all.
 * Null when the family's 一级 label is not in the form (OCR lost it).
 */
export function level1For(labels: readonly LevelLabel[], line: number, level2: LevelLabel | null): LevelLabel | null {
  const family = level2 === null ? -1 : familyOf(level2.cell.text, 'level2');
  if (family < 0) return labelAt(labels, line);
  return labelAt(
    labels.filter((label) => familyOf(label.cell.text, 'level1') === family),
    line,
  );
}
