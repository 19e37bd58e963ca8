import { FUNDS_BLOCK_LABELS, FUNDS_ROW_LABELS, type FundsRowKind, keyMatches, roleOfKey } from '../labels';
import { type Row, filledCells } from '../row';

/** `项目资金-财政拨款(万元)`: the block's label, a dash, a row's label. */
const COMPOUND = /^(.+?)[-－—]+(.+)$/u;

/**
 * A row holding nothing but the funds block's own label (`预算执行情况（10分）` on a line of its own above the funds
 * header, the merged label cell printed before the block), or the block's label joined to one of its rows' (a web form that
 * gives each fund a section of label → value pairs: `项目资金-年度资金总额(万元)`, `项目资金-财政拨款(万元)`): the block's
 * caption, part of the form.
 */
export function isFundsCaption(row: Row): boolean {
  const filled = filledCells(row);
  return filled.length === 1 && (keyMatches(filled[0]!.key, FUNDS_BLOCK_LABELS) || captionedFundsRow(row) !== null);
}

/** The fund a caption names after the block's label (`项目资金-财政拨款(万元)` → fiscal), or null. */
export function captionedFundsRow(row: Row): FundsRowKind | null {
  const filled = filledCells(row);
  if (filled.length !== 1) return null;
  const parts = COMPOUND.exec(filled[0]!.key);
  if (!parts || !keyMatches(parts[1]!, FUNDS_BLOCK_LABELS)) return null;
  return roleOfKey(parts[2]!, FUNDS_ROW_LABELS);
}
