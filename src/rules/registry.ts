import { budgetAdjusted } from './budget/adjusted';
import { calcExecScore } from './calc/execScore';
import { calcGrade } from './calc/grade';
import { calcOverWeight } from './calc/overWeight';
import { calcRate } from './calc/rate';
import { calcTotal } from './calc/total';
import { calcWeights } from './calc/weights';
import { deptAllExcellent } from './dept/allExcellent';
import { deptCopiedIndicators } from './dept/copiedIndicators';
import { deptSatisfactionExact } from './dept/satisfactionExact';
import { deptScoreOutlier } from './dept/scoreOutlier';
import { execLow } from './exec/low';
import { execOver } from './exec/over';
import { execZero } from './exec/zero';
import { formEmpty } from './form/empty';
import { formNoTotal } from './form/noTotal';
import { inflationFullMarksLowExec } from './inflation/fullMarksLowExec';
import { inflationLowExecHighScore } from './inflation/lowExecHighScore';
import { inflationNoDeviationNote } from './inflation/noDeviationNote';
import { inflationUnmetFullScore } from './inflation/unmetFullScore';
import { listDuplicate } from './list/duplicate';
import { listMissingForm } from './list/missingForm';
import { planBudgetChanged } from './plan/budgetChanged';
import { planIndicatorChanged } from './plan/indicatorChanged';
import { planTargetLoosened } from './plan/targetLoosened';
import type { Rule } from './rule';
import { scoreFormula } from './score/formula';
import { scoreQualBand } from './score/qualBand';
import { targetBoilerplateActual } from './target/boilerplateActual';
import { targetCostVsBudget } from './target/costVsBudget';
import { targetOverAchieved } from './target/overAchieved';
import { targetUnitMismatch } from './target/unitMismatch';
import { targetVague } from './target/vague';

/** Every audit rule, in the order the Findings view and the settings panel list them. Adding a rule: one file plus one line here. */
export const RULES: readonly Rule[] = [
  execLow,
  execZero,
  execOver,
  budgetAdjusted,
  calcRate,
  calcExecScore,
  calcTotal,
  calcOverWeight,
  calcWeights,
  calcGrade,
  scoreFormula,
  scoreQualBand,
  inflationLowExecHighScore,
  inflationFullMarksLowExec,
  inflationUnmetFullScore,
  inflationNoDeviationNote,
  targetOverAchieved,
  targetBoilerplateActual,
  targetUnitMismatch,
  targetCostVsBudget,
  targetVague,
  planIndicatorChanged,
  planTargetLoosened,
  planBudgetChanged,
  deptAllExcellent,
  deptScoreOutlier,
  deptCopiedIndicators,
  deptSatisfactionExact,
  listMissingForm,
  listDuplicate,
  formEmpty,
  formNoTotal,
];

/** A rule by id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
