import { DEPARTMENT_LIMIT, departmentYearSource, topDepartmentsCte } from '../../query/departmentYear';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';

/** The compared measures of a group of aggregate rows; the `_pct` columns are on a 0–100 scale for one shared axis. */
const MEASURES = `sum(evaluations)::INTEGER AS evaluations,
  sum(budget_full_year) AS budget_full_year,
  sum(executed) AS executed,
  sum(executed) / nullif(sum(budget_full_year), 0) AS execution_rate,
  100 * sum(executed) / nullif(sum(budget_full_year), 0) AS execution_pct,
  sum(total_score_sum) / nullif(sum(total_score_count), 0) AS mean_score,
  100 * sum(full_mark_indicators) / nullif(sum(indicators), 0) AS full_mark_pct,
  100 * sum(numeric_unmet_indicators + boilerplate_actuals) / nullif(sum(indicators), 0) AS weak_actual_pct,
  sum(damaged_evaluations)::INTEGER AS damaged`;

/** The measures per department (side by side; the departments with the largest budgets). */
export function byDepartmentQuery(f: Filters, limit = DEPARTMENT_LIMIT): NamedQuery {
  const top = topDepartmentsCte(f, 'indicators', limit);
  return {
    name: 'compare.byDepartment',
    sql: `WITH ${top.cte} SELECT department, ${MEASURES}, any_value(departments_total) AS departments_total FROM dy GROUP BY 1 ORDER BY 1`,
    params: top.params,
  };
}

/** The measures per year, each with its change from the previous year present in the data. */
export function byYearQuery(f: Filters): NamedQuery {
  const dy = departmentYearSource(f, 'indicators');
  return {
    name: 'compare.byYear',
    sql: `WITH dy AS (${dy.sql}), y AS (SELECT CAST(year AS VARCHAR) AS label, year, ${MEASURES} FROM dy GROUP BY year)
      SELECT *,
        lag(year) OVER w AS prev_year,
        execution_rate - lag(execution_rate) OVER w AS execution_rate_change,
        mean_score - lag(mean_score) OVER w AS mean_score_change,
        (sum(damaged) OVER ())::INTEGER AS damaged_total
      FROM y WINDOW w AS (ORDER BY year) ORDER BY year`,
    params: dy.params,
  };
}

/** Department × year rows with the change from the department's previous year in the data. */
export function departmentYearChangesQuery(f: Filters, limit = DEPARTMENT_LIMIT): NamedQuery {
  const top = topDepartmentsCte(f, 'indicators', limit);
  return {
    name: 'compare.departmentYearChanges',
    sql: `WITH ${top.cte}, d AS (SELECT department, year, ${MEASURES} FROM dy GROUP BY 1, 2)
      SELECT *,
        lag(year) OVER w AS prev_year,
        execution_rate - lag(execution_rate) OVER w AS execution_rate_change,
        mean_score - lag(mean_score) OVER w AS mean_score_change
      FROM d WINDOW w AS (PARTITION BY department ORDER BY year) ORDER BY department, year`,
    params: top.params,
  };
}

/** The view's queries, in the order its component reads their answers: one batch, one round trip. */
export const compareQueries = (f: Filters): NamedQuery[] => [byDepartmentQuery(f), byYearQuery(f), departmentYearChangesQuery(f)];
