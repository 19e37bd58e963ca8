import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { departmentLabelSql } from '../../query/labels';
import { formNameSql } from '../../sql/formName';
import { topRowsSql } from '../../query/topRows';

/** How many indicator rows the list shows; `total` says how many there are. */
export const ISSUES_LIMIT = 500;

/**
 * Indicators whose actual misses the target, is boilerplate for a numeric target, or is in another unit — with the score
 * given; by year, department and project as printed, the first `limit` picked before they are named (`topRowsSql`).
 */
export function issuesQuery(f: Filters, limit = ISSUES_LIMIT): NamedQuery {
  const c = filterClause(f, 'indicator', 'e');
  return {
    name: 'targets.issues',
    ...topRowsSql({
      table: 'indicator_issues',
      key: ['eval_id', 'indicator_index'],
      where: c,
      rank: { sql: `e.year AS rank_year, ${departmentLabelSql('e')} AS rank_department, e.project AS rank_project` },
      order: 'rank_year, rank_department, rank_project NULLS LAST, eval_id, indicator_index',
      limit,
      shown: {
        sql: `e.eval_id, ${formNameSql('e')} AS project, ${departmentLabelSql('e')} AS department, e.year, e.indicator_index,
          e.level2, e.name, e.target_raw, e.actual_raw, e.weight, e.score,
          e.score / nullif(e.weight, 0) AS score_share,
          e.source_file, e.line, e.issue, e.quality, e.quality_reasons`,
      },
    }),
  };
}

/** How many (department, year) bars the chart draws: those with the most issues. */
export const BUCKET_LIMIT = 40;

/**
 * Per department and year: how many indicators have each issue, and the share
 * of their weight still scored; the `limit` buckets with the most issues, in
 * year and department order (`total`: how many buckets have any).
 */
export function issueCountsQuery(f: Filters, limit = BUCKET_LIMIT): NamedQuery {
  const c = filterClause(f, 'indicator', 'i');
  return {
    name: 'targets.issueCounts',
    sql: `WITH x AS (
        SELECT ${departmentLabelSql('i')} AS department, i.year, i.weight, i.score, i.issue, i.eval_id, i.quality
        FROM indicator_issues i WHERE ${c.where}
      ),
      g AS (
        SELECT department, year,
          count(*) FILTER (WHERE issue = 'unmet')::INTEGER AS unmet,
          count(*) FILTER (WHERE issue = 'boilerplate')::INTEGER AS boilerplate,
          count(*) FILTER (WHERE issue = 'unit')::INTEGER AS unit,
          sum(score) FILTER (WHERE issue IS NOT NULL) / nullif(sum(weight) FILTER (WHERE issue IS NOT NULL), 0) AS score_share,
          count(DISTINCT eval_id) FILTER (WHERE quality = 'damaged')::INTEGER AS damaged,
          row_number() OVER (ORDER BY count(issue) DESC, year, department) AS issue_rank,
          (count(*) OVER ())::INTEGER AS total
        FROM x
        GROUP BY department, year
        HAVING count(issue) > 0
      )
      SELECT (row_number() OVER (ORDER BY year, department) - 1)::INTEGER AS pos,
        department, year, CAST(year AS VARCHAR) || ' · ' || department AS bucket,
        unmet, boilerplate, unit, score_share, total, damaged,
        (SELECT count(DISTINCT eval_id) FILTER (WHERE quality = 'damaged') FROM x)::INTEGER AS damaged_total
      FROM g
      WHERE issue_rank <= ?
      ORDER BY pos`,
    params: [...c.params, limit],
  };
}

/** The view's queries, in the order its component reads their answers: one batch, one round trip. */
export const targetsQueries = (f: Filters): NamedQuery[] => [issueCountsQuery(f), issuesQuery(f)];
