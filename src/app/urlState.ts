import type { Lang } from '../i18n/lang';
import { NO_FILTERS, type Filters } from '../query/filters';
import type { Severity } from '../rules/rule';
import type { TableUrlState } from '../table/useUrlTableState';

export type { TableUrlState };

/**
 * Everything a copied URL must reopen: the active view, language, global
 * filters, the open drill-down (and its tab), the SQL text, the rule settings
 * string, each table's sort and column filters, and each view's inner tab.
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
  /** The drill-down's tab: '' (the form) or `plan` (beside the published target table). */
  evalTab: string;
  /** Inner tab per view id, e.g. `records` → `indicators` (absent: the view's first tab). */
  tabs: Record<string, string>;
  /** Sort and column filters per table id (e.g. `records-evaluations`); absent: unsorted, unfiltered. */
  tables: Record<string, TableUrlState>;
}

export const DEFAULT_VIEW = 'overview';

export const INITIAL_STATE: AppState = {
  view: DEFAULT_VIEW,
  lang: 'zh',
  filters: NO_FILTERS,
  evalId: null,
  sql: '',
  rules: '',
  evalTab: '',
  tabs: {},
  tables: {},
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
  evalTab: 'dd',
  /** `tab.<view>=<tab>` */
  tab: 'tab.',
  /** `sort.<table>=<column>:asc,<column>:desc` */
  sort: 'sort.',
  /** `filter.<table>.<column>=<text>` */
  filter: 'filter.',
} as const;

/** Table and column ids as the URL carries them: letters, digits, `_` and `-` (anything else is dropped). */
const ID = /^[A-Za-z0-9_-]+$/;

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
  if (state.evalId && state.evalTab) p.set(P.evalTab, state.evalTab);
  for (const [view, tab] of Object.entries(state.tabs)) if (ID.test(view) && tab) p.set(`${P.tab}${view}`, tab);
  for (const [table, t] of Object.entries(state.tables)) {
    if (!ID.test(table)) continue;
    const sorting = t.sorting.filter((s) => ID.test(s.id));
    if (sorting.length) p.set(`${P.sort}${table}`, sorting.map((s) => `${s.id}:${s.desc ? 'desc' : 'asc'}`).join(','));
    for (const f of t.filters) if (ID.test(f.id) && f.value !== '') p.set(`${P.filter}${table}.${f.id}`, f.value);
  }
  return p.toString();
}

/** What the `flagged` parameter may say, and the minimum severity it means. */
const FLAGGED_VALUES: Record<string, Severity> = { '1': 'low', low: 'low', medium: 'medium', high: 'high' };
/** The `tab.`, `sort.` and `filter.` parameters back into per-view tabs and per-table states. */
function decodeUiState(p: URLSearchParams): Pick<AppState, 'tabs' | 'tables'> {
  const tabs: Record<string, string> = {};
  const tables: Record<string, TableUrlState> = {};
  const table = (id: string) => (tables[id] ??= { sorting: [], filters: [] });
  for (const [key, value] of p) {
    if (key.startsWith(P.tab)) {
      const view = key.slice(P.tab.length);
      if (ID.test(view) && ID.test(value)) tabs[view] = value;
    } else if (key.startsWith(P.sort)) {
      const id = key.slice(P.sort.length);
      if (!ID.test(id)) continue;
      const sorting = value.split(',').flatMap((part) => {
        const [column, direction] = part.split(':');
        return column && ID.test(column) && (direction === 'asc' || direction === 'desc') ? [{ id: column, desc: direction === 'desc' }] : [];
      });
      if (sorting.length) table(id).sorting = sorting;
    } else if (key.startsWith(P.filter)) {
      const rest = key.slice(P.filter.length);
      const dot = rest.lastIndexOf('.');
      const [id, column] = [rest.slice(0, dot), rest.slice(dot + 1)];
      if (dot > 0 && ID.test(id) && ID.test(column) && value !== '') table(id).filters.push({ id: column, value });
    }
  }
  return { tabs, tables };
}

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
    evalTab: p.get(P.evalId) && p.get(P.evalTab) === 'plan' ? 'plan' : '',
    ...decodeUiState(p),
  };
}
