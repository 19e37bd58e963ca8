import { RATE_LOW, RATE_MID } from '../../query/thresholds';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { projectLabelSql } from '../../query/projectLabel';

/** Projects ranked by execution rate, lowest first, with their band (thresholds as parameters) and money. */
export function rankingQuery(f: Filters): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'execution.ranking',
    sql: `SELECT (row_number() OVER (ORDER BY e.execution_rate, e.eval_id) - 1)::INTEGER AS pos,
        e.eval_id, ${projectLabelSql('e')} AS project, e.department, e.year,
        e.execution_rate, e.execution_rate_raw, e.budget_full_year, e.executed, e.total_score,
        CASE WHEN e.execution_rate < ? THEN 'low' WHEN e.execution_rate < ? THEN 'mid' ELSE 'high' END AS band
      FROM evaluations e
      WHERE e.execution_rate IS NOT NULL AND ${c.where}
      ORDER BY pos`,
    params: [RATE_LOW, RATE_MID, ...c.params],
  };
}

/** Histogram of execution rates in 10-point bins (0–10% … 90–100%, ≥100%), empty bins included. */
export function histogramQuery(f: Filters): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'execution.histogram',
    sql: `WITH r AS (
        SELECT least(floor(e.execution_rate * 10), 10)::INTEGER AS bin
        FROM evaluations e WHERE e.execution_rate IS NOT NULL AND ${c.where}
      )
      SELECT b.bin::INTEGER AS bin,
        CASE WHEN b.bin = 10 THEN '≥100%' ELSE CAST(b.bin * 10 AS VARCHAR) || '–' || CAST(b.bin * 10 + 10 AS VARCHAR) || '%' END AS label,
        count(r.bin)::INTEGER AS projects
      FROM range(0, 11) AS b(bin) LEFT JOIN r ON r.bin = b.bin
      GROUP BY b.bin ORDER BY b.bin`,
    params: c.params,
  };
}

/** Projects whose budget changed during the year (年初 → 全年), largest relative change first. */
export function budgetChangeQuery(f: Filters): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'execution.budgetChanges',
    sql: `SELECT (row_number() OVER (ORDER BY abs(e.budget_full_year - e.budget_initial) / nullif(e.budget_initial, 0) DESC NULLS LAST, e.eval_id) - 1)::INTEGER AS pos,
        e.eval_id, ${projectLabelSql('e')} AS project, e.department, e.year,
        e.budget_initial, e.budget_full_year, e.executed,
        e.budget_full_year - e.budget_initial AS change,
        (e.budget_full_year - e.budget_initial) / nullif(e.budget_initial, 0) AS change_ratio
      FROM evaluations e
      WHERE e.budget_initial IS NOT NULL AND e.budget_full_year IS NOT NULL
        AND e.budget_initial <> e.budget_full_year AND ${c.where}
      ORDER BY pos`,
    params: c.params,
  };
}
