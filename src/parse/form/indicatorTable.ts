/**
 * The indicator table of a form: rows read by the header's columns (or, where OCR shifted a row,
 * by its weight/score pair); names split across lines joined; 一级/二级 labels carried down from
 * the row that prints them, or — where OCR scattered a merged label cell over several lines —
 * assembled from their fragments; the 总分 row and garbled copies of rows told apart by the
 * form's arithmetic. Placeholder rows (`指标1：`, `……`, `此项目不涉及` with no values) are no indicators.
 */
import { hasCjk, nameNoise, numberCell, numberValue, startsWithOperatorValue } from '../cellText';
import type { Cell, IndicatorRow } from '../forms';
import type { CellLedger } from '../cellLedger';
import { simplifiedChars } from '../../normalize/simplifiedChars';
import { FUNDS_COLUMN_ROLES, PLACEHOLDER_INDICATOR_NAME, labelKey, level1Family, level1FamilyOfLevel2, matchesLabel } from '../labels';
import { cellAtColumn, type DenseRow } from './denseRow';
import { findGarbledRows, type ScoredRow } from './garbledRows';
import { continuesName, headerPosition, isContentless, locateScores, readCandidate, type ScoredCandidate } from './indicatorRow';
import { assembleLevelLabels, hasLevelLabelText, level1For, level2For, type LevelFragment } from './levelLabels';
import type { IndicatorColumns } from './rowLabels';
import { readTotalRow, type TotalCells } from './totalRow';

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005;

export interface IndicatorTable {
  indicators: IndicatorRow[];
  totalWeight: Cell | null;
  totalScore: Cell | null;
  warnings: string[];
}

/** 二级 labels printed without 指标 (`经济效益`, `数量`). */
const SHORT_LEVEL2 = new Set(['数量', '质量', '时效', '成本', '经济效益', '社会效益', '生态效益', '可持续影响', '满意度', '服务对象满意度']);

/** A level cell that is a whole label (`产出指标（50分）`, `社会效益\n指标`, `经济效益`), not an OCR fragment of one (`产出`, `度指`). */
function isWholeLevelLabel(text: string): boolean {
  const key = labelKey(text).replace(/\(\d+(?:\.\d+)?分\)$/, '');
  return SHORT_LEVEL2.has(key) || (key.length >= 4 && key.length <= 14 && /(?:指标|满意度)$/.test(key));
}

/**
 * Reads the indicator rows of one form. `rows` are the rows between the header and the end of the
 * table, without the 总分 row (`totalRow`, if labelled); `funds` are the form's funds weight and
 * score (for the arithmetic). Every row's cells end consumed or rejected in the ledger.
 */
