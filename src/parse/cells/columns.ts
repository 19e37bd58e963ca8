import { matchRole } from '../labels';
import type { BlockCell } from './blocks';

/** The role of each cell of a header row (null for a cell that names none), by position. */
export function columnRoles<Role extends string>(cells: readonly BlockCell[], roles: Readonly<Record<Role, readonly string[]>>): (Role | null)[] {
  return cells.map((cell) => (cell.text === '' ? null : matchRole(cell.text, roles)));
}

/** How many different roles a header row names. */
export function distinctRoles<Role extends string>(columns: readonly (Role | null)[]): Set<Role> {
  return new Set(columns.filter((role): role is Role => role !== null));
}

/** The cells of a data row by the role of the header cell at the same position; null for a blank cell. */
export function alignRow<Role extends string>(columns: readonly (Role | null)[], cells: readonly BlockCell[]): Partial<Record<Role, BlockCell | null>> {
  const aligned: Partial<Record<Role, BlockCell | null>> = {};
  columns.forEach((role, index) => {
    if (role === null || role in aligned) return;
    const cell = cells[index];
    aligned[role] = cell && cell.text !== '' ? cell : null;
  });
  return aligned;
}
