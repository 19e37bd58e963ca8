import { INITIAL_STATE, encodeState, type AppState } from '../app/urlState';
import type { NodeConnection } from '../db/nodeConnection';
import { NO_FILTERS, type Filters } from '../query/filters';

/**
 * The filter changes a reviewer makes, with values taken from the dataset: a year, a
 * region, both, a department, a department and year, back to everything — repeated
 * over other values, `count` changes in all. They select on year/region/department,
 * as the filter bar and chart clicks do.
 */
export async function filterSequence(db: NodeConnection, count: number): Promise<Filters[]> {
  const keys = await db.rows<{ year: number; region: string; department: string }>(
    `SELECT year, region, department FROM agg_department_year ORDER BY evaluations DESC, year, region, department LIMIT 50`,
  );
  if (keys.length === 0) throw new Error('the dataset has no evaluations');
  const at = (i: number) => keys[i % keys.length]!;
  const steps: ((i: number) => Filters)[] = [
    (i) => ({ ...NO_FILTERS, years: [at(i).year] }),
    (i) => ({ ...NO_FILTERS, regions: [at(i).region] }),
    (i) => ({ ...NO_FILTERS, years: [at(i).year], regions: [at(i).region] }),
    (i) => ({ ...NO_FILTERS, departments: [at(i + 1).department] }),
    (i) => ({ ...NO_FILTERS, departments: [at(i + 2).department], years: [at(i + 2).year] }),
    () => NO_FILTERS,
  ];
  return Array.from({ length: count }, (_, i) => steps[i % steps.length]!(Math.floor(i / steps.length) * 3));
}

/** Filters only evaluations can answer (project search, execution-rate range): the detail path. */
export function detailFilters(): Filters[] {
  return [
    { ...NO_FILTERS, search: '经费' },
    { ...NO_FILTERS, rateMax: 0.9 },
    { ...NO_FILTERS, search: '会议', rateMin: 0.85 },
  ];
}

/** The URL hash (without #) the app shows `view` under `filters` with. */
export const hashOf = (view: string, filters: Filters): string => encodeState({ ...INITIAL_STATE, view, filters } satisfies AppState);
