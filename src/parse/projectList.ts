import type { ProjectListEntry } from './forms';
import { LIST_COLUMN_ROLES, type ListColumn, roleOfKey } from './labels';
import type { Row } from './row';

/** A list (清单) being read: its columns from the header row and its entries. */
export class ProjectListReader {
  readonly entries: Omit<ProjectListEntry, 'listKind'>[] = [];
  private readonly columns = new Map<number, ListColumn>();

  constructor(header: Row) {
    for (const cell of header.cells) {
      const role = roleOfKey(cell.key, LIST_COLUMN_ROLES);
      if (role !== null && ![...this.columns.values()].includes(role)) this.columns.set(cell.col, role);
    }
  }

  /** Reads an entry row (`1 | 项目 | 96`); false when the row is not one. */
  read(row: Row): boolean {
    const cells: Partial<Record<ListColumn, { text: string; line: number }>> = {};
    for (const cell of row.cells) {
      const role = this.columns.get(cell.col);
      if (role && cell.text !== '') cells[role] = cell;
    }
    const { seq, project, amount } = cells;
    if (!seq || !project || !/^\d+$/.test(seq.text)) return false;
    this.entries.push({ seq: Number(seq.text), project: { text: project.text, line: project.line }, amount: amount ? { text: amount.text, line: amount.line } : null });
    return true;
  }
}

/** Whether a row is a list's header: 序号 | 项目名称 [| 预算金额]. */
export function isListHeader(row: Row): boolean {
  const roles = row.cells.map((cell) => roleOfKey(cell.key, LIST_COLUMN_ROLES));
  return roles.includes('seq') && roles.includes('project');
}

/** The list kind a title names: a target list (绩效目标公开清单) or a self-evaluation list (自评表清单). */
export function listKindOfTitle(title: string): ProjectListEntry['listKind'] | null {
  if (/目标/.test(title)) return 'target';
  if (/自评/.test(title)) return 'self_evaluation';
  return null;
}
