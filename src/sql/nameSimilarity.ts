/**
 * Name similarity in SQL for Chinese names: the Dice coefficient of the sets of
 * character bigrams. DuckDB's `levenshtein` and `jaro_winkler_similarity` work on
 * bytes, not characters (levenshtein('政务', '政府') = 2: one character is three UTF-8
 * bytes), so they are not used; `substring`/`length` count characters.
 * These build plain SQL text (no macros), so that the linking query that ingest runs
 * needs nothing but the contract tables. Only DuckDB ≤ 1.4 functions are used.
 */

/** `text` without whitespace, punctuation and symbols (quotes, brackets, `“放管服”`). */
export function normSql(text: string): string {
  return `regexp_replace(coalesce(${text}, ''), '[\\s\\p{P}\\p{S}]', '', 'g')`;
}

/** Words every project name carries (经费, 专项, 项目…): left out when comparing project names, unless nothing else is left. */
export function coreNameSql(text: string): string {
  const stripped = `regexp_replace(${normSql(text)}, '专项|经费|费用|资金|项目|工作|补助', '', 'g')`;
  return `CASE WHEN ${stripped} = '' THEN ${normSql(text)} ELSE ${stripped} END`;
}

/** Distinct character bigrams `(grp, k, bg)` of the names of a SELECT giving `(grp, k, name)`; a one-character name is its own bigram. */
function bigramsSql(named: string): string {
  return `SELECT DISTINCT grp, k, substring(name, g, 2) AS bg FROM (
      SELECT grp, k, name, unnest(generate_series(1, greatest(length(name) - 1, 1))) AS g
      FROM (${named}) WHERE grp IS NOT NULL AND k IS NOT NULL AND length(name) > 0)`;
}

/**
 * A SELECT giving `(grp, a, b, similarity)`: for each name `a` of `left` and `b` of
 * `right` (SELECTs giving `(grp, k, name)`, `k` unique within its `grp`) in the same
 * `grp` that share at least one character bigram, the Dice similarity (0–1) of their
 * bigram sets (1 for equal names). Common bigrams are counted with a join on the
 * bigram, so the cost grows with the pairs that share one, not with all pairs;
 * pairs sharing none are absent (similarity 0).
 */
export function bigramSimilaritySql(left: string, right: string): string {
  return `WITH lb AS (${bigramsSql(left)}), rb AS (${bigramsSql(right)}),
    ln AS (SELECT grp, k, count(*) AS n FROM lb GROUP BY grp, k),
    rn AS (SELECT grp, k, count(*) AS n FROM rb GROUP BY grp, k)
  SELECT c.grp, c.a, c.b, 2.0 * c.common / (ln.n + rn.n) AS similarity
  FROM (
    SELECT lb.grp, lb.k AS a, rb.k AS b, count(*) AS common
    FROM lb JOIN rb ON rb.grp = lb.grp AND rb.bg = lb.bg
    GROUP BY lb.grp, lb.k, rb.k
  ) c
  JOIN ln ON ln.grp = c.grp AND ln.k = c.a
  JOIN rn ON rn.grp = c.grp AND rn.k = c.b`;
}
