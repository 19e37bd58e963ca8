import type { EvaluationRow, IndicatorRecord } from '../contract/tables';
import type { IndicatorRow, SelfEvaluationForm } from '../parse/forms';
import { actualKind } from '../normalize/actualKind';
import { parseAmount, yuanAmount } from '../normalize/amount';
import { parseMeasure, targetOp } from '../normalize/measure';
import { parseNumber } from '../normalize/number';
import { parseRateAgainst } from '../normalize/rate';
import { indicatorName } from '../normalize/indicatorName';
import { rawText, readCell, uniqueWarnings, valueText } from './cellValues';
import type { DocumentContext } from './documentContext';
import { formHead } from './formHead';
import { resolveLevels } from './indicatorLevels';
import { formQuality } from './quality';

/**
 * One 项目支出绩效自评表 → its evaluations row and indicators rows, with the form's data quality.
 * The derived columns (execution_rate, score_sum, indicator_count) are left NULL here: the store
 * computes them in SQL.
 */
export function evaluationRows(form: SelfEvaluationForm, ctx: DocumentContext): { evaluation: EvaluationRow; indicators: IndicatorRecord[] } {
  const warnings = [...form.warnings];
  const evalId = `${ctx.sourceFile}#${form.formIndex}`;
  const head = formHead(form, ctx, warnings);
  const f = form.funds;

  const indicators = form.indicators.map((row, i) =>
    indicatorRecord(row, i + 1, { evalId, year: head.year, region: head.region, department: head.department }, warnings, ctx),
  );
  // Amounts the funds header states in 元 are turned into 万元 (a cell that names its own unit keeps it).
  const amount = form.amountsInYuan ? yuanAmount : parseAmount;
  if (form.amountsInYuan) warnings.push('amounts_converted_from_yuan');

  const full = readCell(f.budgetFullYear, amount, 'budget_full_year', []);
  const spent = readCell(f.executed, amount, 'executed', []);
  const computedRate = full !== null && spent !== null && full > 0 ? spent / full : null;
  const evaluation: EvaluationRow = {
    eval_id: evalId,
    ...head,
    budget_initial: readCell(f.budgetInitial, amount, 'budget_initial', warnings),
    budget_full_year: readCell(f.budgetFullYear, amount, 'budget_full_year', warnings),
    executed: readCell(f.executed, amount, 'executed', warnings),
    execution_rate: null,
    execution_rate_reported: readCell(f.rate, (text) => parseRateAgainst(text, computedRate), 'execution_rate', warnings),
    execution_rate_raw: rawText(f.rate),
    execution_weight: readCell(f.weight, parseNumber, 'execution_weight', warnings),
    execution_score: readCell(f.score, parseNumber, 'execution_score', warnings),
    total_weight: readCell(form.totalWeight, parseNumber, 'total_weight', warnings),
    total_score: readCell(form.totalScore, parseNumber, 'total_score', warnings),
    score_sum: null,
    grade: valueText(form.grade),
    indicator_count: null,
    warnings: [],
    quality: null,
    quality_reasons: null,
  };
  if (indicators.length === 0) warnings.push('indicators_missing');
  if (evaluation.total_score === null) warnings.push('total_missing');
  evaluation.warnings = uniqueWarnings(warnings);
  const { quality, reasons } = formQuality(evaluation.warnings);
  evaluation.quality = quality;
  evaluation.quality_reasons = reasons;
  return { evaluation, indicators };
}

interface IndicatorKeys {
  evalId: string;
  year: number | null;
  region: string | null;
  department: string | null;
}

function indicatorRecord(row: IndicatorRow, index: number, keys: IndicatorKeys, formWarnings: string[], ctx: DocumentContext): IndicatorRecord {
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
    source_ref: ctx.refOf(row.name),
  };
}
