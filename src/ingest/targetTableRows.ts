import type { TargetIndicatorRow, TargetTableRow } from '../contract/tables';
import type { TargetTableForm } from '../parse/forms';
import { parseAmount, yuanAmount } from '../normalize/amount';
import { parseMeasure, targetOp } from '../normalize/measure';
import { indicatorName } from '../normalize/indicatorName';
import { collapseName } from '../normalize/text';
import { rawText, readCell, uniqueWarnings, valueText } from './cellValues';
import type { DocumentContext } from './documentContext';
import { formHead } from './formHead';
import { resolveLevels } from './indicatorLevels';
import { formQuality } from './quality';

/** One 项目支出绩效目标表 → its target_tables row (with its warnings and data quality) and target_indicators rows. */
export function targetTableRows(
  form: TargetTableForm,
  ctx: DocumentContext,
): { table: TargetTableRow; indicators: TargetIndicatorRow[]; warnings: string[] } {
  const warnings = [...form.warnings];
  const id = `${ctx.sourceFile}#${form.formIndex}`;
  const head = formHead(form, ctx, warnings);
  const periodRaw = valueText(form.projectPeriod);
  const goalRaw = valueText(form.goal);

  const indicators = form.indicators.map((row, i): TargetIndicatorRow => {
    warnings.push(...row.warnings);
    const { level1, level2 } = resolveLevels(row.level1, row.level2, warnings);
    const targetRaw = rawText(row.target);
    const target = parseMeasure(targetRaw);
    return {
      target_table_id: id,
      indicator_index: i + 1,
      level1,
      level2,
      name: indicatorName(row.name.text),
      target_raw: targetRaw,
      target_op: targetOp(target),
      target_value: target.value,
      target_unit: target.unit,
      line: row.name.line,
      source_ref: ctx.refOf(row.name),
    };
  });

  const amount = form.amountsInYuan ? yuanAmount : parseAmount;
  if (form.amountsInYuan) warnings.push('amounts_converted_from_yuan');
  const table: TargetTableRow = {
    target_table_id: id,
    ...head,
    budget_total: readCell(form.budgetTotal, amount, 'budget_total', warnings),
    budget_fiscal: readCell(form.budgetFiscal, amount, 'budget_fiscal', warnings),
    budget_other: readCell(form.budgetOther, amount, 'budget_other', warnings),
    project_period: periodRaw === null ? null : collapseName(periodRaw),
    goal_text: goalRaw,
    warnings: [],
    quality: null,
    quality_reasons: null,
  };
  if (indicators.length === 0) warnings.push('indicators_missing');
  table.warnings = uniqueWarnings(warnings);
  const { quality, reasons } = formQuality(table.warnings);
  table.quality = quality;
  table.quality_reasons = reasons;
  return { table, indicators, warnings: table.warnings };
}
