import type { NamedQuery } from './namedQuery';

/** The values each global filter can take, from the loaded evaluations (not narrowed by the filters). */
export type FilterField = 'year' | 'region' | 'department' | 'implementing_unit';

const COLUMNS: Record<FilterField, string> = {
  year: 'year',
  region: 'region',
  department: 'department',
  implementing_unit: 'implementing_unit',
};

export function filterOptionsQuery(field: FilterField): NamedQuery {
  const c = COLUMNS[field];
  return {
    name: `filterOptions.${field}`,
    sql: `SELECT DISTINCT ${c} AS value FROM evaluations WHERE ${c} IS NOT NULL ORDER BY value`,
    params: [],
  };
}
