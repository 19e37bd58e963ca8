import type { Cell } from '../forms';
import { type IndicatorColumn, PLACEHOLDER_INDICATOR_NAME, level1Family, level1FamilyOfLevel2 } from '../labels';
import type { BlockCell } from './blocks';

/** One indicator row, cells by column role, with its 一级/二级 labels carried down or inferred. */
export interface RawIndicator {
  level1: Cell | null;
  level2: Cell | null;
  name: Cell;
  target: Cell | null;
  actual: Cell | null;
  weight: Cell | null;
  score: Cell | null;
  deviationNote: Cell | null;
  warnings: string[];
}

function asCell(cell: BlockCell | null | undefined): Cell | null {
  return cell && cell.text !== '' ? { text: cell.text, line: cell.line } : null;
}

/** Zero or blank: what a placeholder row shows as its score. */
function isZeroOrBlank(cell: Cell | null): boolean {
  return cell === null || /^0+(?:\.0+)?$/.test(cell.text);
}

/**
 * Reads the indicator rows of one table in order. Merged 一级/二级 cells are blank on the rows
 * below their first one, so the last label is carried down; where the 一级 cell is blank but the
 * 二级 label belongs to another 一级 family (`社会效益指标` under `产出指标`), the 一级 label is
 * inferred from the 二级 one and the row carries the warning `level1_inferred`.
 */
export class IndicatorReader {
  private level1: Cell | null = null;
  private level1Inferred = false;
  private level2: Cell | null = null;

  /** The indicator, or null for a placeholder row (`指标1：`, `……`, `此项目不涉及` with no values). */
  read(cells: Partial<Record<IndicatorColumn, BlockCell | null>>, rowLine: number): RawIndicator | null {
    const ownLevel1 = asCell(cells.level1);
    const ownLevel2 = asCell(cells.level2);
    const warnings: string[] = [];
    if (ownLevel1) {
      this.level1 = ownLevel1;
      this.level1Inferred = false;
      if (!ownLevel2) this.level2 = null;
    }
    if (ownLevel2) this.level2 = ownLevel2;
    const level2 = this.level2;
    const family = level2 ? level1FamilyOfLevel2(level2.text) : null;
    if (!ownLevel1) {
      const carried = this.level1;
      const carriedFamily = carried ? level1Family(carried.text) : null;
      if (family && level2 && (carried === null || (carriedFamily !== null && carriedFamily !== family))) {
        this.level1 = { text: family, line: level2.line };
        this.level1Inferred = true;
      }
      if (this.level1Inferred) warnings.push('level1_inferred');
    }

    const target = composeTarget(cells);
    const actual = asCell(cells.actual);
    const weight = asCell(cells.weight);
    const score = asCell(cells.score);
    const name = asCell(cells.name);
    const nameKey = (name?.text ?? '').replace(/\s+/gu, '');
    if (PLACEHOLDER_INDICATOR_NAME.test(nameKey) && target === null && actual === null && weight === null && isZeroOrBlank(score)) return null;
    if (!name) warnings.push('indicator_name_missing');
    return {
      level1: this.level1,
      level2,
      name: name ?? { text: '', line: rowLine },
      target,
      actual,
      weight,
      score,
      deviationNote: asCell(cells.deviationNote),
      warnings,
    };
  }
}

/** 年度指标值 as printed; where the template splits it (指标性质 | 指标值 | 度量单位) the parts are joined. */
function composeTarget(cells: Partial<Record<IndicatorColumn, BlockCell | null>>): Cell | null {
  const value = asCell(cells.target);
  const nature = asCell(cells.nature);
  const unit = asCell(cells.unit);
  if (!nature && !unit) return value;
  const parts = [nature, value, unit].filter((cell): cell is Cell => cell !== null);
  const firstPart = parts[0];
  return firstPart ? { text: parts.map((cell) => cell.text).join(''), line: firstPart.line } : null;
}
