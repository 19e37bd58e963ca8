import { indicatorIssueSql } from './indicatorChecks';

/**
 * indicator_issues: the indicators whose actual misses its target, is boilerplate for a
 * numeric target, or is in another unit (`indicatorIssueSql`), with what the Target vs
 * actual view lists of them and of their form — made at ingest from `indicators` and
 * `evaluations` so the view reads a few percent of the indicators, not all of them.
 */
export const INDICATOR_ISSUES_SQL = `
SELECT i.eval_id, i.indicator_index, i.year, i.region, i.department, i.issue, i.level2, i.name, i.target_raw, i.actual_raw,
  i.weight, i.score, i.line, e.project, e.project_raw, e.source_file, e.quality, e.quality_reasons
FROM (SELECT *, ${indicatorIssueSql('x')} AS issue FROM indicators x) i
JOIN evaluations e ON e.eval_id = i.eval_id
WHERE i.issue IS NOT NULL`;
