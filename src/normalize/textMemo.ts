/**
 * Answers of pure functions of a text, kept by the text. Forms repeat their template's labels and
 * most of their figures' texts (`≥95%`, `100%`, `是`): read once in a province's documents, they
 * are asked again and again — reading the corpus once after the dev set, 82 % of its target and
 * actual texts had been asked before — so the label vocabulary and the measure reader answer from here. Bounded:
 * texts longer than a label or a figure are not kept, and the kept answers are dropped together
 * when there are `size` of them.
 */
export function textMemo<T>(compute: (text: string) => T, size = 8192): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (text.length > MAX_KEPT_TEXT) return compute(text);
    const answer = kept.get(text);
    if (answer !== undefined || kept.has(text)) return answer as T;
    const computed = compute(text);
    if (kept.size >= size) kept.clear();
    kept.set(text, computed);
    return computed;
  };
}

/** The longest text kept: labels and figures are short, a goal or a note is asked once. */
const MAX_KEPT_TEXT = 100;

/**
 * `textMemo` per table: answers of a pure function of a text and one of a few constant tables (a
 * synonym table, a label list), kept per table.
 */
export function tableTextMemo<Table extends object, T>(compute: (text: string, table: Table) => T, size = 8192): (text: string, table: Table) => T {
  const byTable = new WeakMap<Table, (text: string) => T>();
  return (text, table) => {
    let memo = byTable.get(table);
    if (memo === undefined) {
      memo = textMemo((key) => compute(key, table), size);
      byTable.set(table, memo);
    }
    return memo(text);
  };
}
