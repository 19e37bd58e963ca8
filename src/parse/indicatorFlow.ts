import { hasCjk, isDirection, isMeasureText, isNumber, isOperator, isUnitText, numberValue } from './cellText';
import { INDICATOR_ASIDE_LABELS, INDICATOR_COLUMN_ROLES, type IndicatorColumn, keyMatches, labelKey, level1Family, level1FamilyOfLevel2, roleOfKey } from './labels';
import type { RowCell } from './row';

/**
 * The rows of an indicator table whose row breaks the text lost: the cells between the header and
 * the 总分 row, cut into rows and each cell given its column, by the most plausible reading. Each
 * row fills the header's columns in order; a row may leave out its 一级/二级 cells (merged from
 * the row above) and, where the text dropped blank cells, others; a cell fits a column by what it
 * looks like (a 二级 label, an operator, a unit, a number for 分值 and 得分…). Viterbi over
 * (cells read, next column), so every cell ends in exactly one row, or alone when nothing fits.
 */
export function indicatorFlowRows(header: readonly RowCell[], data: readonly RowCell[], blanksVisible: boolean): RowCell[][] {
  const columns = headerColumns(header);
  if (columns.length === 0 || !columns.some((column) => column.role === 'name')) return data.map((cell) => [cell]);
  const cells = blanksVisible ? [...data] : data.flatMap(splitWords);
  const breakCost = keepsRowsOnLines(cells) ? ROW_OVER_LINE_BREAK : 0;
  const k = columns.length;
  const n = cells.length;
  const NONE = Number.NEGATIVE_INFINITY;
  // best[i][j]: best score with i cells read and column j next in the current row (j = 0: between rows).
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(NONE));
  const back: { i: number; j: number; role: number | null; drop?: true }[][] = Array.from({ length: n + 1 }, () => new Array(k + 1));
  best[0]![0] = 0;
  const skipCost = (from: number, to: number): number => {
    let cost = 0;
    for (let j = from; j < to; j++) cost += skip(columns[j]!.role, blanksVisible);
    return cost;
  };
  for (let i = 0; i <= n; i++) {
    // Ending a row (its remaining columns left out) brings state (i, j) to (i, 0).
    for (let j = 1; j <= k; j++) {
      const score = best[i]![j]!;
      if (score === NONE) continue;
      const ended = score + skipCost(j, k);
      if (ended > best[i]![0]!) {
        best[i]![0] = ended;
        back[i]![0] = { i, j, role: null };
      }
    }
    if (i === n) break;
    const cell = cells[i]!;
    const onNewLine = i > 0 && cell.line !== cells[i - 1]!.line;
    for (let j = 0; j <= k; j++) {
      const inRow = best[i]![j]!;
      if (inRow === NONE) continue;
      // Where the text keeps a row on its line, a row goes on onto the next line only at a cost.
      const score = j > 0 && onNewLine ? inRow - breakCost : inRow;
      // A name printed in several pieces: the cell continues the name just read.
      const last = j - 1;
      if (last >= 0 && columns[last]!.role === 'name' && !blanksVisible && fit('name', cell) > 0) {
        relax(i + 1, j, score + 0.2, { i, j, role: last });
      }
      for (let m = j; m < k; m++) {
        const fitness = fit(columns[m]!.role, cell);
        if (fitness === NONE) continue;
        relax(i + 1, m + 1, score + skipCost(j, m) + fitness, { i, j, role: m });
      }
      // A cell that fits nowhere stands alone (and will be reported); a blank cell between rows (a run of
      // `|` lines where merged cells were) is passed over.
      if (j === 0) relax(i + 1, 0, cell.text === '' ? score : score - 8, { i, j, role: null, drop: true });
    }
  }

  function relax(i: number, j: number, score: number, from: { i: number; j: number; role: number | null; drop?: true }): void {
    if (score > best[i]![j]!) {
      best[i]![j] = score;
      back[i]![j] = from;
    }
  }

  // Walk back from (n, 0), collecting each row's cells with their columns.
  const rows: RowCell[][] = [];
  let row: { cell: RowCell; role: number }[] = [];
  for (let i = n, j = 0; i > 0 || j > 0; ) {
    const step = back[i]![j]!;
    if (step.role === null && !step.drop) {
      // A row ended here: the cells read since belong to it.
      if (row.length > 0) rows.push(assemble(row.reverse(), columns));
      row = [];
    } else if (step.drop) {
      if (row.length > 0) rows.push(assemble(row.reverse(), columns));
      row = [];
      if (cells[step.i]!.text !== '') rows.push([cells[step.i]!]);
    } else {
      row.push({ cell: cells[step.i]!, role: step.role! });
    }
    i = step.i;
    j = step.j;
  }
  if (row.length > 0) rows.push(assemble(row.reverse(), columns));
  return rows.reverse();
}

/** What a row going on over a line break costs where the text keeps its rows on lines: more than any cell's fit gains. */
const ROW_OVER_LINE_BREAK = 6;

/**
 * Whether the cells' text keeps each row on a line of its own (a row's cells run together or spaced on its line, cut
 * into several cells at labels and spaces): most of their lines give more than one cell. One cell per line says nothing.
 */
function keepsRowsOnLines(cells: readonly RowCell[]): boolean {
  const perLine = new Map<number, number>();
  for (const cell of cells) perLine.set(cell.line, (perLine.get(cell.line) ?? 0) + 1);
  const several = [...perLine.values()].filter((count) => count > 1).length;
  return several * 2 > perLine.size;
}

