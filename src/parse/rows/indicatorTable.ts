/**
 * The indicator table of a self-evaluation in row-per-line text: indicator
 * rows recognised by their weight and score cells; names split across cells
 * and lines joined; 一级/二级 labels from their fragments; the 总分 row and
 * garbled copies of rows told apart by the form's arithmetic.
 */
import type { Cell, IndicatorRow, UnparsedLine } from '../forms';
import { findGarbledRows, type ScoredRow } from './garbledRows';
import type { IndicatorColumns } from './indicatorHeader';
import { continuesName, isContentless, locateScores, readCandidate, type ScoredCandidate } from './indicatorRow';
import { assembleLevelLabels, hasLevelLabelText, level1For, level2For, type LevelFragment } from './levelLabels';
import { hasCjk, nameNoise, numberValue, startsWithOperatorValue } from './ocrText';
import type { TableRow } from './tableRow';
import { readTotalRow } from './totalRow';

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005;

export interface IndicatorTable {
  indicators: IndicatorRow[];
  totalWeight: Cell | null;
  totalScore: Cell | null;
  consumed: number[];
  unparsed: UnparsedLine[];
  warnings: string[];
}

/**
 * Reads the indicator rows of one form. `rows` are the lines between the
 * header and the grade row, without the 总分 row (`totalRow`, if labelled);
 * `funds` are the form's funds weight and score (for the arithmetic).
 */
