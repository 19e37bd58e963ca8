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

/** A reading that holds a form's head only: no funds, goal, indicators or total. */
function headOnly(form: Form): boolean {
  if ('funds' in form) {
    return Object.values(form.funds).every((cell) => cell === null) && form.goalExpected === null && form.goalActual === null && form.indicators.length === 0 && form.totalWeight === null && form.totalScore === null;
  }
  return form.budgetTotal === null && form.goal === null && form.indicators.length === 0;
}

/** Whether two forms read from one document are copies of one form. */
export function sameForm(a: Form, b: Form): boolean {
  // What one copy does not state (its year line is above the other copy; its funds row was cut off) does not tell them apart.
  const agree = <T>(x: T | null, y: T | null): boolean => x === null || y === null || x === y;
  if (key(a.project) === null || key(b.project) === null) {
    // A document site's file name or heading that repeats the form's title and its unit (`…绩效自评表单位名称襄阳市中心医院填报日期….docx`)
    // reads as a form with a unit and nothing else: a copy of the form that unit fills in (named as its department or implementing unit).
    const [bare, full] = key(a.project) === null && headOnly(a) ? [a, b] : key(b.project) === null && headOnly(b) ? [b, a] : [null, null];
    if (bare === null || full === null) return false;
    const unit = key(bare.department);
    if (unit === null || (unit !== key(full.department) && unit !== key(full.implementingUnit))) return false;
    return agree(parseYear(a.year?.text), parseYear(b.year?.text));
  }
  if (key(a.project) !== key(b.project)) return false;
  if (key(a.department) !== key(b.department)) return false;
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
