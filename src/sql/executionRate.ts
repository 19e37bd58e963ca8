/**
 * The execution rate, one definition for every chart, table, finding, export and report:
 * 全年执行数 ÷ 全年预算数 (B ÷ A), as the self-evaluation form of 财预〔2020〕10号 computes it
 * (the contract's `execution_rate`). Only where the form gives no B/A (a figure unreadable,
 * a zero budget) does the rate fall back to the one the form prints (`execution_rate_reported`),
 * and `rateBasisSql` says so.
 *
 * The printed rate is kept beside it: where it differs from B/A by more than its printed
 * precision explains (`printedRateDiffersSql`, the same test as the `calc.rate` rule), every
 * screen shows it next to the primary rate, so that the difference reads as a finding and
 * never as two screens contradicting each other.
 *
 * Each function returns an SQL expression over a row aliased `e` that has the evaluations'
 * columns `execution_rate`, `execution_rate_reported` (and, for the precision,
 * `execution_rate_raw`). Plain SQL, no macros: ingest, the rules, the views and the
 * report all run it (DuckDB ≤ 1.4 functions only).
 */

import type { Lang } from '../i18n/lang';

/** The primary execution rate: B/A, else the printed rate (a fraction). */
export const executionRateSql = (e: string): string => `coalesce(${e}.execution_rate, ${e}.execution_rate_reported)`;

/** Where the primary rate comes from: `computed` (B/A), `printed` (the form's own figure: no B/A), or NULL (neither). */
export const rateBasisSql = (e: string): string =>
  `CASE WHEN ${e}.execution_rate IS NOT NULL THEN 'computed' WHEN ${e}.execution_rate_reported IS NOT NULL THEN 'printed' END`;

/** The default smallest difference that counts, in percentage points (`calc.rate.min_tolerance`'s default). */
export const RATE_MIN_TOLERANCE_PP = 0.01;

/**
 * How far the printed rate may sit from B/A and still be B/A rounded (or cut) to the digits it
 * shows: one unit of its last printed digit — `74.34%` ± 0.01 pp, `94%` ± 1 pp, a bare `99.66`
 * read as a percentage ± 0.01 pp, a bare fraction `0.75` ± 0.01 — and at least `minPp`
 * percentage points (an SQL expression, e.g. a rule parameter). A fraction.
 */
export function printedRateToleranceSql(e: string, minPp = String(RATE_MIN_TOLERANCE_PP)): string {
  const raw = `${e}.execution_rate_raw`;
  const decimals = `length(coalesce(regexp_extract(${raw}, '[.．](\\d+)', 1), ''))`;
  // The number as printed: a bare number that is not the fraction stored was read as a percentage.
  const printed = `TRY_CAST(replace(regexp_extract(${raw}, '\\d+(?:[.．]\\d+)?'), '．', '.') AS DOUBLE)`;
  const percent = `(${raw} IS NULL OR strpos(${raw}, '%') > 0 OR strpos(${raw}, '％') > 0
    OR coalesce(abs(${printed} - ${e}.execution_rate_reported) > 1e-9, true))`;
  return `greatest(CASE WHEN ${percent} THEN power(10, -${decimals}) / 100 ELSE power(10, -${decimals}) END, (${minPp}) / 100)`;
}

/** True when both rates are there and the printed one is off B/A by more than its precision explains (false otherwise, never NULL). */
export function printedRateDiffersSql(e: string, minPp = String(RATE_MIN_TOLERANCE_PP)): string {
  return `coalesce(abs(${e}.execution_rate_reported - ${e}.execution_rate) > ${printedRateToleranceSql(e, minPp)} + 1e-9, false)`;
}

/**
 * The columns every query that shows a form's rate selects: `rate` (primary), `rate_basis`,
 * `rate_printed` (the printed rate, a fraction) and `rate_differs` (see above).
 */
export const rateColumnsSql = (e: string): string =>
  `${executionRateSql(e)} AS rate, ${rateBasisSql(e)} AS rate_basis, ${e}.execution_rate_reported AS rate_printed, ${printedRateDiffersSql(e)} AS rate_differs`;

const L = {
  printed: { zh: `'；表上填报 '`, en: `'; printed '` },
};

/**
 * For a finding's message: `；表上填报 74.34%` (zh) / `; printed 74.34%` (en) where the printed
 * rate differs from B/A, else ''. `pct` formats a fraction as text (e.g. the rules' `rule_pct`).
 */
export function printedRateNoteSql(e: string, lang: Lang, pct: (x: string) => string): string {
  const text = `coalesce(${e}.execution_rate_raw, ${pct(`${e}.execution_rate_reported`)})`;
  const shown = `CASE WHEN strpos(${text}, '%') > 0 OR strpos(${text}, '％') > 0 THEN ${text} ELSE ${pct(`${e}.execution_rate_reported`)} END`;
  return `CASE WHEN ${printedRateDiffersSql(e)} THEN ${L.printed[lang]} || ${shown} ELSE '' END`;
}
