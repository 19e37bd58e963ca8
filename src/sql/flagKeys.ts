/**
 * flag_keys: for every flag, the year, region and department of what it concerns — its
 * evaluation, else its target table, else its source file's forms (a flag on a
 * document's project list) — and the evaluation fields the global filters read.
 * So the filters apply to flags as to forms, and no flag is lost: a flag without
 * an evaluation still counts while no evaluation-level filter is set (`quality` is its form's, evaluation
 * else target table: "hide damaged forms" reads it). Made with the
 * flags (so the Findings view joins two tables of the flags' size, not the forms), the
 * first of the flag pre-aggregates (flagAggregates.ts).
 */
export const FLAG_KEYS_SQL = `
SELECT f.flag_id,
       coalesce(e.year, tt.year, sf.year) AS year,
       coalesce(e.region, tt.region, sf.region) AS region,
       coalesce(e.department, tt.department, sf.department) AS department,
       coalesce(e.implementing_unit, tt.implementing_unit) AS implementing_unit,
       coalesce(e.project_raw, tt.project_raw, f.project) AS project_raw,
       e.execution_rate,
       e.execution_rate_reported,
       coalesce(e.quality, tt.quality) AS quality
  FROM flags f
  LEFT JOIN evaluations e ON e.eval_id = f.eval_id
  LEFT JOIN target_tables tt ON tt.target_table_id = f.target_table_id
  LEFT JOIN (
    SELECT source_file, min(year) AS year, min(region) AS region, min(department) AS department
      FROM (SELECT source_file, year, region, department FROM evaluations
            UNION ALL SELECT source_file, year, region, department FROM target_tables)
     GROUP BY source_file
  ) sf ON sf.source_file = f.source_file`;
