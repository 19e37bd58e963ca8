import { RATE_LOW, RATE_MID } from '../../query/thresholds';
import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { departmentLabelSql } from '../../query/labels';
import { executionRateSql, rateColumnsSql } from '../../sql/executionRate';
import { formNameSql } from '../../sql/formName';
import { topRowsSql } from '../../query/topRows';

/** How many projects the ranking draws (the lowest rates); `total` says how many there are. */
export const RANKING_LIMIT = 60;

/**
 * Projects ranked by execution rate, lowest first, with their band (thresholds as
 * parameters) and money; `total` counts them all. The lowest `limit` are picked first
 * (a top-N, not a sort of every row), then numbered and named (`topRowsSql`).
 */
export function rankingQuery(f: Filters, limit = RANKING_LIMIT): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'execution.ranking',
    ...topRowsSql({
      table: 'evaluations',
      key: ['eval_id'],
      where: { where: `${executionRateSql('e')} IS NOT NULL AND ${c.where}`, params: c.params },
      rank: { sql: `${executionRateSql('e')} AS rank_rate` },
      order: 'rank_rate, eval_id',
      limit,
      shown: {
        sql: `e.eval_id, ${formNameSql('e')} AS project, ${departmentLabelSql('e')} AS department, e.year,
          ${rateColumnsSql('e')}, e.quality, e.quality_reasons, e.budget_full_year, e.executed, e.total_score,
          CASE WHEN picked.rank_rate < ? THEN 'low' WHEN picked.rank_rate < ? THEN 'mid' ELSE 'high' END AS band`,
        params: [RATE_LOW, RATE_MID],
      },
    }),
  };
}

/**
 * Histogram of execution rates (B/A, src/sql/executionRate.ts) in 10-point bins (0–10% … 90–100%, ≥100%),
 * empty bins included; `damaged` counts the damaged forms in a bin, `damaged_total` in all of them.
 */
export function histogramQuery(f: Filters): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'execution.histogram',
    sql: `WITH r AS (
        SELECT least(floor(${executionRateSql('e')} * 10), 10)::INTEGER AS bin, e.quality = 'damaged' AS damaged
        FROM evaluations e WHERE ${executionRateSql('e')} IS NOT NULL AND ${c.where}
      )
      SELECT b.bin::INTEGER AS bin,
        CASE WHEN b.bin = 10 THEN '≥100%' ELSE CAST(b.bin * 10 AS VARCHAR) || '–' || CAST(b.bin * 10 + 10 AS VARCHAR) || '%' END AS label,
        count(r.bin)::INTEGER AS projects,
        count(r.bin) FILTER (WHERE r.damaged)::INTEGER AS damaged,
        (SELECT count(*) FILTER (WHERE damaged) FROM r)::INTEGER AS damaged_total
      FROM range(0, 11) AS b(bin) LEFT JOIN r ON r.bin = b.bin
      GROUP BY b.bin ORDER BY b.bin`,
    params: c.params,
  };
}

/** The rate filter of one histogram bin (bounds included, so the upper bound stops just short of the next bin). */
export function binRange(bin: number): { rateMin: number; rateMax: number | null } {
  return bin >= 10 ? { rateMin: 1, rateMax: null } : { rateMin: bin / 10, rateMax: Math.round((bin + 1) * 1e4 - 1) / 1e5 };
}

/** How many changed budgets the chart draws (the largest relative changes). */
export const BUDGET_CHANGE_LIMIT = 30;

/** Projects whose budget changed during the year (年初 → 全年), largest relative change first (a top-N, then numbered and named); `total` counts them all. */
export function budgetChangeQuery(f: Filters, limit = BUDGET_CHANGE_LIMIT): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'execution.budgetChanges',
    ...topRowsSql({
      table: 'evaluations',
      key: ['eval_id'],
      where: {
        where: `e.budget_initial IS NOT NULL AND e.budget_full_year IS NOT NULL AND e.budget_initial <> e.budget_full_year AND ${c.where}`,
        params: c.params,
      },
      rank: { sql: `(e.budget_full_year - e.budget_initial) / nullif(e.budget_initial, 0) AS change_ratio, abs(change_ratio) AS change_size` },
      order: 'change_size DESC NULLS LAST, eval_id',
      limit,
      shown: {
        sql: `e.eval_id, ${formNameSql('e')} AS project, ${departmentLabelSql('e')} AS department, e.year,
          e.quality, e.quality_reasons, e.budget_initial, e.budget_full_year, e.executed,
          e.budget_full_year - e.budget_initial AS change, picked.change_ratio`,
      },
    }),
  };
}

/** The view's queries, in the order its component reads their answers: one batch, one round trip. */
export const executionQueries = (f: Filters): NamedQuery[] => [rankingQuery(f), histogramQuery(f), budgetChangeQuery(f)];
