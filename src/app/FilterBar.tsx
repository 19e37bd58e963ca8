import { useEffect, useMemo, useRef, useState } from 'react';
import type { TableName } from '../contract/tables';
import type { ArrowSqlConnection } from '../db/connection';
import { FLAGGED_TEXT, t, type TextKey } from '../i18n/dict';
import type { Lang } from '../i18n/lang';
import { FILTER_OPTION_TABLES, filterOptionsQuery, type FilterField } from '../query/filterOptions';
import type { Filters } from '../query/filters';
import type { Severity } from '../rules/rule';
import { useQueries, type QueryState } from '../query/useQueries';

interface Props {
  conn: ArrowSqlConnection;
  filters: Filters;
  setFilters: (change: Partial<Filters>) => void;
  lang: Lang;
  dataVersion: number;
  /** Tables loaded so far: a list's values come once its table is in. */
  loaded: ReadonlySet<TableName>;
}

type ListKey = 'years' | 'regions' | 'departments' | 'implementingUnits';

const LISTS: { field: FilterField; key: ListKey; label: TextKey }[] = [
  { field: 'year', key: 'years', label: 'year' },
  { field: 'region', key: 'regions', label: 'region' },
  { field: 'department', key: 'departments', label: 'department' },
  { field: 'implementing_unit', key: 'implementingUnits', label: 'implementingUnit' },
];

function OptionSelect({ filters, setFilters, lang, options, listKey, label, field }: Pick<Props, 'filters' | 'setFilters' | 'lang'> & {
  options: QueryState | undefined;
  field: FilterField;
  listKey: ListKey;
  label: TextKey;
}) {
  const column = options?.status === 'ready' ? options.data.value : undefined;
  const values = useMemo(() => Array.from(column ?? [], String), [column]);
  const selected = (filters[listKey] as (string | number)[]).map(String);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDetailsElement>(null);
  // The checkbox list closes on a click elsewhere or Escape.
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false);
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  const set = (next: string[]) => setFilters({ [listKey]: listKey === 'years' ? next.map(Number) : next } as Partial<Filters>);
  // Hundreds of departments at province scale: the option elements are rebuilt only when the values change.
  const optionElements = useMemo(
    () =>
      values.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      )),
    [values],
  );
  const many = selected.length > 1;
  return (
    <div className="filter filter-list">
      <label htmlFor={`filter-${field}`}>{t(lang, label)}</label>
      <div className="filter-list-row">
        {/* A plain pick replaces the selection (全部 clears it); several values are chosen in 多选. */}
        <select
          id={`filter-${field}`}
          data-filter={field}
          value={many ? MANY : (selected[0] ?? '')}
          onChange={(e) => {
            const v = e.target.value;
            if (v !== MANY) set(v ? [v] : []);
          }}
        >
          <option value="">{t(lang, 'all')}</option>
          {many && (
            <option value={MANY} disabled>
              {t(lang, 'selectedMany')(selected.length)}
            </option>
          )}
          {optionElements}
        </select>
        <details ref={box} className="filter-multi" data-filter-multi={field} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary title={t(lang, 'multiSelectHint')}>{t(lang, 'multiSelect')}</summary>
          {open && (
            <div className="filter-multi-list" role="group" aria-label={`${t(lang, label)} ${t(lang, 'multiSelect')}`}>
              {values.map((v) => (
                <label key={v}>
                  <input
                    type="checkbox"
                    value={v}
                    checked={selected.includes(v)}
                    onChange={(e) => set(e.target.checked ? [...selected, v] : selected.filter((x) => x !== v))}
                  />
                  {v}
                </label>
              ))}
              {values.length === 0 && <span className="filter-multi-empty">…</span>}
            </div>
          )}
        </details>
      </div>
    </div>
  );
}

/** The select's value while several values are chosen (no real value is empty-looking like this). */
const MANY = '\u0000many';

/** Percent text ↔ fraction; empty = unbounded. */
const toFraction = (text: string): number | null => {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) ? null : n / 100;
};
const toPercentText = (v: number | null) => (v === null ? '' : String(Math.round(v * 10000) / 100));
const sameBound = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-12);