export function readIndicatorTable(
  printedRows: readonly DenseRow[],
  columns: IndicatorColumns,
  totalRow: DenseRow | null,
  funds: { weight: number | null; score: number | null },
  ledger: CellLedger,
): IndicatorTable {
  const warnings: string[] = [];
  const rows = columns.has('weight') || columns.has('score')
    ? printedRows.map((row) => leadingBlanksRestored(rateRowAligned(row, columns), columns))
    : printedRows.map((row) => endAligned(row, columns));
  const level1Col = columns.get('level1')?.first ?? 0;
  const level2Col = columns.get('level2')?.first ?? 1;
  const nameFirst = columns.get('name')?.first ?? Math.max(level1Col, level2Col) + 1;
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const aligned = headerPosition(columns, width);

  // A table whose label cells OCR scattered over lines of their own is read as OCR: a row without
  // a weight/score pair is a name's next line, a label's fragment or noise, never an indicator.
  const isFragment = (text: string): boolean => text !== '' && labelKey(text).length <= 5 && hasLevelLabelText(text) && !isWholeLevelLabel(text);
  const fragmented = rows.some((row) => isFragment(row.cells[level1Col] ?? '') || isFragment(row.cells[level2Col] ?? ''));
  const candidates: ScoredCandidate[] = [];
  const others: DenseRow[] = [];
  for (const row of rows) {
    const position = locateScores(row.cells, columns);
    if (position) {
      candidates.push(readCandidate(row, columns, position));
      continue;
    }
    const unscored = fragmented ? null : readCandidate(row, columns, aligned);
    if (unscored && isIndicator(unscored)) candidates.push(unscored);
    else others.push(row);
  }
  candidates.forEach((candidate, i) => {
    candidate.twin = sameFigures(candidate, candidates[i - 1]) || sameFigures(candidate, candidates[i + 1]);
  });

  const weightOf = (candidate: ScoredCandidate): number => (candidate.weight ? (numberValue(candidate.weight.text) ?? 0) : 0);
  const scoreOf = (candidate: ScoredCandidate): number => (candidate.score ? (numberValue(candidate.score.text) ?? 0) : 0);
  const sums = {
    weight: candidates.some((c) => c.weight) ? candidates.reduce((sum, c) => sum + weightOf(c), 0) + (funds.weight ?? 0) : null,
    score: candidates.some((c) => c.score) ? candidates.reduce((sum, c) => sum + scoreOf(c), 0) + (funds.score ?? 0) : null,
  };
  // The 总分 row: labelled, or a row of bare numbers whose weight is the sum of all weights.
  let total: TotalCells | null = totalRow ? readTotalRow(totalRow, candidates[candidates.length - 1]?.position ?? null, sums, columns, fragmented) : null;
  let kept = candidates.filter((candidate) => {
    if (!isContentless(candidate) || candidate.weight === null) return true;
    const withText = candidates.filter((other) => other !== candidate && !isContentless(other));
    const sumOfWeights = withText.reduce((sum, other) => sum + weightOf(other), 0) + (funds.weight ?? 0);
    const labelledWeight = total?.weight ? numberValue(total.weight.text) : null;
    if (totalRow && labelledWeight !== null && near(weightOf(candidate), labelledWeight)) {
      ledger.rejectRow(candidate.row.row, `garbled copy of the 总分 row (line ${totalRow.line}): bare numbers, no indicator text`);
      return false;
    }
    // An unlabelled total totals indicators: with no row of text read (columns not placed), a weight that equals the funds row's is no total.
    if (!totalRow && withText.length > 0 && near(weightOf(candidate), sumOfWeights)) {
      total = { weight: candidate.weight, score: candidate.score };
      ledger.consumeRow(candidate.row.row);
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
    score: scoreOf(candidate),
    damage: candidate.damage,
    twin: candidate.twin,
  }));
  // Only OCR prints garbled copies of rows; a clean table's sums are what the form says (the rules check them).
  const dropped = !fragmented ? [] : findGarbledRows(scored, {
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
        (other) => other?.twin && other.weight?.text === candidate.weight?.text && other.score?.text === candidate.score?.text,
      );
      if (twin && !dropped.some((other) => other.candidate === twin) && continuesName(candidate, twin)) {
        // A name printed over two lines, each of which OCR gave the row's values: one name, the better values.
        addNamePart(twin, { text: candidate.name, line: candidate.lines.name });
        twin.warnings.push('ocr_row_merged');
        ledger.consumeRow(candidate.row.row);
        continue;
      }
      if (!warnings.includes('garbled_rows_dropped')) warnings.push('garbled_rows_dropped');
      const copyOf = twin ? `, same weight/score as line ${twin.row.line}` : '';
      const printed = total?.score?.text ?? total?.weight?.text;
      ledger.rejectRow(
        candidate.row.row,
        `garbled OCR row${copyOf}: counting its ${candidate.weight?.text}/${candidate.score?.text} would push the indicators past the printed total ${printed}`,
      );
    }
    kept = kept.filter((candidate) => !dropped.some((row) => row.candidate === candidate));
  }

  // Rows that are no indicator: a name's next line, a label's fragment, a placeholder, or noise.
  const levelText = (row: DenseRow, col: number): string => row.cells[col] ?? '';
  const hasLabelFragment = (row: DenseRow): boolean => hasLevelLabelText(levelText(row, level1Col)) || hasLevelLabelText(levelText(row, level2Col));
  for (const row of others) {
    const text = row.cells.slice(nameFirst).filter((cell) => cell !== '');
    const isPlaceholder = text.length > 0 && text.every((cell) => isPlaceholderName(cell) || /^0+(?:\.0+)?$/.test(cell));
    // A name's next line, not the start of the next row cut off with its form (`时效指标 | 指标`).
    const isContinuation =
      !isPlaceholder && text.length > 0 && text.every((cell) => hasCjk(cell) && nameNoise(cell) === 0 && !startsWithOperatorValue(cell)) && !text.some(isWholeLevelLabel);
    const owner = isContinuation ? ([...kept].reverse().find((candidate) => candidate.row.line < row.line) ?? kept.find((c) => c.row.line > row.line)) : undefined;
    if (owner) {
      addNamePart(owner, { text: text.join(''), line: row.line });
      ledger.consumeRow(row.row);
    } else if (isPlaceholder || text.length === 0 || hasLabelFragment(row)) {
      ledger.consumeRow(row.row);
    } else {
      ledger.rejectRow(row.row, 'OCR noise inside the indicator table: no indicator, label or name text');
    }
  }

  const levels = levelsOf(rows, kept, level1Col, level2Col, fragmented);
  const indicators = kept.map((candidate): IndicatorRow => {
    ledger.consumeRow(candidate.row.row);
    const rowWarnings = [...candidate.warnings];
    const { level1, level2 } = levels.get(candidate) ?? { level1: null, level2: null };
    rowWarnings.push(...(levels.get(candidate)?.warnings ?? []));
    const parts = [{ text: candidate.name, line: candidate.lines.name }, ...(nameParts.get(candidate) ?? [])].filter((part) => part.text !== '').sort((a, b) => a.line - b.line);
    if (parts.length === 0) rowWarnings.push('name_missing');
    return {
      level1,
      level2,
      name: { text: parts.map((part) => part.text).join('\n'), line: parts[0]?.line ?? candidate.lines.name },
      target: cell(candidate.target, candidate.lines.target),
      actual: cell(candidate.actual, candidate.lines.actual),
      weight: candidate.weight,
      score: candidate.score,
      deviationNote: cell(candidate.note, candidate.lines.note),
      warnings: rowWarnings,
    };
  });
  return { indicators, totalWeight: total?.weight ?? null, totalScore: total?.score ?? null, warnings };
}

