import type { TableName } from '../contract/tables';
import { evaluationTables, filterClause, needsDetail, type Clause } from './filterClause';
import type { Filters } from './filters';
import { departmentLabelSql } from './labels';
import { aggDepartmentYearSql } from '../sql/aggDepartmentYear';

/** What a view reads of the aggregate: `evaluations` only (counts, money, scores), or the indicator measures too. */
export type AggregateMeasures = 'evaluations' | 'indicators';

/**
 * The (year, region, department) aggregate under the global filters, with the
 * columns of `agg_department_year`. Filters on year/region/department read the
 * pre-aggregated table (fast at any size); the other filters can only be
 * answered per evaluation, so then the same columns are aggregated from the
 * detail tables (`forceDetail` too: the tests check both agree) — from evaluations
 * alone when `measures` is `evaluations` (the indicator columns are then NULL), and
 * from the indicators of the filtered evaluations too when it is `indicators`. Use as
 * a CTE: `WITH dy AS (${sql}) …`, params first.
 */
export function departmentYearSource(
  f: Filters,
  measures: AggregateMeasures,
  forceDetail = false,
): { sql: string; params: Clause['params']; detail: boolean } {
  if (!forceDetail && !needsDetail(f)) {
    const c = filterClause(f, 'aggregate', 'e');
    return { sql: `SELECT * FROM agg_department_year e WHERE ${c.where}`, params: c.params, detail: false };
  }
  const e = filterClause(f, 'evaluation', 'e');
  if (measures === 'evaluations') return { sql: aggDepartmentYearSql(e.where, null), params: e.params, detail: true };
  const i = filterClause(f, 'indicator', 'i');
  return { sql: aggDepartmentYearSql(e.where, i.where), params: [...i.params, ...e.params], detail: true };
}

/** The tables `departmentYearSource` reads for the filters and measures: the pre-aggregate, or the detail it is made from. */
export const departmentYearTables = (f: Filters, measures: AggregateMeasures): TableName[] =>
  !needsDetail(f) ? ['agg_department_year'] : measures === 'indicators' ? [...evaluationTables(f), 'indicators'] : evaluationTables(f);

/** How many departments the per-department charts draw (those with the largest budgets). */
export const DEPARTMENT_LIMIT = 40;

/**
 * CTEs over `departmentYearSource` that keep the `limit` departments with the
 * largest full-year budget (at province scale there are hundreds): `dy` holds
 * their (year, region, department) rows, departments named with
 * `departmentLabelSql`, and `departments_total` = how many departments there are.
 * Use as `WITH ${cte} SELECT … FROM dy`, params first.
 */
export function topDepartmentsCte(f: Filters, measures: AggregateMeasures, limit = DEPARTMENT_LIMIT): { cte: string; params: Clause['params'] } {
  const s = departmentYearSource(f, measures);
  return {
    cte: `dy_all AS (SELECT * REPLACE (${departmentLabelSql('x')} AS department) FROM (${s.sql}) x),
      dy_rank AS (
        SELECT department,
          row_number() OVER (ORDER BY sum(budget_full_year) DESC NULLS LAST, department) AS department_rank,
          (count(*) OVER ())::INTEGER AS departments_total
        FROM dy_all GROUP BY department
      ),
      dy AS (SELECT dy_all.*, dy_rank.departments_total FROM dy_all JOIN dy_rank USING (department) WHERE dy_rank.department_rank <= ?)`,
    params: [...s.params, limit],
  };
}