/** A column no field is read from (`评分标准`, INDICATOR_ASIDE_LABELS): its cells still fill it, as the row's others do theirs. */
type FlowColumn = IndicatorColumn | 'aside';

interface Column {
  readonly role: FlowColumn;
  readonly col: number;
}

/** The header's role columns in order (the block label `绩效指标` names none); a column is its place in the header row. */
function headerColumns(header: readonly RowCell[]): Column[] {
  const columns: Column[] = [];
  const seen = new Set<IndicatorColumn>();
  header.forEach((cell, col) => {
    if (keyMatches(cell.key, INDICATOR_ASIDE_LABELS)) columns.push({ role: 'aside', col });
    const role = roleOfKey(cell.key, INDICATOR_COLUMN_ROLES);
    if (role !== null && !seen.has(role)) {
      seen.add(role);
      columns.push({ role, col });
    }
  });
  return columns;
}

/** Where blank cells were lost, a cell may hold several: `购置服装套数 60套 62套 20 20`. */
function splitWords(cell: RowCell): RowCell[] {
  const words = cell.text.split(/\s+/u).filter((word) => word !== '');
  if (words.length <= 1) return [cell];
  return words.map((word) => ({ ...cell, text: word, plain: word, key: labelKey(word) }));
}

/** The cells of one row at their header columns; pieces of one name joined. */
function assemble(parts: readonly { cell: RowCell; role: number }[], columns: readonly Column[]): RowCell[] {
  const out: RowCell[] = [];
  for (const { cell, role } of parts) {
    const col = columns[role]!.col;
    const previous = out[out.length - 1];
    if (previous && previous.col === col) {
      const lines = [...new Set([...previous.lines, ...cell.lines])].sort((a, b) => a - b);
      out[out.length - 1] = { ...previous, text: `${previous.text}${cell.text}`, plain: `${previous.plain}${cell.plain}`, key: labelKey(`${previous.plain}${cell.plain}`), lines, ids: [...previous.ids, ...cell.ids] };
    } else {
      out.push({ ...cell, col, span: 1 });
    }
  }
  return out;
}

const isLevel1 = (cell: RowCell): boolean =>
  cell.key.length <= 14 && (/^\(\d+分\)$/.test(cell.key) || (level1Family(cell.text) !== null && /指标|\(\d+分\)$|^(产出|效益|满意度)$/.test(cell.key)));
// Zhejiang's and Hefei's templates print a 二级 label with its points (`数量指标(20分)`), as they do the 一级 one.
const isLevel2 = (cell: RowCell): boolean => cell.key.length <= 14 && level1FamilyOfLevel2(cell.text) !== null && /指标(?:\(\d+分\))?$|^(数量|质量|时效|成本|满意度)$/.test(cell.key);

/** How well a cell fits a column (higher is better; -∞: never). */
function fit(role: FlowColumn, cell: RowCell): number {
  const NONE = Number.NEGATIVE_INFINITY;
  const text = cell.text;
  const blank = text === '';
  const level = isLevel1(cell) || isLevel2(cell);
  const number = isNumber(text);
  switch (role) {
    case 'level1':
      return blank ? 0.5 : isLevel1(cell) ? 4 : NONE;
    case 'level2':
      return blank ? 0.5 : isLevel2(cell) ? 4 : NONE;
    case 'name':
      if (blank) return -2;
      if (level) return NONE;
      return number ? -3 : hasCjk(text) ? 1.5 : 0;
    case 'nature':
      return blank ? 0 : isOperator(text) ? 3 : isDirection(text) ? 1 : -3;
    case 'direction':
      return blank ? 0 : isDirection(text) ? 3 : isOperator(text) ? 1 : -3;
    case 'priorTarget':
    case 'target':
      if (blank) return -0.5;
      if (level) return NONE;
      return isMeasureText(text) ? 2 : number ? 1 : 0.5;
    case 'unit':
      return blank ? 0 : isUnitText(text) ? 2 : -2;
    case 'actual':
      if (blank) return 0.3;
      if (level) return NONE;
      return isMeasureText(text) || number ? 1.5 : 0.5;
    case 'weight': {
      if (blank) return 0;
      const value = numberValue(text);
      return value !== null && value > 0 && value <= 100 ? 2 : NONE;
    }
    case 'score': {
      if (blank) return 0;
      const value = numberValue(text);
      return value !== null && value >= 0 && value <= 100 ? 2 : NONE;
    }
    case 'deviationNote':
    case 'aside':
      if (blank) return 0.3;
      if (level) return NONE;
      return number ? -1 : hasCjk(text) && !/\d/.test(text) ? 1 : 0.3;
  }
}

/** What leaving a column out of a row costs: nothing for merged 一级/二级 cells, more where the text keeps blanks. */
function skip(role: FlowColumn, blanksVisible: boolean): number {
  if (role === 'level1' || role === 'level2') return 0;
  if (blanksVisible) return role === 'deviationNote' || role === 'aside' ? -1 : -4;
  switch (role) {
    case 'name':
      return -5;
    case 'nature':
    case 'direction':
    case 'unit':
      return -0.5;
    case 'target':
      return -1;
    case 'actual':
      return -0.8;
    case 'weight':
    case 'score':
      return -1.5;
    default:
      return 0;
  }
}