/**
 * A row of a table without scores (a target table) whose value ends left of the header's last
 * column: a text copy left out the merged 一级/二级 cells on its left (`疫木除治数量 | ≥12000株 |
 * 疫木除治数量 | ≥4000株` under `一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值`),
 * so its cells are moved right until the value stands in the last value column. A cell that then stands
 * in a 一级/二级 column without being such a label is the other half's, and left out.
 */
function endAligned(row: DenseRow, columns: IndicatorColumns): DenseRow {
  // The value's column, not a note's after it (`指标值 | 说明`): a note is often left blank, its row then ending at the value.
  const lastColumn = Math.max(...[...columns].filter(([role]) => role !== 'deviationNote').map(([, span]) => span.first));
  const lastFilled = row.cells.findLastIndex((text) => text !== '');
  const value = row.cells[lastFilled] ?? '';
  const isValue = startsWithOperatorValue(value) || (/\d/.test(value) && !/[:：]/.test(value));
  if (lastFilled < 1 || lastFilled >= lastColumn || !isValue) return row;
  const blanks = lastColumn - lastFilled;
  const cells = [...new Array<string>(blanks).fill(''), ...row.cells];
  const at = [...new Array<DenseRow['at'][number]>(blanks).fill(null), ...row.at];
  const levelColumns = [columns.get('level1')?.first, columns.get('level2')?.first];
  for (const col of levelColumns) {
    if (col === undefined || cells[col] === '' || isLevelLabel(cells[col]!)) continue;
    cells[col] = '';
    at[col] = null;
  }
  return { ...row, cells, at };
}

