import { DEPARTMENT_LIMIT, departmentYearSource, topDepartmentsCte } from '../../query/departmentYear';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';

/** KPI cards: projects, 全年预算 and 执行 totals, weighted execution rate, mean self-score, flagged evaluations. */
export function kpiQuery(f: Filters): NamedQuery {
  const dy = departmentYearSource(f);
  const e = filterClause(f, 'evaluation', 'e');
  return {
    name: 'overview.kpis',
    sql: `WITH dy AS (${dy.sql})
      SELECT coalesce(sum(evaluations), 0)::INTEGER AS projects,
        sum(budget_full_year) AS budget_full_year,
        sum(executed) AS executed,
        sum(executed) / nullif(sum(budget_full_year), 0) AS execution_rate,
        sum(total_score_sum) / nullif(sum(total_score_count), 0) AS mean_score,
        (SELECT count(DISTINCT e.eval_id)::INTEGER FROM evaluations e
          WHERE e.eval_id IN (SELECT eval_id FROM flags) AND ${e.where}) AS flagged
      FROM dy`,
    params: [...dy.params, ...e.params],
  };
}

/**
 * Heatmap: execution rate per department and year (from the aggregate; the departments with the
 * largest budgets). Every row also carries the axes: `department_axis` and `year_axis` (the
 * distinct departments and years shown, sorted) and `departments_shown` (how many departments).
 */
export function heatmapQuery(f: Filters, limit = DEPARTMENT_LIMIT): NamedQuery {
  const top = topDepartmentsCte(f, limit);
  return {
    name: 'overview.departmentYearHeatmap',
    sql: `WITH ${top.cte},
      cells AS (
        SELECT department, CAST(year AS VARCHAR) AS year,
          sum(executed) / nullif(sum(budget_full_year), 0) AS execution_rate,
          sum(evaluations)::INTEGER AS evaluations,
          sum(budget_full_year) AS budget_full_year,
          sum(executed) AS executed,
          any_value(departments_total) AS departments_total
        FROM dy
        GROUP BY 1, 2
      ),
      axes AS (
        SELECT list(DISTINCT department ORDER BY department) AS department_axis,
          list(DISTINCT year ORDER BY year) AS year_axis,
          count(DISTINCT department)::INTEGER AS departments_shown
        FROM cells
      )
      SELECT cells.*, axes.* FROM cells, axes
      ORDER BY department, year`,
    params: top.params,
  };
}
