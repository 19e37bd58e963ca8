import type { TableName } from '../contract/tables';
import type { SqlParam } from '../db/connection';
import type { Filters } from './filters';
import { executionRateSql } from '../sql/executionRate';
import { SEVERITIES_FROM } from '../sql/riskScore';

/** A WHERE clause (without the keyword; `true` when nothing filters) and its `?` parameters, in order. */
export interface Clause {
  where: string;
  params: SqlParam[];
}

/**
 * Which columns a table offers to the global filters:
 * - `evaluation`: evaluations itself (every filter);
 * - `indicator`: year/region/department on the row, the rest through its eval_id;
 * - `aggregate`: agg_department_year (year/region/department only; see `needsDetail`).
 */
export type FilterScope = 'evaluation' | 'indicator' | 'aggregate';

const inList = (column: string, values: readonly SqlParam[]): Clause => ({
  where: `${column} IN (${values.map(() => '?').join(', ')})`,
  params: [...values],
});

/** The tables a query over evaluations (or indicators) reads for the filters: evaluations, and flags for "flagged only". */
export const evaluationTables = (f: Filters): TableName[] => (f.flaggedOnly ? ['evaluations', 'flags'] : ['evaluations']);

/** Filters that only evaluations can answer (implementing unit, search, rate range, flagged, damaged forms hidden). */
export function needsDetail(f: Filters): boolean {
  return f.implementingUnits.length > 0 || f.search.trim() !== '' || f.rateMin !== null || f.rateMax !== null || f.flaggedOnly || f.hideDamaged;
}

/** The severities "flagged only" keeps (at or above its minimum). */
export const flaggedSeverities = (f: Filters): readonly string[] => SEVERITIES_FROM[f.flaggedMin] ?? SEVERITIES_FROM.low;

/** The evaluation-level filters as conditions on an evaluations row aliased `e`. */
function evaluationParts(f: Filters, e: string): Clause[] {
  const parts: Clause[] = [];
  if (f.implementingUnits.length > 0) parts.push(inList(`${e}.implementing_unit`, f.implementingUnits));
  const search = f.search.trim();
  if (search) {
    parts.push({
      where: `(${e}.project ILIKE ? OR ${e}.project_raw ILIKE ?)`,
      params: [`%${search}%`, `%${search}%`],
    });
  }
  if (f.rateMin !== null) parts.push({ where: `${executionRateSql(e)} >= ?`, params: [f.rateMin] });
  if (f.rateMax !== null) parts.push({ where: `${executionRateSql(e)} <= ?`, params: [f.rateMax] });
  if (f.flaggedOnly) {
    const severities = flaggedSeverities(f);
    parts.push({
      where:
        severities.length === 3
          ? `${e}.eval_id IN (SELECT eval_id FROM flags WHERE eval_id IS NOT NULL)`
          : `${e}.eval_id IN (SELECT eval_id FROM flags WHERE eval_id IS NOT NULL AND severity IN (${severities.map(() => '?').join(', ')}))`,
      params: severities.length === 3 ? [] : [...severities],
    });
  }
  // A form's quality: evaluations and flag_keys carry it (a flag on a list has none: it stays).
  if (f.hideDamaged) parts.push({ where: `${e}.quality IS DISTINCT FROM 'damaged'`, params: [] });
  return parts;
}

/**
 * The global filters as a WHERE clause over a table aliased `alias`. Values are
 * only ever `?` parameters; column names are fixed here.
 */
export function filterClause(f: Filters, scope: FilterScope = 'evaluation', alias = 'e'): Clause {
  const parts: Clause[] = [];
  if (f.years.length > 0) parts.push(inList(`${alias}.year`, f.years));
  if (f.regions.length > 0) parts.push(inList(`${alias}.region`, f.regions));
  if (f.departments.length > 0) parts.push(inList(`${alias}.department`, f.departments));
  if (scope === 'evaluation') parts.push(...evaluationParts(f, alias));
  if (scope === 'indicator') {
    const inner = evaluationParts(f, 'fe');
    if (inner.length > 0) {
      parts.push({
        where: `${alias}.eval_id IN (SELECT fe.eval_id FROM evaluations fe WHERE ${inner.map((p) => p.where).join(' AND ')})`,
        params: inner.flatMap((p) => p.params),
      });
    }
  }
  return {
    where: parts.length > 0 ? parts.map((p) => p.where).join(' AND ') : 'true',
    params: parts.flatMap((p) => p.params),
  };
}