/** A 一级 or 二级 label (`产出指标`, `数量指标`). */
const isLevelLabel = (text: string): boolean => level1Family(text) !== null || level1FamilyOfLevel2(text) !== null;

/**
 * A row whose text lost its leading blank cells (a tab-separated copy trimmed each line: the merged 一级/二级 cells and the
 * block label's column gone, `工程验收合格率 | 100% | 100% | 10 | 10` under `绩效指标 | 一级指标 | 二级指标 | 三级指标 | …`):
 * its weight/score pair stands left of the header's by as many columns as it lost, so its cells are moved right by as many —
 * where that puts a level label or nothing in the level columns and a name (no level label, no figure) in the name's.
 */
function leadingBlanksRestored(row: DenseRow, columns: IndicatorColumns): DenseRow {
  const position = locateScores(row.cells, columns);
  const nameCol = columns.get('name')?.first;
  const [level1Col, level2Col] = [columns.get('level1')?.first ?? -1, columns.get('level2')?.first ?? -1];
  // A level label in its own column: the row kept its leading cells (its pair stands left where a name spans two columns).
  const inPlace = level1Family(row.cells[level1Col] ?? '') !== null || level1FamilyOfLevel2(row.cells[level2Col] ?? '') !== null;
  if (position === null || position.shift >= 0 || nameCol === undefined || row.cells[0] === '' || inPlace) return row;
  const blanks = -position.shift;
  const cells = [...new Array<string>(blanks).fill(''), ...row.cells];
  const at = [...new Array<DenseRow['at'][number]>(blanks).fill(null), ...row.at];
  const name = cells[nameCol] ?? '';
  const levels = [cells[level1Col] ?? '', cells[level2Col] ?? ''];
  if (name === '' || isLevelLabel(name) || numberCell(name) !== null || !levels.every((text) => text === '' || isLevelLabel(text))) return row;
  return { ...row, cells, at };
}

/**
 * A row that scores the budget-execution rate among the indicators (`| 预算执行率 | | | 10 | 9.34`, as many provinces print
 * it): its label, printed in a cell merged over the label columns, is the indicator's name, its two figures the weight and the
 * score; they are laid out at the header's columns (the label is no 一级 label to carry down).
 */
function rateRowAligned(row: DenseRow, columns: IndicatorColumns): DenseRow {
  const filled = row.cells.flatMap((text, col) => (text === '' ? [] : [col]));
  const [label, weight, score] = filled;
  const targets = [columns.get('name')?.first, columns.get('weight')?.first, columns.get('score')?.first];
  if (filled.length !== 3 || targets.includes(undefined) || !matchesLabel(row.cells[label!]!, FUNDS_COLUMN_ROLES.rate)) return row;
  if (![weight, score].every((col) => numberCell(row.cells[col!]!) !== null)) return row;
  const width = Math.max(row.cells.length, ...(targets as number[])) + 1;
  const cells = new Array<string>(width).fill('');
  const at = new Array<DenseRow['at'][number]>(width).fill(null);
  filled.forEach((from, i) => {
    cells[targets[i]!] = row.cells[from]!;
    at[targets[i]!] = row.at[from] ?? null;
  });
  return { ...row, cells, at };
}

/** Whether a neighbouring row prints the same weight and score as a row that has a weight. */
const sameFigures = (candidate: ScoredCandidate, other: ScoredCandidate | undefined): boolean =>
  other !== undefined && candidate.weight !== null && other.weight?.text === candidate.weight.text && other.score?.text === candidate.score?.text;

/** A name that stands for "no indicator here" (`指标1：`, `……`; a traditional `指標1：` read in simplified characters). */
const isPlaceholderName = (text: string): boolean => PLACEHOLDER_INDICATOR_NAME.test(simplifiedChars(text.replace(/\s+/gu, '')));

