import type { EvaluationRow, IndicatorRecord } from '../contract/tables';
import type { IndicatorRow, SelfEvaluationForm } from '../parse/forms';
import { actualKind } from '../normalize/actualKind';
import { parseAmount } from '../normalize/amount';
import { parseMeasure, targetOp } from '../normalize/measure';
import { parseNumber } from '../normalize/number';
import { parseRate } from '../normalize/rate';
import { indicatorName } from '../normalize/indicatorName';
import { rawText, readCell, uniqueWarnings, valueText } from './cellValues';
import { resolveAgency, resolveRegion, resolveYear, type DocumentContext } from './documentContext';
import { resolveLevels } from './indicatorLevels';
import { projectName } from './projectName';

/**
 * One 项目支出绩效自评表 → its evaluations row and indicators rows. The
 * derived columns (execution_rate, score_sum, indicator_count) are left NULL
 * here: the store computes them in SQL.
 */
export function evaluationRows(form: SelfEvaluationForm, ctx: DocumentContext): { evaluation: EvaluationRow; indicators: IndicatorRecord[] } {
  const warnings = [...form.warnings];
  const evalId = `${ctx.sourceFile}#${form.formIndex}`;
  const department = resolveAgency(form.department, ctx, 'department', warnings);
  const unit = resolveAgency(form.implementingUnit, ctx, 'implementing_unit', warnings);
  const year = resolveYear(form.year, ctx, warnings);
  const region = resolveRegion(department.name, unit.name, ctx, warnings);
  const projectRaw = rawText(form.project);
  const project = projectName(projectRaw, warnings);
  const f = form.funds;

  const indicators = form.indicators.map((row, i) =>
    indicatorRecord(row, i + 1, { evalId, year, region, department: department.name }, warnings),
  );

  const evaluation: EvaluationRow = {
    eval_id: evalId,
    source_file: ctx.sourceFile,
    form_index: form.formIndex,
    line_start: form.lineStart,
    line_end: form.lineEnd,
    year,
    region,
    department: department.name,
    department_code: department.code,
    implementing_unit: unit.name,
    project,
    project_raw: projectRaw,
    budget_initial: readCell(f.budgetInitial, parseAmount, 'budget_initial', warnings),
    budget_full_year: readCell(f.budgetFullYear, parseAmount, 'budget_full_year', warnings),
    executed: readCell(f.executed, parseAmount, 'executed', warnings),
    execution_rate: null,
    execution_rate_reported: readCell(f.rate, parseRate, 'execution_rate', warnings),
    execution_rate_raw: rawText(f.rate),
    execution_weight: readCell(f.weight, parseNumber, 'execution_weight', warnings),
    execution_score: readCell(f.score, parseNumber, 'execution_score', warnings),
    total_weight: readCell(form.totalWeight, parseNumber, 'total_weight', warnings),
    total_score: readCell(form.totalScore, parseNumber, 'total_score', warnings),
    score_sum: null,
    grade: valueText(form.grade),
    indicator_count: null,
    warnings: uniqueWarnings(warnings),
  };
  return { evaluation, indicators };
}

interface IndicatorKeys {
  evalId: string;
  year: number | null;
  region: string | null;
  department: string | null;
}

function indicatorRecord(row: IndicatorRow, index: number, keys: IndicatorKeys, formWarnings: string[]): IndicatorRecord {
  formWarnings.push(...row.warnings);
  const { level1, level2 } = resolveLevels(row.level1, row.level2, formWarnings);
  const targetRaw = rawText(row.target);
  const actualRaw = rawText(row.actual);
  const target = parseMeasure(targetRaw);
  const actual = parseMeasure(actualRaw);
  return {
    eval_id: keys.evalId,
    year: keys.year,
    region: keys.region,
    department: keys.department,
    indicator_index: index,
    level1,
    level2,
    name: indicatorName(row.name.text),
    target_raw: targetRaw,
    actual_raw: actualRaw,
    target_op: targetOp(target),
    target_value: target.value,
    target_unit: target.unit,
    actual_value: actual.value,
    actual_unit: actual.unit,
    actual_kind: actualKind(actualRaw),
    weight: readCell(row.weight, parseNumber, 'indicator_weight', formWarnings),
    score: readCell(row.score, parseNumber, 'indicator_score', formWarnings),
    deviation_note: valueText(row.deviationNote),
    line: row.name.line,
  };
}
