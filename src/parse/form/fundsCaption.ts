import { FUNDS_BLOCK_LABELS, keyMatches } from '../labels';
import { type Row, filledCells } from '../row';

/**
 * A row holding nothing but the funds block's own label (`预算执行情况（10分）` on a line of its own above the funds
 * header, the merged label cell printed before the block): the block's caption, part of the form.
 */
export function isFundsCaption(row: Row): boolean {
  const filled = filledCells(row);
  return filled.length === 1 && keyMatches(filled[0]!.key, FUNDS_BLOCK_LABELS);
}
