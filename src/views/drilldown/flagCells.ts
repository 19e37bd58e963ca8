import type { FormFlag } from './drilldownQueries';

/** Cells of the form's header, funds block and total that a finding can point at. */
export type FormCell =
  | 'project'
  | 'budget_initial'
  | 'budget_full_year'
  | 'executed'
  | 'execution_weight'
  | 'execution_rate'
  | 'execution_score'
  | 'total_weight'
  | 'total_score'
  | 'grade'
  | 'indicators';

/** Cells of an indicator row. */
export type IndicatorCell = 'name' | 'target' | 'actual' | 'weight' | 'score' | 'deviation_note';

interface CellsOfRule {
  form: readonly FormCell[];
  indicator: readonly IndicatorCell[];
}

/**
 * Which cells each rule's finding concerns, so the drill-down highlights the very
 * numbers the message cites. Keyed by rule id, then by its group (`exec.`); a rule
 * not listed marks the project name (form-level) or the indicator's name.
 */
const CELLS: Record<string, CellsOfRule> = {
  exec: { form: ['executed', 'execution_rate'], indicator: [] },
  'exec.over': { form: ['budget_full_year', 'executed', 'execution_rate'], indicator: [] },
  budget: { form: ['budget_initial', 'budget_full_year'], indicator: [] },
  'calc.rate': { form: ['execution_rate'], indicator: [] },
  'calc.exec_score': { form: ['execution_score'], indicator: [] },
  'calc.total': { form: ['total_score'], indicator: ['score'] },
  'calc.over_weight': { form: ['execution_score'], indicator: ['weight', 'score'] },
  'calc.weights': { form: ['total_weight'], indicator: ['weight'] },
  'calc.grade': { form: ['total_score', 'grade'], indicator: [] },
  score: { form: [], indicator: ['score'] },
  'inflation.low_exec_high_score': { form: ['execution_rate', 'total_score'], indicator: [] },
  'inflation.full_marks_low_exec': { form: ['execution_rate', 'total_score'], indicator: ['score'] },
  'inflation.unmet_full_score': { form: [], indicator: ['target', 'actual', 'score'] },
  'inflation.no_deviation_note': { form: [], indicator: ['score', 'deviation_note'] },
  'target.over_achieved': { form: [], indicator: ['target', 'actual'] },
  'target.boilerplate_actual': { form: [], indicator: ['actual'] },
  'target.unit_mismatch': { form: [], indicator: ['target', 'actual'] },
  'target.cost_vs_budget': { form: ['budget_initial', 'budget_full_year'], indicator: ['target'] },
  'target.vague': { form: [], indicator: ['target'] },
  plan: { form: [], indicator: ['name', 'target'] },
  'plan.budget_changed': { form: ['budget_initial'], indicator: [] },
  'dept.satisfaction_exact': { form: [], indicator: ['target', 'actual'] },
  'dept.copied_indicators': { form: [], indicator: ['name', 'target', 'actual'] },
  'form.empty': { form: ['indicators'], indicator: [] },
  'form.no_total': { form: ['total_score'], indicator: [] },
};

function cellsOf(ruleId: string): CellsOfRule | undefined {
  return CELLS[ruleId] ?? CELLS[ruleId.split('.')[0]!];
}

/** Flagged cells of the open form: form cells and `index:cell` keys of indicator cells, each with the rules that flag it. */
export interface FlaggedCells {
  form: Map<FormCell, string[]>;
  indicator: Map<string, string[]>;
}

export const indicatorKey = (index: number, cell: IndicatorCell) => `${index}:${cell}`;

function add<K>(map: Map<K, string[]>, key: K, ruleId: string) {
  const list = map.get(key) ?? [];
  if (!list.includes(ruleId)) list.push(ruleId);
  map.set(key, list);
}

export function flaggedCells(flags: readonly FormFlag[]): FlaggedCells {
  const result: FlaggedCells = { form: new Map(), indicator: new Map() };
  for (const flag of flags) {
    const cells = cellsOf(flag.rule_id);
    if (flag.indicator_index !== null) {
      const indicatorCells = cells?.indicator.length ? cells.indicator : (['name'] as const);
      for (const cell of indicatorCells) add(result.indicator, indicatorKey(flag.indicator_index, cell), flag.rule_id);
    } else {
      const formCells = cells?.form.length ? cells.form : (['project'] as const);
      for (const cell of formCells) add(result.form, cell, flag.rule_id);
    }
  }
  return result;
}
