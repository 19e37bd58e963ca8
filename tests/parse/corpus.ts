import { readFileSync } from 'node:fs';
import type { Cell, SelfEvaluationForm } from '../../src/parse/forms';

/** The corpus files under data/raw/, by their number. */
export const CORPUS_FILES = {
  '000': '000_82397be2bbd94de5.txt',
  '001': '001_099530ba672a4441.txt',
  '002': '002_ddff5fd3e69ced26.txt',
  '003': '003_c9a193166346a5e1.txt',
  '004': '004_77a491ca9b0fee99.txt',
} as const;
export type CorpusId = keyof typeof CORPUS_FILES;

export function readCorpus(id: CorpusId): string {
  return readFileSync(new URL(`../../data/raw/${CORPUS_FILES[id]}`, import.meta.url), 'utf8');
}

/** A cell's text, or null. */
export function text(cell: Cell | null | undefined): string | null {
  return cell ? cell.text : null;
}

/** A self-evaluation's funds and total cells as printed: 年初 / 全年 / 执行, 分值, 执行率, 得分, 总分 分值 / 得分. */
export function fundsCells(form: SelfEvaluationForm): (string | null)[] {
  return [
    text(form.funds.budgetInitial),
    text(form.funds.budgetFullYear),
    text(form.funds.executed),
    text(form.funds.weight),
    text(form.funds.rate),
    text(form.funds.score),
    text(form.totalWeight),
    text(form.totalScore),
  ];
}

/** A self-evaluation's head and funds cells as printed: project, 主管部门, 实施单位, then `fundsCells`. */
export function headerCells(form: SelfEvaluationForm): (string | null)[] {
  return [text(form.project), text(form.department), text(form.implementingUnit), ...fundsCells(form)];
}