export function readIndicatorTable(
  rows: readonly TableRow[],
  columns: IndicatorColumns,
  totalRow: TableRow | null,
  funds: { weight: number | null; score: number | null },
): IndicatorTable {
  const consumed: number[] = [];
  const unparsed: UnparsedLine[] = [];
  const warnings: string[] = [];
  const reject = (row: TableRow, reason: string): void => {
    unparsed.push({ line: row.line, text: row.text, reason });
  };

  const candidates: ScoredCandidate[] = [];
  const others: TableRow[] = [];
  for (const row of rows) {
    const position = locateScores(row.cells, columns);
    if (position) candidates.push(readCandidate(row, columns, position));
    else others.push(row);
  }
  candidates.forEach((candidate, i) => {
    candidate.twin = [candidates[i - 1], candidates[i + 1]].some(
      (other) => other !== undefined && other.weight.text === candidate.weight.text && other.score.text === candidate.score.text,
    );
  });

  // The 总分 row: labelled, or a row of bare numbers whose weight is the sum of all weights.
  let total = totalRow ? readTotalRow(totalRow, candidates[candidates.length - 1]?.position ?? null) : null;
  const weightOf = (candidate: ScoredCandidate): number => numberValue(candidate.weight.text) ?? 0;
  let kept = candidates.filter((candidate) => {
    if (!isContentless(candidate)) return true;
    const withText = candidates.filter((other) => other !== candidate && !isContentless(other));
    const sumOfWeights = withText.reduce((sum, other) => sum + weightOf(other), 0) + (funds.weight ?? 0);
    const labelledWeight = total?.weight ? numberValue(total.weight.text) : null;
    if (totalRow && labelledWeight !== null && near(weightOf(candidate), labelledWeight)) {
      reject(candidate.row, `garbled copy of the 总分 row (line ${totalRow.line}): bare numbers, no indicator text`);
      return false;
    }
    if (!totalRow && near(weightOf(candidate), sumOfWeights)) {
      total = { weight: candidate.weight, score: candidate.score };
      consumed.push(candidate.row.line);
      warnings.push('total_label_missing');
      return false;
    }
    return true;
  });

  // Garbled copies: rows whose scores push the sum past the printed total.
  const totalScore = total?.score ? numberValue(total.score.text) : null;
  const totalWeight = total?.weight ? numberValue(total.weight.text) : null;
  const scored = kept.map((candidate): ScoredRow & { candidate: ScoredCandidate } => ({
    candidate,
    line: candidate.row.line,
    weight: weightOf(candidate),
    score: numberValue(candidate.score.text) ?? 0,
    damage: candidate.damage,
    twin: candidate.twin,
  }));
  const dropped = findGarbledRows(scored, {
    weight: totalWeight !== null && funds.weight !== null ? totalWeight - funds.weight : null,
    score: totalScore !== null && funds.score !== null ? totalScore - funds.score : null,
  });
  // Extra lines of an indicator's name: a wrapped name line, or a dropped row's clean name that continues its twin's.
  const nameParts = new Map<ScoredCandidate, { text: string; line: number }[]>();
  const addNamePart = (owner: ScoredCandidate, part: { text: string; line: number }): void => {
    nameParts.set(owner, [...(nameParts.get(owner) ?? []), part]);
  };
  if (dropped === null) {
    warnings.push('score_sum_exceeds_total');
  } else {
    for (const row of dropped) {
      const { candidate } = row;
      const index = kept.indexOf(candidate);
      const twin = [kept[index - 1], kept[index + 1]].find(
        (other) => other?.twin && other.weight.text === candidate.weight.text && other.score.text === candidate.score.text,
      );
      if (twin && !dropped.some((other) => other.candidate === twin) && continuesName(candidate, twin)) {
        // A name printed over two lines, each of which OCR gave the row's values: one name, the better values.
        addNamePart(twin, { text: candidate.name, line: candidate.row.line });
        twin.warnings.push('ocr_row_merged');
        consumed.push(candidate.row.line);
        continue;
      }
      const copyOf = twin ? `, same weight/score as line ${twin.row.line}` : '';
      const printed = total?.score?.text ?? total?.weight?.text;
      reject(
        candidate.row,
        `garbled OCR row${copyOf}: counting its ${candidate.weight.text}/${candidate.score.text} would push the indicators past the printed total ${printed}`,
      );
    }
    kept = kept.filter((candidate) => !dropped.some((row) => row.candidate === candidate));
  }

  // 一级/二级 labels from every line's fragments; name continuations from text-only lines.
  const level1Col = columns.get('level1')?.first ?? 0;
  const level2Col = columns.get('level2')?.first ?? 1;
  const nameFirst = columns.get('name')?.first ?? Math.max(level1Col, level2Col) + 1;
  const level1Fragments: LevelFragment[] = [];
  const level2Fragments: LevelFragment[] = [];
  for (const row of rows) {
    level1Fragments.push({ line: row.line, text: row.cells[level1Col] ?? '' });
    level2Fragments.push({ line: row.line, text: row.cells[level2Col] ?? '' });
  }
  const level1Labels = assembleLevelLabels(level1Fragments, 'level1');
  const level2Labels = assembleLevelLabels(level2Fragments, 'level2');
  const hasLabelFragment = (row: TableRow): boolean =>
    hasLevelLabelText(row.cells[level1Col] ?? '') || hasLevelLabelText(row.cells[level2Col] ?? '');
  for (const row of others) {
    const text = row.cells.slice(nameFirst).filter((cell) => cell !== '');
    const isContinuation =
      text.length > 0 && text.every((cell) => hasCjk(cell) && nameNoise(cell) === 0 && !startsWithOperatorValue(cell));
    const owner = isContinuation
      ? ([...kept].reverse().find((candidate) => candidate.row.line < row.line) ?? kept.find((c) => c.row.line > row.line))
      : undefined;
    if (owner) {
      addNamePart(owner, { text: text.join(''), line: row.line });
      consumed.push(row.line);
    } else if (hasLabelFragment(row)) {
      consumed.push(row.line);
    } else {
      reject(row, 'OCR noise inside the indicator table: no indicator, label or name text');
    }
  }

  const indicators = kept.map((candidate): IndicatorRow => {
    consumed.push(candidate.row.line);
    const rowWarnings = [...candidate.warnings];
    const level2 = level2For(level2Labels, candidate.row.line);
    const level1 = level1For(level1Labels, candidate.row.line, level2);
    if (level1 === null) rowWarnings.push('level1_missing');
    if (level2 === null) rowWarnings.push('level2_missing');
    const parts = [{ text: candidate.name, line: candidate.row.line }, ...(nameParts.get(candidate) ?? [])]
      .filter((part) => part.text !== '')
      .sort((a, b) => a.line - b.line);
    if (parts.length === 0) rowWarnings.push('name_missing');
    const cell = (text: string): Cell | null => (text === '' ? null : { text, line: candidate.row.line });
    return {
      level1: level1?.cell ?? null,
      level2: level2?.cell ?? null,
      name: { text: parts.map((part) => part.text).join('\n'), line: parts[0]?.line ?? candidate.row.line },
      target: cell(candidate.target),
      actual: cell(candidate.actual),
      weight: candidate.weight,
      score: candidate.score,
      deviationNote: cell(candidate.note),
      warnings: rowWarnings,
    };
  });
  return {
    indicators,
    totalWeight: total?.weight ?? null,
    totalScore: total?.score ?? null,
    consumed,
    unparsed,
    warnings,
  };
}
