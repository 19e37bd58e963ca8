/**
 * A form's data quality, from the warnings its reading raised: how far a reviewer can take its
 * figures as printed.
 * - `damaged`: a figure or the name could not be read (OCR lost the name, the funds row, the scores
 *   exceed the printed total);
 * - `partial`: the form is readable but incomplete (a budget cell blank, no 主管部门, no indicators,
 *   no year, an indicator whose name could not be read);
 * - `repaired`: everything was read, some of it by repair (garbled OCR rows dropped, a split amount
 *   joined, columns realigned by arithmetic, amounts converted from 元, a garbled agency name corrected, a figure placed away from its label by
 *   arithmetic);
 *   a label filled in from its neighbour (`level1_inferred`) is no repair of a figure and does not count;
 * - `clean`: read as printed.
 * `quality_reasons` are the warning codes that decided it (data/README lists them).
 */
export type Quality = 'clean' | 'repaired' | 'partial' | 'damaged';

const DAMAGED = new Set([
  'project_name_missing',
  'project_name_fragment',
  'funds_row_missing',
  'funds_row_unreadable',
  'score_sum_exceeds_total',
  'budget_full_year_unreadable',
  'executed_unreadable',
  'total_score_unreadable',
  'funds_amounts_lost',
]);

const PARTIAL = new Set([
  'budget_cell_missing',
  'department_row_missing',
  'department_missing',
  'year_missing',
  'region_missing',
  'indicators_missing',
  'total_missing',
  'budget_initial_unreadable',
  'execution_rate_unreadable',
  'form_cut_off',
  'name_missing',
]);

const REPAIRED = new Set([
  'garbled_rows_dropped',
  'amount_split_joined',
  'funds_columns_solved',
  'total_label_missing',
  'ocr_row_merged',
  'number_cell_cleaned',
  'department_ocr_corrected',
  'implementing_unit_ocr_corrected',
  'department_from_document',
  'amounts_converted_from_yuan',
  'target_split_from_name',
  'total_from_score_run',
  'rate_from_stray_figure',
  'budget_total_from_part',
  'department_from_title',
  'project_from_title',
  'total_from_report_text',
]);

const LEVELS = [
  ['damaged', DAMAGED],
  ['partial', PARTIAL],
  ['repaired', REPAIRED],
] as const;

/** The quality a form's warnings give, and every warning that bears on it, the gravest first. */
export function formQuality(warnings: readonly string[]): { quality: Quality; reasons: string[] } {
  const reasons = LEVELS.flatMap(([, codes]) => warnings.filter((warning) => codes.has(warning)));
  const level = LEVELS.find(([, codes]) => warnings.some((warning) => codes.has(warning)));
  return { quality: level ? level[0] : 'clean', reasons };
}
