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

/** How many regions the per-region-and-year chart draws (those with the largest budgets). */
export const REGION_LIMIT = 12;

/**
 * The measures per region and year (bars labelled `湘西自治州 2020`), each with its change
 * from the same region's previous year in the data: a change is never taken between two
 * regions (in the corpus each year is another region, so there is none). The `limit`
 * regions with the largest budgets; `regions_total` says how many there are.
 */
export function byYearQuery(f: Filters, limit = REGION_LIMIT): NamedQuery {
  const dy = departmentYearSource(f, 'indicators');
  return {
    name: 'compare.byYear',
    sql: `WITH dy AS (${dy.sql}),
      r AS (
        SELECT coalesce(region, '（地区缺失）') AS region, year, ${MEASURES}
        FROM dy GROUP BY 1, 2
      ),
      ranked AS (
        SELECT region,
          row_number() OVER (ORDER BY sum(budget_full_year) DESC NULLS LAST, region) AS region_rank,
          (count(*) OVER ())::INTEGER AS regions_total
        FROM r GROUP BY region
      )
      SELECT r.region || ' ' || coalesce(CAST(r.year AS VARCHAR), '—') AS label, r.*,
        lag(r.year) OVER w AS prev_year,
        r.execution_rate - lag(r.execution_rate) OVER w AS execution_rate_change,
        r.mean_score - lag(r.mean_score) OVER w AS mean_score_change,
        ranked.regions_total,
        (sum(r.damaged) OVER ())::INTEGER AS damaged_total
      FROM r JOIN ranked USING (region)
      WHERE ranked.region_rank <= ?
      WINDOW w AS (PARTITION BY r.region ORDER BY r.year)
      ORDER BY min(r.year) OVER (PARTITION BY r.region) NULLS LAST, r.region, r.year`,
    params: [...dy.params, limit],
  };
}

/** Department × year rows with the change from the same department's (in the same region) previous year in the data. */
export function departmentYearChangesQuery(f: Filters, limit = DEPARTMENT_LIMIT): NamedQuery {
  const top = topDepartmentsCte(f, 'indicators', limit);
  return {
    name: 'compare.departmentYearChanges',
    sql: `WITH ${top.cte}, d AS (SELECT region, department, year, ${MEASURES} FROM dy GROUP BY 1, 2, 3)
      SELECT *,
        lag(year) OVER w AS prev_year,
        execution_rate - lag(execution_rate) OVER w AS execution_rate_change,
        mean_score - lag(mean_score) OVER w AS mean_score_change
      FROM d WINDOW w AS (PARTITION BY region, department ORDER BY year) ORDER BY department, region, year`,
    params: top.params,
  };
}

/** The view's queries, in the order its component reads their answers: one batch, one round trip. */
export const compareQueries = (f: Filters): NamedQuery[] => [byDepartmentQuery(f), byYearQuery(f), departmentYearChangesQuery(f)];