/** How long typing pauses before the rate range applies. */
export const RATE_DEBOUNCE_MS = 400;

/** One end of the execution-rate range, typed in percent; applies as you type (after a short pause), at once on Enter or when the field is left. */
function RateBound({ bound, filters, setFilters, lang }: Pick<Props, 'filters' | 'setFilters' | 'lang'> & { bound: 'rateMin' | 'rateMax' }) {
  const value = filters[bound];
  const [text, setText] = useState(() => toPercentText(value));
  // A change from elsewhere (a chip removed, a URL opened) shows in the field, unless the field already says it.
  useEffect(() => setText((current) => (sameBound(toFraction(current), value) ? current : toPercentText(value))), [value]);
  const commit = (t: string) => {
    if (!sameBound(toFraction(t), value)) setFilters({ [bound]: toFraction(t) });
  };
  useEffect(() => {
    if (sameBound(toFraction(text), value)) return;
    const timer = setTimeout(() => setFilters({ [bound]: toFraction(text) }), RATE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, bound, setFilters]);
  return (
    <input
      type="number"
      data-filter={bound}
      placeholder={t(lang, bound)}
      min={0}
      step={1}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={(e) => commit(e.target.value)}
      onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
    />
  );
}

/** "Flagged only", with the least severity a finding must have (all projects, any finding, medium and up, high). */
function FlaggedSelect({ filters, setFilters, lang }: Pick<Props, 'filters' | 'setFilters' | 'lang'>) {
  return (
    <label className="filter">
      <span>{t(lang, 'flaggedOnly')}</span>
      <select
        data-filter="flagged"
        value={filters.flaggedOnly ? filters.flaggedMin : ''}
        onChange={(e) => {
          const v = e.target.value as '' | Severity;
          setFilters(v === '' ? { flaggedOnly: false, flaggedMin: 'low' } : { flaggedOnly: true, flaggedMin: v });
        }}
      >
        {Object.entries(FLAGGED_TEXT).map(([value, text]) => (
          <option key={value} value={value}>
            {t(lang, text)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The global filters: value pickers (options from the data), project search, rate range, flagged only (with a least severity), damaged forms hidden. */
export function FilterBar(props: Props) {
  const { conn, filters, setFilters, lang, dataVersion, loaded } = props;
  // Every list's values in one batch, once their tables are loaded.
  const ready = LISTS.filter((l) => loaded.has(FILTER_OPTION_TABLES[l.field]));
  const states = useQueries(conn, ready.map((l) => filterOptionsQuery(l.field)), dataVersion);
  const [search, setSearch] = useState(filters.search);
  useEffect(() => setSearch(filters.search), [filters.search]);
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => setFilters({ search }), 300);
    return () => clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  return (
    <section className="filterbar" aria-label={t(lang, 'filters')}>
      {LISTS.map((l) => (
        <OptionSelect
          key={l.field}
          filters={filters}
          setFilters={setFilters}
          lang={lang}
          options={states[ready.indexOf(l)]}
          field={l.field}
          listKey={l.key}
          label={l.label}
        />
      ))}
      <label className="filter filter-search">
        <span>{t(lang, 'search')}</span>
        <input type="search" data-filter="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <label className="filter filter-rate">
        <span>{t(lang, 'rateRange')}</span>
        <RateBound bound="rateMin" filters={filters} setFilters={setFilters} lang={lang} />
        <span className="dash">–</span>
        <RateBound bound="rateMax" filters={filters} setFilters={setFilters} lang={lang} />
      </label>
      <FlaggedSelect filters={filters} setFilters={setFilters} lang={lang} />
      <label className="filter filter-check" title={t(lang, 'hideDamagedHint')}>
        <input
          type="checkbox"
          data-filter="hideDamaged"
          checked={filters.hideDamaged}
          onChange={(e) => setFilters({ hideDamaged: e.target.checked })}
        />
        <span>{t(lang, 'hideDamaged')}</span>
      </label>
    </section>
  );
}
