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

/**
 * A SELECT giving `(k, bigrams)`: the distinct character bigrams of each name, from a
 * SELECT giving `(k, name)` (a one-character name is its own single "bigram").
 */
export function bigramListsSql(keyedNames: string): string {
  return `SELECT k, list(DISTINCT bg) AS bigrams FROM (
    SELECT k, substring(name, g, 2) AS bg FROM (
      SELECT k, name, unnest(generate_series(1, greatest(length(name) - 1, 1))) AS g
      FROM (${keyedNames}) WHERE name IS NOT NULL AND length(name) > 0))
  GROUP BY k`;
}

/** Dice similarity (0–1) of two bigram lists. */
export function diceSql(a: string, b: string): string {
  return `(2.0 * len(list_intersect(${a}, ${b})) / (len(${a}) + len(${b})))`;
}
