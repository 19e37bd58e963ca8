import type { Cell } from '../parse/forms';
import { canonicalLevel1, canonicalLevel2, level1Of, type Level1Name, type Level2Name } from '../normalize/indicatorLevel';
import { rawText } from './cellValues';

/**
 * An indicator row's 一级/二级 label cells → canonical names. A label that
 * maps to no canonical name gives NULL and `level1_unrecognized` /
 * `level2_unrecognized`; a missing 一级 is inferred from the 二级
 * (`level1_inferred`).
 */
export function resolveLevels(
  level1Cell: Cell | null,
  level2Cell: Cell | null,
  warnings: string[],
): { level1: Level1Name | null; level2: Level2Name | null } {
  const level2 = canonicalLevel2(level2Cell?.text);
  if (level2 === null && rawText(level2Cell) !== null) warnings.push('level2_unrecognized');
  let level1 = canonicalLevel1(level1Cell?.text);
  if (level1 === null && rawText(level1Cell) !== null) warnings.push('level1_unrecognized');
  if (level1 === null && level2 !== null) {
    level1 = level1Of(level2);
    warnings.push('level1_inferred');
  }
  return { level1, level2 };
}