/** A text as a cell on its line; null when blank. */
const cell = (text: string, line: number): Cell | null => (text === '' ? null : { text, line });

/** A row read at the header's columns that is an indicator: anything but a placeholder (`指标1：`, `……`) without values. */
function isIndicator(candidate: ScoredCandidate): boolean {
  const placeholder = isPlaceholderName(candidate.name);
  const zeroOrBlank = candidate.score === null || /^0+(?:\.0+)?$/.test(candidate.score.text);
  if (placeholder && candidate.target === '' && candidate.actual === '' && candidate.weight === null && zeroOrBlank) return false;
  return candidate.name !== '' || candidate.target !== '' || candidate.actual !== '' || candidate.weight !== null;
}

interface Levels {
  level1: Cell | null;
  level2: Cell | null;
  warnings: string[];
}

/**
 * The 一级/二级 labels of each indicator. Where every label cell is a whole label, printed on the
 * first row of its group, a label is carried down to the rows below it (merged cells are blank
 * there); a blank 一级 cell whose 二级 label belongs to another 一级 family (`社会效益指标` under
 * `产出指标`) gets that family's name, with the warning `level1_inferred`. Where OCR scattered a
 * merged label over lines of its own (fragments such as `产出` / `指标`), the fragments are joined
 * into labels and each row takes the label of its group (`level1_missing` / `level2_missing` when
 * none is left).
 */
function levelsOf(rows: readonly DenseRow[], kept: readonly ScoredCandidate[], level1Col: number, level2Col: number, fragmented: boolean): Map<ScoredCandidate, Levels> {
  const out = new Map<ScoredCandidate, Levels>();
  if (fragmented) {
    const level1Fragments: LevelFragment[] = rows.map((row) => ({ line: row.at[level1Col]?.line ?? row.line, text: row.cells[level1Col] ?? '' }));
    const level2Fragments: LevelFragment[] = rows.map((row) => ({ line: row.at[level2Col]?.line ?? row.line, text: row.cells[level2Col] ?? '' }));
    const level1Labels = assembleLevelLabels(level1Fragments, 'level1');
    const level2Labels = assembleLevelLabels(level2Fragments, 'level2');
    for (const candidate of kept) {
      const level2 = level2For(level2Labels, candidate.row.line);
      const level1 = level1For(level1Labels, candidate.row.line, level2);
      const warnings = [...(level1 === null ? ['level1_missing'] : []), ...(level2 === null ? ['level2_missing'] : [])];
      out.set(candidate, { level1: level1?.cell ?? null, level2: level2?.cell ?? null, warnings });
    }
    return out;
  }
  const byRow = new Map(kept.map((candidate) => [candidate.row, candidate]));
  let level1: Cell | null = null;
  let level1Inferred = false;
  let level2: Cell | null = null;
  for (const row of rows) {
    const ownLevel1 = cellAtColumn(row, level1Col);
    const ownLevel2 = cellAtColumn(row, level2Col);
    const warnings: string[] = [];
    if (ownLevel1) {
      level1 = ownLevel1;
      level1Inferred = false;
      if (!ownLevel2) level2 = null;
    }
    if (ownLevel2) level2 = ownLevel2;
    const family = level2 ? level1FamilyOfLevel2(level2.text) : null;
    if (!ownLevel1) {
      const carried: Cell | null = level1;
      const carriedFamily: string | null = carried ? level1Family(carried.text) : null;
      if (family && level2 && (level1 === null || (carriedFamily !== null && carriedFamily !== family))) {
        level1 = { text: family, line: level2.line };
        level1Inferred = true;
      }
      if (level1Inferred) warnings.push('level1_inferred');
    }
    const candidate = byRow.get(row);
    if (candidate) out.set(candidate, { level1, level2, warnings });
  }
  return out;
}
