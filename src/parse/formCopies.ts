/**
 * Two readings of one form in a document: a page that prints the form as a table and, in its
 * metadata table (信息名称 | … | 内容概述), the same form run together. The copies name the same
 * project, agency and year and never state different budgets; the reading with more of the
 * header read is kept, the other one's cells are reported as a copy.
 */
import { parseYear } from '../normalize/year';
import type { Cell, SelfEvaluationForm, TargetTableForm } from './forms';

type Form = SelfEvaluationForm | TargetTableForm;

const key = (cell: Cell | null): string | null => (cell === null ? null : cell.text.replace(/\s+/g, ''));

const budgetOf = (form: Form): string | null => key('funds' in form ? form.funds.budgetFullYear : form.budgetTotal);

/** Whether two forms read from one document are copies of one form. */
export function sameForm(a: Form, b: Form): boolean {
  if (key(a.project) === null || key(a.project) !== key(b.project)) return false;
  if (key(a.department) !== key(b.department)) return false;
  // What one copy does not state (its year line is above the other copy; its funds row was cut off) does not tell them apart.
  const agree = <T>(x: T | null, y: T | null): boolean => x === null || y === null || x === y;
  return agree(parseYear(a.year?.text), parseYear(b.year?.text)) && agree(budgetOf(a), budgetOf(b));
}

/** How much of a form's header was read (the better copy has more). */
export function headerRead(form: Form): number {
  const cells: (Cell | null)[] =
    'funds' in form
      ? [form.project, form.department, form.year, form.implementingUnit, ...Object.values(form.funds), form.totalScore]
      : [form.project, form.department, form.year, form.implementingUnit, form.budgetTotal];
  return cells.filter((cell) => cell !== null).length + (form.indicators.length > 0 ? 1 : 0);
}
