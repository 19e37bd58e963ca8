import type { ProjectListEntry } from '../forms';
import { LIST_COLUMN_ROLES, type ListColumn } from '../labels';
import { type Block, filledCells } from './blocks';
import { alignRow, columnRoles } from './columns';

/** A list (清单) being read: its columns from the header row, its entries, and the title that names its kind. */
export class ProjectListReader {
  readonly entries: Omit<ProjectListEntry, 'listKind'>[] = [];
  private readonly columns: (ListColumn | null)[];

  constructor(header: Block & { kind: 'row' }) {
    this.columns = columnRoles(header.cells, LIST_COLUMN_ROLES);
  }

  /** Reads an entry row (`1 | 项目 | 96`); false when the row is not one. */
  read(block: Block): boolean {
    if (block.kind !== 'row' || filledCells(block).length === 0) return false;
    const aligned = alignRow(this.columns, block.cells);
    const seq = aligned.seq;
    const project = aligned.project;
    if (!seq || !project || !/^\d+$/.test(seq.text)) return false;
    const amount = aligned.amount;
    this.entries.push({
      seq: Number(seq.text),
      project: { text: project.text, line: project.line },
      amount: amount ? { text: amount.text, line: amount.line } : null,
    });
    return true;
  }
}

/** The list kind a title names: a target list (绩效目标公开清单) or a self-evaluation list (自评表清单). */
export function listKindOfTitle(title: string): ProjectListEntry['listKind'] | null {
  if (/目标/.test(title)) return 'target';
  if (/自评/.test(title)) return 'self_evaluation';
  return null;
}
