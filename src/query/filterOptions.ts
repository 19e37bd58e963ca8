import type { TableName } from '../contract/tables';
import type { NamedQuery } from './namedQuery';

/** The values each global filter can take (not narrowed by the filters). */
export type FilterField = 'year' | 'region' | 'department' | 'implementing_unit';

/** Where each filter's values are read: the pre-aggregate (loaded first) holds every year, region and department of evaluations. */
export const FILTER_OPTION_TABLES: Record<FilterField, TableName> = {
  year: 'agg_department_year',
  region: 'agg_department_year',
  department: 'agg_department_year',
  implementing_unit: 'evaluations',
};

export function filterOptionsQuery(field: FilterField): NamedQuery {
  return {
    name: `filterOptions.${field}`,
    sql: `SELECT DISTINCT ${field} AS value FROM ${FILTER_OPTION_TABLES[field]} WHERE ${field} IS NOT NULL ORDER BY value`,
    params: [],
  };
}
