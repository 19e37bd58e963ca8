import type { TableName } from '../../contract/tables';
import { DEPARTMENT_LIMIT, departmentYearSource, departmentYearTables, topDepartmentsCte } from '../../query/departmentYear';
import { filterClause, needsDetail } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';

/**
 * Evaluations with at least one flag under the filters: from the pre-aggregate
 * `agg_flagged_evaluations` when the filters are year/region/department only, else
 * counted over evaluations and flags.
 */
function flaggedSql(f: Filters): { sql: string; params: NamedQuery['params'] } {
  if (!needsDetail(f)) {
    const c = filterClause(f, 'aggregate', 'e');
    return { sql: `SELECT coalesce(sum(flagged_evaluations), 0)::INTEGER FROM agg_flagged_evaluations e WHERE ${c.where}`, params: c.params };
  }
  const c = filterClause(f, 'evaluation', 'e');
  return { sql: `SELECT count(*)::INTEGER FROM evaluations e WHERE e.eval_id IN (SELECT eval_id FROM flags) AND ${c.where}`, params: c.params };
}

/** The tables the overview reads for the filters. */
export const overviewTables = (f: Filters): TableName[] =>
  needsDetail(f) ? [...departmentYearTables(f, 'evaluations'), 'flags'] : ['agg_department_year', 'agg_flagged_evaluations'];

/** KPI cards: projects, 全年预算 and 执行 totals, weighted execution rate, mean self-score, flagged evaluations; the damaged forms among them and their budget. */
export function kpiQuery(f: Filters): NamedQuery {
  const dy = departmentYearSource(f, 'evaluations');
  const flagged = flaggedSql(f);
  return {
    name: 'overview.kpis',
    sql: `WITH dy AS (${dy.sql})
      SELECT coalesce(sum(evaluations), 0)::INTEGER AS projects,
        sum(budget_full_year) AS budget_full_year,
        sum(executed) AS executed,
        sum(executed) / nullif(sum(budget_full_year), 0) AS execution_rate,
        sum(total_score_sum) / nullif(sum(total_score_count), 0) AS mean_score,
        (${flagged.sql}) AS flagged,
        coalesce(sum(damaged_evaluations), 0)::INTEGER AS damaged,
        sum(damaged_budget_full_year) AS damaged_budget_full_year
      FROM dy`,
    params: [...dy.params, ...flagged.params],
  };
}

/**
 * Heatmap: execution rate per department and year (from the aggregate; the departments with the
 * largest budgets). Every row also carries the axes: `department_axis` and `year_axis` (the
 * distinct departments and years shown, sorted) and `departments_shown` (how many departments).
 */
export function heatmapQuery(f: Filters, limit = DEPARTMENT_LIMIT): NamedQuery {
  const top = topDepartmentsCte(f, 'evaluations', limit);
  return {
    name: 'overview.departmentYearHeatmap',
    sql: `WITH ${top.cte},
      cells AS (
        SELECT department, CAST(year AS VARCHAR) AS year,
          sum(executed) / nullif(sum(budget_full_year), 0) AS execution_rate,
          sum(evaluations)::INTEGER AS evaluations,
          sum(budget_full_year) AS budget_full_year,
          sum(executed) AS executed,
          sum(damaged_evaluations)::INTEGER AS damaged,
          any_value(departments_total) AS departments_total
        FROM dy
        GROUP BY 1, 2
      ),
      axes AS (
        SELECT list(DISTINCT department ORDER BY department) AS department_axis,
          list(DISTINCT year ORDER BY year) AS year_axis,
          count(DISTINCT department)::INTEGER AS departments_shown,
          coalesce(sum(damaged), 0)::INTEGER AS damaged_total
        FROM cells
      )
      SELECT cells.*, axes.* FROM cells, axes
      ORDER BY department, year`,
    params: top.params,
  };
}

/** The view's queries, in the order its component reads their answers: one batch, one round trip. */
export const overviewQueries = (f: Filters): NamedQuery[] => [kpiQuery(f), heatmapQuery(f)];
