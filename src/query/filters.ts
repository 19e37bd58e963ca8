import type { Severity } from '../rules/rule';

/**
 * The global filters shared by every view and kept in the URL.
 * Every contract table filtered like evaluations carries year/region/department itself.
 */
export interface Filters {
  years: number[];
  regions: string[];
  departments: string[];
  implementingUnits: string[];
  /** Free text matched against project names (case-insensitive substring). */
  search: string;
  /** Execution-rate range as fractions, bounds included (the primary rate, B/A: src/sql/executionRate.ts); null = unbounded. */
  rateMin: number | null;
  rateMax: number | null;
  /** Only evaluations with at least one flag from the rules engine… */
  flaggedOnly: boolean;
  /** …of at least this severity (`low`: any flag). */
  flaggedMin: Severity;
  /** Leave out forms whose data quality is `damaged` (the name or a key figure could not be read). */
  hideDamaged: boolean;
}

export const NO_FILTERS: Filters = {
  years: [],
  regions: [],
  departments: [],
  implementingUnits: [],
  search: '',
  rateMin: null,
  rateMax: null,
  flaggedOnly: false,
  flaggedMin: 'low',
  hideDamaged: false,
};
