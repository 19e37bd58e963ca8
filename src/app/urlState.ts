import type { Lang } from '../i18n/lang';
import { NO_FILTERS, type Filters } from '../query/filters';
import type { Severity } from '../rules/rule';

/**
 * Everything a copied URL must reopen: the active view, language, global
 * filters, the open drill-down, the SQL text and the rule settings string.
 * Kept in the URL's hash (works from any static server and sub-path).
 */
export interface AppState {
  view: string;
  lang: Lang;
  filters: Filters;
  /** The evaluation whose drill-down is open. */
  evalId: string | null;
  /** Text of the SQL view. */
  sql: string;
  /** Rule settings, serialized by the rules engine. */
  rules: string;
}

export const DEFAULT_VIEW = 'overview';

export const INITIAL_STATE: AppState = {
  view: DEFAULT_VIEW,
  lang: 'zh',
  filters: NO_FILTERS,
  evalId: null,
  sql: '',
  rules: '',
};

/** Parameter names in the URL. Lists repeat their parameter (names may contain commas). */
const P = {
  view: 'view',
  lang: 'lang',
  year: 'year',
  region: 'region',
  department: 'dept',
  unit: 'unit',
  search: 'q',
  rateMin: 'rmin',
  rateMax: 'rmax',
  /** `1` (any flag), `medium` or `high` (at least that severity). */
  flagged: 'flagged',
  hideDamaged: 'nodamaged',
  evalId: 'eval',
  sql: 'sql',
  rules: 'rules',
} as const;

export function encodeState(state: AppState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.view !== DEFAULT_VIEW) p.set(P.view, state.view);
  if (state.lang !== 'zh') p.set(P.lang, state.lang);
  for (const y of f.years) p.append(P.year, String(y));
  for (const r of f.regions) p.append(P.region, r);
  for (const d of f.departments) p.append(P.department, d);
  for (const u of f.implementingUnits) p.append(P.unit, u);
  if (f.search) p.set(P.search, f.search);
  if (f.rateMin !== null) p.set(P.rateMin, String(f.rateMin));
  if (f.rateMax !== null) p.set(P.rateMax, String(f.rateMax));
  if (f.flaggedOnly) p.set(P.flagged, f.flaggedMin === 'low' ? '1' : f.flaggedMin);
  if (f.hideDamaged) p.set(P.hideDamaged, '1');
  if (state.evalId) p.set(P.evalId, state.evalId);
  if (state.sql) p.set(P.sql, state.sql);
  if (state.rules) p.set(P.rules, state.rules);
  return p.toString();
}

/** What the `flagged` parameter may say, and the minimum severity it means. */
const FLAGGED_VALUES: Record<string, Severity> = { '1': 'low', low: 'low', medium: 'medium', high: 'high' };

function finiteOrNull(text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function decodeState(query: string): AppState {
  const p = new URLSearchParams(query.replace(/^[#?]/, ''));
  const lang: Lang = p.get(P.lang) === 'en' ? 'en' : 'zh';
  const flaggedText = p.get(P.flagged) ?? '';
  const flagged = Object.hasOwn(FLAGGED_VALUES, flaggedText) ? FLAGGED_VALUES[flaggedText]! : null;
  const years = p
    .getAll(P.year)
    .map(Number)
    .filter((y) => Number.isInteger(y));
  return {
    view: p.get(P.view) || DEFAULT_VIEW,
    lang,
    filters: {
      years: [...new Set(years)],
      regions: p.getAll(P.region),
      departments: p.getAll(P.department),
      implementingUnits: p.getAll(P.unit),
      search: p.get(P.search) ?? '',
      rateMin: finiteOrNull(p.get(P.rateMin)),
      rateMax: finiteOrNull(p.get(P.rateMax)),
      flaggedOnly: flagged !== null,
      flaggedMin: flagged ?? 'low',
      hideDamaged: p.get(P.hideDamaged) === '1',
    },
    evalId: p.get(P.evalId) || null,
    sql: p.get(P.sql) ?? '',
    rules: p.get(P.rules) ?? '',
  };
}
