/**
 * OCR of a row-per-line table sometimes prints a row twice: once readable,
 * once garbled (`100.00(0/)`, a name lost, values shifted), each with the
 * weight and score. Counting both pushes the sum of scores past the printed
 * total. The form's own arithmetic tells which rows are extra: the printed
 * total minus the funds score is what the indicators add up to.
 */

export interface ScoredRow {
  readonly line: number;
  readonly weight: number;
  readonly score: number;
  /** How damaged the row's text looks (name, values, number cells); 0 = clean, never dropped. */
  readonly damage: number;
  /** The row has the same weight and score as the row before or after it: a likely copy. */
  readonly twin: boolean;
}

export interface ExpectedSums {
  readonly weight: number | null;
  readonly score: number | null;
}

const TOLERANCE = 0.005;
const MAX_DROPPED = 6;
/** Only the most garbled rows are tried, so that a long form stays fast. */
const MAX_SUSPECTS = 20;

/** Damage, and more so for a twin of its neighbour: the order in which rows are suspected. */
const suspicion = (row: ScoredRow): number => row.damage + (row.twin ? 2 : 0);

const sum = (rows: readonly ScoredRow[], key: 'weight' | 'score'): number =>
  rows.reduce((total, row) => total + row[key], 0);

function* subsets<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i++) {
    for (const rest of subsets(items, size - 1, i + 1)) yield [items[i]!, ...rest];
  }
}

/**
 * The rows to drop so that the remaining weights and scores add up to the
 * expected sums: [] when nothing exceeds them, the fewest damaged rows (then
 * the most suspect) that make both sums match, or null when the sums exceed
 * the total and no set of garbled rows explains it (a real discrepancy: keep all).
 */
export function findGarbledRows<T extends ScoredRow>(rows: readonly T[], expected: ExpectedSums): T[] | null {
  if (expected.weight === null && expected.score === null) return [];
  const weights = sum(rows, 'weight');
  const scores = sum(rows, 'score');
  const exceeds =
    (expected.weight !== null && weights > expected.weight + TOLERANCE) ||
    (expected.score !== null && scores > expected.score + TOLERANCE);
  if (!exceeds) return [];
  const suspects = rows
    .filter((row) => row.damage > 0)
    .sort((a, b) => suspicion(b) - suspicion(a))
    .slice(0, MAX_SUSPECTS);
  const matches = (dropped: readonly ScoredRow[]): boolean =>
    (expected.weight === null || Math.abs(weights - sum(dropped, 'weight') - expected.weight) <= TOLERANCE) &&
    (expected.score === null || Math.abs(scores - sum(dropped, 'score') - expected.score) <= TOLERANCE);
  for (let size = 1; size <= Math.min(MAX_DROPPED, suspects.length); size++) {
    let best: T[] | null = null;
    let bestGarble = -1;
    for (const candidate of subsets(suspects, size)) {
      if (!matches(candidate)) continue;
      const garble = candidate.reduce((total, row) => total + suspicion(row), 0);
      if (garble > bestGarble) {
        best = candidate;
        bestGarble = garble;
      }
    }
    if (best) return best;
  }
  return null;
}
