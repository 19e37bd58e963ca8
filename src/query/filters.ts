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
  /** Execution-rate range as fractions, bounds included (the rate as the form states it); null = unbounded. */
  rateMin: number | null;
  rateMax: number | null;
  /** Only evaluations with at least one flag from the rules engine. */
  flaggedOnly: boolean;
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
};
